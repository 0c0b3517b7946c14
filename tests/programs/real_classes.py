# Class features: properties, class/static methods, MI with super, slots, dunders.
import functools

class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return bool(self.x or self.y)

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __len__(self):
        return 2

v = Vector(3, 4)
w = Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, -v, abs(v), bool(Vector(0, 0)), bool(w))
print(v == Vector(3, 4), v != w, len({v, Vector(3, 4), w}), list(v), v[1], v[-1])
x, y = w
print(x, y, tuple(v), sorted([v, w], key=abs))
try:
    v.z = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))

vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2.10", "0.9", "1.2.3"]]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") <= Version("1.0"), Version("2.0") > Version("1.9.9"), Version("1") >= Version("1.0"))

class Temperature:
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError(f"below absolute zero: {v}")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def valid(c):
        return c >= -273.15

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.celsius = 100
print(t.celsius, t.fahrenheit, Temperature.from_f(212).celsius, Temperature.valid(-300))
try:
    t.celsius = -500
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)
del t.celsius
print(hasattr(t, "_c"))

class Base:
    def __init__(self):
        self.trace = ["Base"]
    def hello(self):
        return "Base.hello"

class Left(Base):
    def __init__(self):
        super().__init__()
        self.trace.append("Left")
    def hello(self):
        return "Left>" + super().hello()

class Right(Base):
    def __init__(self):
        super().__init__()
        self.trace.append("Right")
    def hello(self):
        return "Right>" + super().hello()

class Child(Left, Right):
    def __init__(self):
        super().__init__()
        self.trace.append("Child")
    def hello(self):
        return "Child>" + super().hello()

c = Child()
print(c.trace, c.hello(), [k.__name__ for k in Child.__mro__])
print(isinstance(c, Right), issubclass(Child, Base), type(c).__name__, Child.__bases__[1].__name__)

class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.n = Counter.instances
    def __call__(self, k):
        return self.n * k
    def __contains__(self, item):
        return item % self.n == 0
    def __lt__(self, o):
        return self.n < o.n

cs = [Counter() for _ in range(4)]
print([c(10) for c in cs], Counter.instances, 6 in cs[2], 7 in cs[2], max(cs).n)

class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __matmul__(self, o):
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __str__(self):
        return "\n".join(" ".join(f"{x:4}" for x in r) for r in self.rows)
    def __iadd__(self, o):
        self.rows = [[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)]
        return self

m = Matrix([[1, 2], [3, 4]])
n = m @ Matrix([[0, 1], [1, 0]])
print(n)
n[0, 1] = 99
m += n
print(m, m[1, 0], sep="\n")
print(str(m) == m.__str__(), repr(Vector(1.5, None)))
class Meta(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via Meta>"
class WithMeta(metaclass=Meta):
    pass
print(repr(WithMeta), type(WithMeta).__name__)
