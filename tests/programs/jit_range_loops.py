# for-loops over computed iterables: range() calls whose iterator the JIT makes
# directly, range shadowed mid-run, a zero step, big bounds, and other iterables
# computed in place.


def nested(n):
    t = 0
    for i in range(n):
        for j in range(i, n, 3):
            t += i * j
        for k in range(n - 1, i, -2):
            t -= k
    return t


def with_else(n):
    found = []
    for i in range(2, n):
        for d in range(2, i):
            if i % d == 0:
                break
        else:
            found.append(i)
    return found[-5:], len(found)


def zero_step(steps):
    out = []
    for s in steps:
        try:
            for i in range(0, 10, s):
                out.append(i)
        except ValueError as e:
            out.append(str(e))
    return out


def big_bounds(n):
    t = 0
    for i in range(2 ** 50, 2 ** 50 + n):
        t += i % 1000
    for i in range(2 ** 70, 2 ** 70 + 3):
        t += i % 7
    return t


def computed_iterables(n):
    t = 0
    for _ in range(n):
        for x in [1, 2, 3]:
            t += x
        for c in "ab":
            t += ord(c)
        for v in (i * 2 for i in range(3)):
            t += v
        for k in {"p": 1, "q": 2}:
            t += len(k)
    return t


def shadowed(n):
    global range
    t = 0
    for r in range(n):
        for i in range(3):
            t += i
        if r == n // 2:
            range = lambda *a: [100, 200]
    del range
    return t


print(nested(60))
print(with_else(300))
print(zero_step([1, 3, 0, 2, 0, -1]))
print(big_bounds(500))
print(computed_iterables(200))
print(shadowed(100))
it = iter(range(5))
for x in it:
    for y in it:
        print(x, y)
        break
