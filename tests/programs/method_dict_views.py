# dict views: repr, len, live iteration, membership, reversed-free usage, comparisons.
d = {"a": 1, "b": 2}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), len(v), len(it))
d["c"] = 3
print(k, v, it, len(k), len(v), len(it))
del d["a"]
print(k, v, it)
print(type(k), type(v), type(it), type(k).__name__, type(iter(k)).__name__, type(iter(v)).__name__, type(iter(it)).__name__)
print("b" in k, "a" in k, 2 in v, 9 in v, ("b", 2) in it, ("b", 3) in it, ["b", 2] in it, ("b",) in it, "b" in it)
print(bool({}.keys()), bool(k), bool({}.items()), bool({1: 2}.values()))
print(list(k), list(v), list(it), sorted(k, reverse=True), sum(v), max(it))
for key in k:
    print("key", key)
for key, val in it:
    print("item", key, val)
print(dict(it), set(k) == {"b", "c"}, tuple(v), list(zip(k, v)), [x for x in it], dict(zip(k, v)))
try:
    for key in d.keys():
        d["new" + key] = 0
except RuntimeError as e:
    print("RuntimeError", e)
print(d)
print(k == {"b", "c", "newb"}, k == {"b"}, {"b", "c", "newb"} == k, k != {"b"}, k == ["b", "c", "newb"])
print({1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items(), {1: 2}.items() == {(1, 2)})
print({1: 2}.values() == {1: 2}.values(), v == v, {1: 2}.keys() < {1, 2}, {1: 2}.keys() <= {1}, {1: 2}.keys() > set())
print({1: 2, 3: 4}.keys() >= {1}, {1}.issubset({1: 2}.keys()), {1: 2}.keys() < {1: 2}.keys(), {1: 2}.keys() <= {1: 5}.keys())
print({1, 2} > {1: 0}.keys(), {1} < {1: 0, 2: 0}.keys(), frozenset([1]) == {1: 0}.keys())
try:
    print({1: 2}.values() < {1: 2}.values())
except TypeError as e:
    print("TypeError", e)
try:
    print({1: 2}.keys() < [1])
except TypeError as e:
    print("TypeError", e)
try:
    hash({}.keys())
except TypeError as e:
    print("TypeError", e)
try:
    hash({}.items())
except TypeError as e:
    print("TypeError", e)
print(hash({}.values()) is not None)
r = {}
r["self"] = r.values()
print(r.values(), r)
r2 = {}
r2["x"] = r2.items()
print(r2.items())
r3 = {}
r3["k"] = r3.keys()
print(r3.keys(), r3)
e = {}
print(e.keys(), e.values(), e.items(), list(e.items()))
big = {i: i * i for i in range(6)}
ks = big.keys()
big.pop(3)
print(ks, list(big.values()), 3 in ks, 16 in big.values())
print(repr({"s": "x"}.items()), str({"t": [1, (2,)]}.values()), "%s" % ({1: 2}.keys(),), "{}".format({1: 2}.items()))
print({"a": 1}.keys().isdisjoint(["b"]), {"a": 1}.keys().isdisjoint({"a"}), {1: 2}.items().isdisjoint([(1, 2)]))
print({}.keys().isdisjoint([]), k.isdisjoint(k), {1: 2}.keys().isdisjoint({3: 4}.keys()))
