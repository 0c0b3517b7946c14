# Golden trace: a small function inlined into the loop.
def clamp(x, lo, hi):
    if x < lo:
        return lo
    if x > hi:
        return hi
    return x


def run(n):
    s = 0
    for i in range(n):
        s += clamp(i, 10, 100)
    return s


print(run(200))
