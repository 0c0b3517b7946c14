from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([9, 8])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print(d)
print(list(reversed(d)), 3 in d, "z" in d, d.count(2), d.index("a"))
d[1] = "X"
del d[0]
print(d)
d.insert(2, "ins")
d.insert(-1, "neg")
d.insert(100, "end")
d.insert(-100, "start")
print(d)
d.remove("ins")
print(d)
d.reverse()
print(d)
d.clear()
print(d, len(d), bool(d), bool(deque([0])))

# maxlen
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
    print(m)
m.appendleft(-1)
print(m, m.maxlen)
m.extendleft([10, 11])
print(m)
m.extend(range(20, 25))
print(m)
print(deque("abcdef", 2), deque([], 0), deque(range(5), maxlen=0))
z = deque(maxlen=0)
z.append(1)
z.appendleft(2)
print(z, len(z))

# sliding window / BFS style use
def moving_average(seq, n=3):
    it = iter(seq)
    window = deque(maxlen=n)
    for _ in range(n - 1):
        window.append(next(it))
    for x in it:
        window.append(x)
        yield sum(window) / n

print(list(moving_average([40, 30, 50, 46, 39, 44])))

graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}
seen = {"a"}
q = deque(["a"])
order = []
while q:
    node = q.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            q.append(nxt)
print(order)

# large numbers of operations at both ends
big = deque()
for i in range(1000):
    big.append(i)
    big.appendleft(-i)
for i in range(500):
    big.pop()
    big.popleft()
print(len(big), big[0], big[-1], sum(big))
big.rotate(250)
print(big[0], big[-1], big[500])

# copying, comparisons, arithmetic
a = deque([1, 2, 3])
b = a.copy()
b.append(4)
print(a, b, a == deque([1, 2, 3]), a != b, a < b, b > a, a <= a, a == [1, 2, 3])
print(a + b, a * 2, 2 * a, a * 0)
a += [7, 8]
print(a)
a *= 2
print(a)
r = deque([1, 2], maxlen=3)
r *= 3
print(r)
print(deque(x * x for x in range(5)), deque(range(3), maxlen=5))
print(repr(deque()), str(deque(["a", "b"])))
rec = deque([1])
rec.append(rec)
print(rec)
print(d.maxlen, deque(maxlen=7).maxlen)
print(d.index(1) if 1 in d else "absent", deque(range(10)).index(3, 2, 5), deque(range(10)).index(7, -4))

for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5],
            lambda: deque([1]).remove(2), lambda: deque([1]).index(2), lambda: deque(maxlen=-1),
            lambda: deque([1], maxlen=1).insert(0, 1), lambda: deque(1), lambda: deque([1])["a"],
            lambda: deque([1]) + [2], lambda: deque("ab").index("b", 0, 1), lambda: hash(deque()),
            lambda: deque([1]).rotate("x"), lambda: deque(maxlen="a")]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

d = deque([1, 2, 3])
try:
    for x in d:
        d.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)
