from collections import defaultdict

d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3), ("c", 4), ("b", 5)]:
    d[k].append(v)
print(d)
print(d["a"], d["zzz"], len(d), sorted(d.keys()), "q" in d, d.get("q"), "q" in d)
print(dict(d), sorted(d.items()))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts.default_factory)
print(defaultdict(int), defaultdict(None), defaultdict(list, a=[1]), defaultdict(set, {"k": {1}}))
print(defaultdict(str, [("x", "y")]))

nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
nested["x"]["z"] += 1
nested["w"]["y"] -= 1
print({k: dict(v) for k, v in nested.items()})

tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
print(list(root), list(root["a"]), root["a"]["b"]["c"])

e = defaultdict(None, {"k": 1})
try:
    e["missing"]
except KeyError as exc:
    print("KeyError:", exc)
print(e)

d2 = d.copy()
d2["new"].append(0)
print(type(d2).__name__, d2.default_factory, "new" in d, "new" in d2)
d3 = defaultdict(int, {"a": 1}) | {"b": 2}
print(d3, type(d3).__name__)
d3 |= {"c": 3}
print(d3)
print(defaultdict(int, a=1) == {"a": 1}, isinstance(d3.default_factory(), int))
d3.default_factory = list
print(d3["z"], d3)
print(d.pop("a"), d.setdefault("x", [9]), d.setdefault("c"), d.popitem())
print(d)


class Tracked(defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return super().__missing__(key)


t = Tracked(int)
print(t["a"], t["a"], t)

try:
    defaultdict(1)
except TypeError as exc:
    print("TypeError:", exc)
