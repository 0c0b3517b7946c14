# JIT: division by zero at iteration k caught inside the loop, NaN and inf
# propagation through hot float loops, int/float comparisons near limits.
inf = float("inf")
nan = float("nan")

vals = []
errs = []
for i in range(400):
    d = (i - 137) % 100
    try:
        vals.append(1000 // d + 1000 % d)
    except ZeroDivisionError as e:
        errs.append((i, str(e)))
    try:
        vals.append(1.5 / (i - 299))
    except ZeroDivisionError as e:
        errs.append((i, str(e)))
    if i % 50 == 0:
        print(i, len(vals), len(errs))
print(errs)
print("sum", sum(vals))

# overflow to inf then nan
x = 1.0
for i in range(1200):
    x *= 2.0
    if i in (0, 1022, 1023, 1024) or i % 300 == 0:
        print("x", i, x, x - x, x == inf, x > 10 ** 300)
y = x - x
print(y, y == y, y != y, y < 1, y > 1, inf > 2 ** 1000, -inf < -(2 ** 1000))

# NaN propagation through accumulators
acc = 0.0
nan_at = None
for i in range(500):
    v = i * 0.5
    if i == 333:
        v = nan
    acc += v
    if acc != acc and nan_at is None:
        nan_at = i
    if i % 100 == 0 or i == 333:
        print("acc", i, acc)
print("nan_at", nan_at, acc, max(1.0, 2.0), min([3.0, 1.0, 2.0]))

# inf arithmetic
vals = [inf, -inf, 0.0, -0.0, 1e308, -1e308, 5e-324]
out = []
for a in vals:
    for b in vals:
        try:
            out.append(repr(a + b) + "/" + repr(a * b) + "/" + repr(a / b))
        except ZeroDivisionError:
            out.append("zde")
print(out)

# comparisons mixing ints and floats where floats are imprecise
big = 2 ** 53 + 1
cnt = 0
for i in range(300):
    n = big + i
    f = float(n)
    if n == f:
        cnt += 1
    if n > f:
        cnt += 1000
print("cmp", cnt, 2 ** 1024 > 1e308, 2 ** 1024 < inf, 10 ** 400 > inf)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError", e)
print(int(1e300) % 1000, round(2.5), round(3.5), round(-2.5), round(1.23456, 3))
