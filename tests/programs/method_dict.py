# dict methods: get/setdefault/pop/popitem/update/copy/clear/fromkeys/__contains__ and errors.
def t(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.get("a", 0), d.get(1.0), {1: "x"}.get(True))
print(d.setdefault("a", 9), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("c"), d.pop("zz", "dflt"), d.pop("n"), d)
d.update({"x": 10}); d.update([("y", 20), ["z", 30]]); d.update(w=40); d.update({"a": 0}, b=-1); d.update()
print(d)
d.update((k, v) for k, v in [("g", 1)]); d.update(d); print(d)
class Mapping:
    def keys(self):
        return ["m1", "m2"]
    def __getitem__(self, k):
        return k.upper()
d.update(Mapping()); print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy(); c["new"] = 1; print(d == c, len(d), len(c), c is d)
nested = {"l": [1]}; nc = nested.copy(); nc["l"].append(2); print(nested)
c.clear(); print(c, d)
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys((), 1), {}.fromkeys(range(3), "v"), dict.fromkeys("aba"))
shared = dict.fromkeys(["p", "q"], []); shared["p"].append(1); print(shared)
print(d.__contains__("x"), d.__contains__("nope"), "x" in d, dict.__contains__(d, "y"))
e = {}
while True:
    try:
        e.popitem()
    except KeyError as ex:
        print("empty:", ex)
        break
order = {}
for k in ["z", "a", "m"]:
    order.setdefault(k, []).append(len(order))
print(order, list(order))
order.pop("a"); order["a"] = "again"; print(order)
t("get 0", {}.get)
t("get 3", {}.get, 1, 2, 3)
t("get unhashable", {}.get, [])
t("get kw", lambda: {}.get(key=1))
t("pop 0", {}.pop)
t("pop missing", {}.pop, 1)
t("pop missing str", {"a": 1}.pop, "b")
t("pop missing tuple", {}.pop, (1, 2))
t("pop unhashable", {}.pop, [], 1)
t("pop kw", lambda: {}.pop(1, default=2))
t("popitem empty", {}.popitem)
t("popitem arg", {}.popitem, 1)
t("setdefault 0", {}.setdefault)
t("setdefault unhashable", {}.setdefault, {})
t("update int", {}.update, 1)
t("update bad elem", {}.update, [1])
t("update bad len", {}.update, [(1, 2, 3)])
t("update bad len 1", {}.update, ["a"])
t("update 2", {}.update, {}, {})
t("copy arg", {}.copy, 1)
t("clear arg", {}.clear, 1)
t("keys arg", {}.keys, 1)
t("fromkeys 0", dict.fromkeys)
t("fromkeys int", dict.fromkeys, 1)
t("fromkeys 3", dict.fromkeys, "a", 1, 2)
t("fromkeys kw", lambda: dict.fromkeys("a", value=1))
t("fromkeys unhashable", dict.fromkeys, [[1]])
t("contains unhashable", {}.__contains__, [])
t("descriptor", dict.get, [], 1)
t("unbound", dict.keys)
print(dict.get(d, "x"), dict.setdefault(d, "q", 5), dict.pop(d, "q"))
