# Loops: exceptions raised inside hot loops and caught outside, caught per-iteration, and carried through nested calls.
def divide_all(vals, d):
    out = []
    for v in vals:
        out.append(v // d)
    return out
try:
    divide_all(range(10), 0)
except ZeroDivisionError as e:
    print("caught outside loop:", e)
def process(limit):
    total = 0
    for i in range(limit):
        if i == 5000:
            raise ValueError("hit " + str(i) + " with total " + str(total))
        total += i
    return total
for lim in [100, 10000]:
    try:
        print(process(lim))
    except ValueError as e:
        print("ValueError", e)
results = []
for s in ["1", "2", "x", "4", "", "6.0", "7"]:
    try:
        results.append(int(s))
    except ValueError:
        results.append(None)
print(results)
d = {"a": 1, "c": 3}
found = 0
missing = []
for k in "abcdabcd":
    try:
        found += d[k]
    except KeyError as e:
        missing.append(e.args[0])
print(found, missing)
i = 0
try:
    while True:
        i += 1
        if i > 100000:
            raise RuntimeError("runaway")
        if i * i > 50000000:
            raise StopIteration(i)
except StopIteration as e:
    print("stopped at", e.args[0])
lst = list(range(20))
idx = 0
total = 0
try:
    while True:
        total += lst[idx]
        idx += 3
except IndexError as e:
    print("ran off the end:", idx, total, e)
def deep(n):
    if n == 0:
        raise KeyError("bottom")
    return deep(n - 1) + 1
caught = 0
for depth in range(0, 200, 20):
    try:
        deep(depth)
    except KeyError:
        caught += 1
print("caught", caught)
count = 0
for i in range(20000):
    try:
        if i % 1000 == 0:
            raise ValueError(i)
        count += 1
    except ValueError as e:
        count -= e.args[0] // 1000
    finally:
        count += 0
print(count)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 5:
            raise TypeError("retry")
        break
    except TypeError:
        continue
print("attempts", attempts)
