# Garbage collection while traced code waits for a call: fresh objects held
# only by the caller's locals (and by inlined frames) across recursive calls
# that allocate enough to collect.


def build(n):
    if n == 0:
        return []
    mine = [n] * 3
    label = "node-%d" % n
    tail = build(n - 1)
    mine.append(len(tail))
    mine.append(label)
    return mine + tail


def churn(n):
    if n == 0:
        return 0
    junk = [str(i) for i in range(20)]
    return churn(n - 1) + len(junk)


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def pairs(n):
    if n == 0:
        return None
    p = Pair(n, [n, n + 1])
    rest = pairs(n - 1)
    return Pair(p, rest)


def count_pairs(p):
    total = 0
    while p is not None:
        total += p.a.a + sum(p.a.b)
        p = p.b
    return total


checks = 0
for round in range(40):
    result = build(25)
    checks += len(result) + churn(15)
    checks += count_pairs(pairs(30))
print("checks", checks)
print("last", build(4))
print("pairs", count_pairs(pairs(10)))
