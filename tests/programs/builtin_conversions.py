# Builtins: int, float, str, bool, list, tuple, dict, set constructors and conversions between types.
print(int("42"), int(42.9), int(-42.9), int(True), int("  7 "), int("-0"), int(2**70))
print(float(1), float("2.5"), float(" -3 "), float(True), float(2**70), float("-0"))
print(str(1), str(1.0), str(-0.0), str(None), str([1, "a"]), str({"k": 1.5}), str((1,)), str(""), str(2**65))
print(bool(0), bool(1), bool(""), bool("x"), bool([]), bool([[]]), bool(0.0), bool(1e-300), bool(None), bool(range(0)))
print(list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({3, 1, 2}), list([]), list())
print(tuple([1, 2]), tuple("ab"), tuple(range(2)), tuple({"x": 0}), tuple(), tuple((1,)))
print(dict([("a", 1), ("b", 2)]), dict(a=1, b=2), dict({"x": 1}, y=2), dict(), dict([]), dict(zip("ab", [1, 2])))
print(dict([["k", "v"], ("k2", "v2")]), dict([("dup", 1), ("dup", 2)]))
print(set([3, 3, 1]), set((5,)), set(range(4)), set(), set({1: "a", 2: "b"}))
print(list(map(int, ["1", "2", "3"])), list(map(str, [1, 2])), list(map(float, [1, "2.5"])))
print(str(list(range(3))), list(str(123)), int("".join(["1", "2"])), float(str(0.1)))
print(type(int("5")), type(float(5)), type(str(5)), type(bool(5)), type(list()), type(tuple()), type(dict()), type(set()))
t = (1, [2])
l = list(t)
l[1].append(3)
print(t, l, l[1] is t[1])
copy = list(l)
print(copy == l, copy is l)
for bad in [lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: list(5), lambda: tuple(None), lambda: set(1)]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
