# Types: dict operations: get with default, keys/values/items iteration, membership, len, equality, nested dicts, errors.
d = {"one": 1, "two": 2, "three": 3}
print(d["one"], d.get("two"), d.get("four"), d.get("four", 4), d.get("one", 100))
print(len(d), "one" in d, 1 in d, "four" not in d)
for k in d:
    print("key", k, d[k])
for k, v in d.items():
    print("item", k, v)
print(list(d.keys()), list(d.values()), sum(d.values()))
print(d == {"three": 3, "two": 2, "one": 1}, d != {"one": 1}, {} == {})
nested = {"a": {"b": {"c": 42}}, "list": [1, {"x": "y"}]}
print(nested["a"]["b"]["c"], nested["list"][1]["x"])
nested["a"]["b"]["d"] = 43
print(nested)
print(dict(), dict([("a", 1), ("b", 2)]), dict(x=1, y=2), dict({"k": "v"}), dict([(1, 2)], z=3))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
inv = {}
for k, v in counts.items():
    inv[v] = inv.get(v, []) + [k]
print(inv)
keys = [2**70, -1, 0.5, (1, 2), "k", None, False]
kd = {}
for i in range(len(keys)):
    kd[keys[i]] = i
print(kd, kd[2**70], kd[0.5], kd[(1, 2)], kd[None], kd[0])
try:
    print(d["missing"])
except KeyError as e:
    print("KeyError", e)
try:
    print({}[0])
except KeyError as e:
    print("KeyError", e)
print({1: 2}.get(1.0), {(1, 2): "t"}.get((1, 2)), {}.get("x", [1]))
print(len({}), bool({}), bool({0: 0}), list({}.items()))
d2 = {"a": 1}
d3 = d2
d3["b"] = 2
print(d2, d2 is d3)
print(sorted({"b": 1, "a": 2}.items(), key=lambda kv: kv[1]))
print(max(d, key=lambda k: d[k]), min(d.values()))
print(dict(zip(range(5), [0, 1, 4, 9, 16])))
