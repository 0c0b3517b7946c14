# set.union/intersection/difference/symmetric_difference with any iterables and
# several arguments; result order must be CPython's.
a = {1, 9, 17, 25, 33, 2, 10}
b = {9, 25, 41, 3, 2}
print(a.union(b), a.union([100, 4, 1]), a.union(), a.union(b, [64, 72], (8,)), a.union(range(30, 40)))
print(a.intersection(b), a.intersection([25, 9, 99]), a.intersection(), a.intersection(b, [2, 9]), a.intersection(range(10)))
print(a.difference(b), a.difference([1, 2]), a.difference(), a.difference(b, [10]), a.difference({9: 0, 1: 0}))
print(a.symmetric_difference(b), a.symmetric_difference([1, 100, 200]), a.symmetric_difference({2: 0, 77: 0}))
print(a.union(a), a.intersection(a), a.difference(a), a.symmetric_difference(a))
print(a.union("") == a, a.intersection("ab"), a.difference(""), a.symmetric_difference(()))
print(a, b)
big = set(range(0, 300, 7))
print(big.difference({14, 21}), big.difference([0]), big.difference({k: 1 for k in range(0, 300, 14)}))
print(big.intersection({7, 700, 14}), {7, 700, 14}.intersection(big), big.union({1, 2, 3}))
print({1, 2}.intersection([2, 2, 1, 1]), {5, 6, 7}.intersection(x for x in [7, 6]))
print(set().union(), set().intersection([1]), set().difference([1]), set().symmetric_difference([3, 1, 2]))
x = {16, 32, 48, 64}
y = {32, 64, 96, 128}
print(x | y, x & y, x - y, x ^ y, y ^ x, y - x, y | x)
print(x.union(y), x.intersection(y), x.difference(y), x.symmetric_difference(y))
for other in [[1], (2,), {3: 0}, "", range(2), frozenset([4]), iter([5])]:
    print(type(other).__name__, {1, 2}.union(other), {1, 2}.intersection(other), {1, 2}.difference(other), {1, 2}.symmetric_difference(other))
for bad in [1, None, [[1]], [{}]]:
    for name in ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"]:
        try:
            print(name, getattr({1, 2}, name)(bad))
        except TypeError as e:
            print(name, "TypeError", e)
try:
    {1}.symmetric_difference()
except TypeError as e:
    print("TypeError", e)
try:
    {1}.symmetric_difference([1], [2])
except TypeError as e:
    print("TypeError", e)
try:
    {1}.union(x=1)
except TypeError as e:
    print("TypeError", e)
print({1, 2}.intersection([2, []]) if False else "", {1}.intersection([1, []]))
