# Writes through an instance's __dict__ reach its attributes.
import copy


class Record:
    def __init__(self, **fields):
        self.__dict__.update(fields)

    def __repr__(self):
        inner = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"Record({inner})"


r = Record(name="ada", year=1815, tags=["math"])
print(r, r.name, r.year)
r.__dict__["year"] = 1816
print(r.year, vars(r)["year"])
del r.__dict__["tags"]
print(hasattr(r, "tags"), r)
r.__dict__.setdefault("lang", "none")
print(r.lang, r.__dict__.pop("lang"), hasattr(r, "lang"))
print(r.__dict__.popitem(), r)
r.__dict__.clear()
print(r, vars(r))
r.x = 5
print(r.__dict__, "x" in r.__dict__)


class Lazy:
    """A non-data descriptor that caches its value in the instance dict."""

    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value
        return value


class Circle:
    def __init__(self, r):
        self.r = r

    @Lazy
    def area(self):
        print("  computing area")
        return round(3.14159 * self.r * self.r, 3)


c = Circle(2)
print(c.area, c.area, "area" in vars(c))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.hist = [(x, y)]

    def __repr__(self):
        return f"Point({self.x}, {self.y}, {self.hist})"


p = Point(1, 2)
q = copy.copy(p)
d = copy.deepcopy(p)
q.hist.append("shared")
d.hist.append("own")
d.x = 10
print(p, q, d, sep="\n")
snapshot = dict(vars(p))
p.y = 99
print(snapshot["y"], p.y)
