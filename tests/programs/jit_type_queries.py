# type(x) and isinstance(x, cls) inside traced loops: built-in and user
# classes, subclasses, tuples of classes, a metaclass with __instancecheck__,
# and a rebound `isinstance`.
from abc import ABC


class Base:
    pass


class Child(Base):
    pass


class MyInt(int):
    pass


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return hasattr(other, "__len__")


values = [1, 2.5, "s", [1], (2,), {3: 4}, True, None, Base(), Child(), MyInt(7), 2**70, {5}]


def names(vals):
    out = []
    for v in vals:
        out.append(type(v).__name__)
    return out


def classify(vals):
    counts = {}
    for v in vals:
        if isinstance(v, bool):
            k = "bool"
        elif isinstance(v, int):
            k = "int"
        elif isinstance(v, (float, frozenset)):
            k = "number"
        elif isinstance(v, str):
            k = "str"
        elif isinstance(v, Base):
            k = "base"
        elif isinstance(v, Sized):
            k = "sized"
        else:
            k = "other"
        counts[k] = counts.get(k, 0) + 1
    return sorted(counts.items())


def same_type_runs(vals):
    runs = 0
    prev = None
    for v in vals:
        if type(v) is not prev:
            runs += 1
            prev = type(v)
    return runs


print(names(values))
for i in range(50):
    classify(values)
print(classify(values * 30))
print(same_type_runs(values * 20 + [1, 1, 1, 2.0, 2.0]))


def check_with(fn, vals):
    return [fn(v, int) for v in vals]


print(check_with(isinstance, [1, "a", 2.0, MyInt(3)] * 3))
real_isinstance = isinstance


def fake(v, cls):
    return "fake"


isinstance = fake
print(classify([1, 2]))
isinstance = real_isinstance
print(classify([1, 2]))
try:
    for i in range(60):
        isinstance(i, 5)
except TypeError as e:
    print("TypeError", e)
