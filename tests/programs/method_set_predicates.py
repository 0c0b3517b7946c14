# issubset/issuperset/isdisjoint with sets and other iterables; frozenset methods.
a = {1, 2, 3}
print(a.issubset({1, 2, 3, 4}), a.issubset([3, 2, 1]), a.issubset([1, 2]), a.issubset(range(10)), set().issubset([]))
print(a.issuperset({1}), a.issuperset([1, 2, 3]), a.issuperset([4]), a.issuperset(""), a.issuperset(x for x in [1, 1]))
print(a.isdisjoint({4, 5}), a.isdisjoint([3]), a.isdisjoint(""), a.isdisjoint({3: 0}), set().isdisjoint(a), a.isdisjoint(a))
print(a.issubset(a), a.issuperset(a), a <= a, a < a, a >= {1}, a > {1}, a == frozenset(a), a != {1})
print({1}.issuperset([1, []]) if False else "", {1}.isdisjoint([1, []]), {2}.issuperset([3, []]))
for bad in [[[1]], [1, {}]]:
    for name in ["issubset", "issuperset", "isdisjoint"]:
        try:
            print(name, getattr({1, 2}, name)(bad))
        except TypeError as e:
            print(name, "TypeError", e)
for name in ["issubset", "issuperset", "isdisjoint"]:
    try:
        getattr(a, name)()
    except TypeError as e:
        print("TypeError", e)
f = frozenset([3, 11, 19, 4])
g = frozenset([11, 4, 50])
print(f.union(g), f.intersection(g), f.difference(g), f.symmetric_difference(g), f.union([1], [2]))
print(type(f.union(g)).__name__, type(f.intersection([3])).__name__, type(f.copy()).__name__, f.copy() is f)
print(type(f | {1}).__name__, type({1} | f).__name__, type(f - {3}).__name__, type(f ^ f).__name__)
print(f.issubset(g), f.issuperset([3]), f.isdisjoint([99]), f.union(), f.intersection(), f.difference())
print(frozenset().union([5, 3]), frozenset("") == frozenset(), hash(f.union()) == hash(f))
print(frozenset(range(0, 40, 8)), frozenset({9: 0, 1: 0, 17: 0}), frozenset([30, 14, 22, 6]))
print(set(frozenset([20, 4, 12])), frozenset(set([21, 5, 13])), set({37: 1, 5: 1, 21: 1}))
print(set(range(0, 64, 4)), frozenset(range(60, 0, -7)), set((x * 11) % 50 for x in range(12)))
try:
    frozenset.union(set(), [1])
except TypeError as e:
    print("TypeError", e)
print(frozenset.union(frozenset([1]), [2]), set.union({1}, [2]), set.intersection({1, 2}, {2}))
