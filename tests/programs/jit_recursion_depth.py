# Recursion through traced loops hits RecursionError at the interpreter's depth.
def chain(n):
    total = 0
    for k in range(4 if n > 0 else 0):
        total += chain((n - 1) // ((3 - k) * 1000000 + 1))
    return total + 1
for _ in range(50):
    chain(1)
print(chain(900))
import sys
def deep(n):
    t = 0
    for i in range(2):
        t += deep(n - 1) if n > 0 else 1
    return t
sys.setrecursionlimit(300)
for lim in (150, 280, 299, 310):
    try:
        def d2(n):
            s = 0
            for i in range(1):
                s += d2(n - 1) if n else 0
            return s + 1
        print(lim, d2(lim))
    except RecursionError as e:
        print(lim, "RecursionError")
