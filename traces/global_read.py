# Golden trace: a module global read in a loop (not written in the loop).
SCALE = 3


def scaled(n):
    s = 0
    for i in range(n):
        s += i * SCALE
    return s


print(scaled(2000))
