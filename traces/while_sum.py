# Golden trace: an int while loop with a float accumulator and an inlined call.
def step(x):
    return x * 2 + 1


def f(n):
    s = 0.0
    i = 0
    while i < n:
        s += step(i) / 4
        i += 1
    return s


print(f(1000))
