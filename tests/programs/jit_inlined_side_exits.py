# Branches inside inlined callees (one and two calls deep) whose direction
# depends on the data: the hot side of each branch becomes a side trace that
# starts inside the inlined frames. Exceptions raised there must carry the
# interpreter's traceback and reach the right handler.


def classify(x):
    if x % 3 == 0:
        return "fizz"
    elif x % 5 == 0:
        return "buzz"
    return "num"


def weight(x):
    kind = classify(x)
    if kind == "fizz":
        return x * 2
    if kind == "buzz":
        return -x
    return 1


def check(x):
    if x % 97 == 96:
        raise ValueError("bad value %d" % x)
    return weight(x)


total = 0
counts = {}
for i in range(3000):
    total += weight(i)
    k = classify(i)
    counts[k] = counts.get(k, 0) + 1
print(total, sorted(counts.items()))

caught = []
for i in range(1000):
    try:
        total += check(i)
    except ValueError as e:
        caught.append(str(e))
print(total, len(caught), caught[:3])


def deep(i):
    return check(i) + 1


s = 0
for i in range(500):
    s += deep(i)
print(s)
