from collections import ChainMap, UserDict, UserList, UserString

defaults = {"color": "red", "user": "guest"}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["color"], cm["user"], len(cm), sorted(cm), list(cm), "color" in cm, cm.get("nope", 0))
cm["color"] = "blue"
print(cli, cm["color"], cm.maps[0] is cli)
child = cm.new_child({"user": "root"})
print(child["user"], child.parents["user"], len(child.maps), child.new_child()["color"])
print(dict(cm), list(cm.items()), list(cm.values()))
del cm["color"]
print(cm["color"], cm)
print(ChainMap(), bool(ChainMap()), bool(ChainMap({}, {"a": 1})), ChainMap({"a": 1}, {"b": 2}))
print(cm.pop("missing", "dflt"))
try:
    del cm["user"]
except KeyError as e:
    print("KeyError:", e)
try:
    ChainMap({}).popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    cm["absent"]
except KeyError as e:
    print("KeyError:", e)
cm2 = cm.copy()
cm2["x"] = 1
print("x" in cm, "x" in cm2, ChainMap.fromkeys("ab", 0))
print(ChainMap({"a": 1}) | {"b": 2})


class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


u = Upper({"a": 1}, b=2)
u["c"] = 3
u.update({"d": 4})
print(u, len(u), u["A"], "B" in u, u.get("z", "none"), sorted(u.keys()), u.data)
print(u.pop("A"), u.setdefault("E", 5), u)


class Stack(UserList):
    def push(self, x):
        self.append(x)


s = Stack([1, 2])
s.push(3)
s.extend([4, 5])
print(s, len(s), s[0], s[1:3], type(s[1:3]).__name__, s.pop(), s + [9], [0] + s, s * 2)
s.insert(0, 0)
s.remove(2)
s.reverse()
print(s, s.index(3), s.count(1), 3 in s, s == [4, 3, 1, 0], sorted(s))
s.sort()
print(s, list(reversed(s)))
us = UserString("hello")
print(us, us.upper(), us + "!", len(us), us[1:3], "ell" in us, us == "hello", us.split("l"))
