import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop, nlargest, nsmallest, merge

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heappush(h, x)
    print(h)
out = []
while h:
    out.append(heappop(h))
    print(h)
print(out)

data = [27, 3, 15, 9, 1, 44, 3, 8, 21, 12, 6, 30, 2]
heapify(data)
print(data)
print(heapreplace(data, 17), data)
print(heappushpop(data, 0), data)
print(heappushpop(data, 50), data)
print(heappushpop([], 4))

# tuples: priority queue ordering with ties broken by the second field
pq = []
for pri, name in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat"), (2, "code")]:
    heappush(pq, (pri, name))
print(pq)
print([heappop(pq) for _ in range(len(pq))])

nums = [1, 8, 2, 23, 7, -4, 18, 23, 42, 37, 2]
print(nlargest(3, nums), nsmallest(3, nums))
print(nlargest(1, nums), nsmallest(1, nums), nlargest(0, nums), nsmallest(20, nums))
print(nlargest(4, iter(nums)), nsmallest(4, iter(nums)))
print(nlargest(2, []), nsmallest(1, []), nsmallest(3, iter([])))

portfolio = [
    {"name": "IBM", "shares": 100, "price": 91.1},
    {"name": "AAPL", "shares": 50, "price": 543.22},
    {"name": "FB", "shares": 200, "price": 21.09},
    {"name": "HPQ", "shares": 35, "price": 31.75},
    {"name": "YHOO", "shares": 45, "price": 16.35},
    {"name": "ACME", "shares": 75, "price": 115.65},
]
print([s["name"] for s in nsmallest(3, portfolio, key=lambda s: s["price"])])
print([s["name"] for s in nlargest(3, portfolio, key=lambda s: s["price"])])
# stability with equal keys
words = ["bb", "a", "ccc", "dd", "e", "fff", "gg", "h"]
print(nlargest(4, words, key=len), nsmallest(4, words, key=len))
print(nlargest(3, iter(words), key=len), nsmallest(3, iter(words), key=len))

print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge([7, 5, 3], [8, 4, 2], reverse=True)))
print(list(merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print(list(merge(["horse", "dog"], ["kangaroo", "fish", "cat"], key=len, reverse=True)))
print(list(merge()), list(merge([1, 2])))
print(list(merge([(1, "a"), (2, "b")], [(1, "c"), (3, "d")])))

# heap sort with random-ish data
vals = [(i * 7919) % 101 for i in range(60)]
h = []
for v in vals:
    heappush(h, v)
print([heappop(h) for _ in range(len(h))] == sorted(vals))
h = vals[:]
heapify(h)
print(h)

# max-heap via negation
mh = []
for v in [3, 1, 4, 1, 5, 9, 2, 6]:
    heappush(mh, -v)
print([-heappop(mh) for _ in range(3)])

for bad in [lambda: heappop([]), lambda: heapreplace([], 1), lambda: heapify((1, 2)),
            lambda: heappush([1], "a")]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
for bad in [lambda: heappush((), 1), lambda: heappushpop((), 1), lambda: heappop(()),
            lambda: heapreplace((), 1)]:
    try:
        bad()
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
