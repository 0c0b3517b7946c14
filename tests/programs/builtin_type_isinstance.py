# Builtins: type() printing and comparison, isinstance with single types and tuples, bool-is-int subtleties.
values = [0, 1.5, "s", True, None, [1], (1,), {"a": 1}, {1}, range(2), 2**100, -0.0]
for v in values:
    print(repr(v), type(v), type(v).__name__)
print(type(3) == int, type(True) == int, type(True) == bool, type(3) is int, type(2**100) is int)
print(isinstance(3, int), isinstance(True, int), isinstance(3, bool), isinstance(3.0, int), isinstance(3, float))
print(isinstance("s", str), isinstance([], list), isinstance((), tuple), isinstance({}, dict), isinstance(set(), set))
print(isinstance(3, (str, int)), isinstance(3, (str, float)), isinstance(None, (list, type(None))))
print(isinstance(range(1), range), isinstance(len, type(len)), isinstance(int, type))
print(type(int), type(type), type(len) == type(print), type(lambda: 0) == type(isinstance) )
def f():
    pass
print(type(f), type(lambda: 1), type(f).__name__)
print(type(ValueError()), type(ValueError), isinstance(ValueError("x"), Exception))
print(int, float, str, bool, list, tuple, dict, set, type(None), range)
print(type(1)(5.7), type("")(12), type([])("ab"), type(0.5)("1.25"))
print([t.__name__ for t in [int, float, str, bool, list, tuple, dict, set, range]])
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError", e)
