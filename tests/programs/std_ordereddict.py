from collections import OrderedDict

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.keys()), list(od.values()), list(od.items()))
print(od.keys(), od.values(), od.items())
od.move_to_end("b")
print(od)
od.move_to_end("b", last=False)
print(od)
od.move_to_end("c", False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od.update([("x", 10), ("y", 20)], z=30)
print(od)
print(od.pop("x"), od.pop("nope", "dflt"), od.setdefault("y", 0), od.setdefault("w", 5), od)
print(OrderedDict(), OrderedDict([("k", 1)]), OrderedDict(a=1, b=2), OrderedDict({"q": 0}))

a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print(a == b, a == dict(b), dict(a) == b, a != b, a == OrderedDict(a))
print(list(reversed(a)), list(reversed(a.keys())), list(reversed(a.values())), list(reversed(a.items())))
print(len(a.keys()), "x" in a.keys(), ("x", 1) in a.items(), 2 in a.values())
print(a.keys() & {"x", "z"}, a.keys() | {"q"} == {"x", "y", "q"})
c = a.copy()
c["z"] = 3
print(c, a, type(c).__name__)
print(OrderedDict.fromkeys("abc"), OrderedDict.fromkeys(["p"], 0))
print(a | {"new": 1}, {"new": 1} | a)
a |= {"y": 99}
print(a)


class LRU(OrderedDict):
    def __init__(self, capacity):
        super().__init__()
        self.capacity = capacity

    def get(self, key):
        if key not in self:
            return -1
        self.move_to_end(key)
        return self[key]

    def put(self, key, value):
        if key in self:
            self.move_to_end(key)
        self[key] = value
        if len(self) > self.capacity:
            self.popitem(last=False)


lru = LRU(2)
lru.put(1, 1)
lru.put(2, 2)
print(lru.get(1))
lru.put(3, 3)
print(lru.get(2))
lru.put(4, 4)
print(lru.get(1), lru.get(3), lru.get(4), lru)

r = OrderedDict()
r["self"] = r
print(r)
for bad in [lambda: OrderedDict().popitem(), lambda: OrderedDict().move_to_end("k"),
            lambda: OrderedDict(a=1).pop("b"), lambda: OrderedDict()["k"]]:
    try:
        bad()
    except KeyError as e:
        print("KeyError:", e)
