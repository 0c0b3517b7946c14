# JIT: range loops with negative steps, big steps, empty ranges, and ranges
# whose bounds cross the 2**47 / 2**63 boundaries.
def total(r):
    s = 0
    n = 0
    for v in r:
        s += v
        n += 1
    return s, n

cases = [
    range(1000, 0, -1), range(1000, -1000, -7), range(0), range(10, 10),
    range(10, 0), range(0, 10, -1), range(-5, -500, -3), range(0, 5000, 13),
    range(-1000, 1000), range(2 ** 47 - 100, 2 ** 47 + 100),
    range(2 ** 63 - 50, 2 ** 63 + 50), range(-(2 ** 63) + 60, -(2 ** 63) - 60, -1),
    range(5, -5, -100), range(0, 2 ** 70, 2 ** 62),
]
for r in cases:
    print(r, total(r), len(r))

# the same loop body driven by changing ranges
acc = 0
for outer in range(60):
    step = -1 if outer % 2 else 1
    start, stop = (outer * 10, -outer) if step < 0 else (-outer, outer * 10)
    for v in range(start, stop, step * (1 + outer % 5)):
        acc += v * step
    if outer % 10 == 0:
        print("outer", outer, acc)
print("acc", acc)

# empty inner loops inside a hot outer loop
hits = 0
for i in range(500):
    for j in range(i % 3 - 1):
        hits += 1
    for j in range(i, i):
        hits += 1000
print("hits", hits)

# loop variable after the loop, including empty ranges
for v in range(300, 0, -2):
    pass
print("last", v)
v = "unchanged"
for v in range(5, 5):
    pass
print("after empty", v)

# range indexing and slicing inside a loop
r = range(0, 3000, 3)
s = 0
for i in range(0, len(r), 7):
    s += r[i] - r[-1 - i]
print("idx", s, r[10:20:3], r[::-1][:3], 2997 in r, 2998 in r)
