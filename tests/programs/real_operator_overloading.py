import math
class Frac:
    __slots__ = ("n", "d")
    def __init__(self, n, d=1):
        if d == 0:
            raise ZeroDivisionError("Frac(%s, 0)" % n)
        g = math.gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        o = as_frac(o)
        if o is NotImplemented:
            return o
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    __radd__ = __add__
    def __sub__(self, o):
        return self + (-as_frac(o))
    def __rsub__(self, o):
        return as_frac(o) - self
    def __mul__(self, o):
        o = as_frac(o)
        return Frac(self.n * o.n, self.d * o.d)
    __rmul__ = __mul__
    def __truediv__(self, o):
        o = as_frac(o)
        return Frac(self.n * o.d, self.d * o.n)
    def __rtruediv__(self, o):
        return as_frac(o) / self
    def __neg__(self):
        return Frac(-self.n, self.d)
    def __abs__(self):
        return Frac(abs(self.n), self.d)
    def __pow__(self, k):
        return Frac(self.n ** k, self.d ** k) if k >= 0 else Frac(self.d ** -k, self.n ** -k)
    def __eq__(self, o):
        o = as_frac(o)
        return o is not NotImplemented and self.n == o.n and self.d == o.d
    def __lt__(self, o):
        o = as_frac(o)
        return self.n * o.d < o.n * self.d
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash((self.n, self.d))
    def __float__(self):
        return self.n / self.d
    def __int__(self):
        return int(self.n / self.d)
    def __bool__(self):
        return self.n != 0
    def __repr__(self):
        return f"Frac({self.n}, {self.d})"
    def __str__(self):
        return f"{self.n}/{self.d}" if self.d != 1 else str(self.n)
    def __format__(self, spec):
        return format(float(self), spec) if spec else str(self)
def as_frac(x):
    if isinstance(x, Frac):
        return x
    if isinstance(x, int):
        return Frac(x)
    return NotImplemented
h = sum((Frac(1, k) for k in range(1, 11)), Frac(0))
print(h, repr(h), float(h), f"{h:.5f}", f"{h}", int(h))
print(Frac(1, 2) + 1, 1 + Frac(1, 2), 3 - Frac(1, 3), 2 / Frac(4, 3), Frac(2, 3) ** -2, -Frac(3, 6), abs(Frac(-1, 4)))
print(sorted([Frac(1, 3), Frac(1, 4), Frac(2, 5), Frac(1, 2)]), Frac(1, 2) == Frac(2, 4), Frac(1, 2) == 0.5, Frac(2, 2) == 1)
print(bool(Frac(0)), len({Frac(1, 2), Frac(2, 4), Frac(3, 6)}), max(Frac(7, 3), Frac(9, 4)), Frac(1, 3) <= Frac(1, 3))
try:
    Frac(1, 2) + 0.5
except TypeError as e:
    print(e)
try:
    Frac(1, 0)
except ZeroDivisionError as e:
    print(e)
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.shape = (len(self.rows), len(self.rows[0]) if self.rows else 0)
    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])
    def __matmul__(self, o):
        if self.shape[1] != o.shape[0]:
            raise ValueError(f"shape mismatch {self.shape} @ {o.shape}")
        cols = list(zip(*o.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])
    def __mul__(self, k):
        return Matrix([[x * k for x in r] for r in self.rows])
    __rmul__ = __mul__
    def __add__(self, o):
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, o.rows)])
    def __pow__(self, n):
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result
    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]
    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v
    def __iter__(self):
        return iter(self.rows)
    def __len__(self):
        return self.shape[0]
    def __contains__(self, v):
        return any(v in r for r in self.rows)
    def __eq__(self, o):
        return isinstance(o, Matrix) and self.rows == o.rows
    def __repr__(self):
        w = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join("[" + " ".join(str(x).rjust(w) for x in r) + "]" for r in self.rows)
    def T(self):
        return Matrix(zip(*self.rows))
fib = Matrix([[1, 1], [1, 0]])
print((fib ** 90)[0, 1])
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m @ m.T())
print(2 * m + m * 3)
m[1, 1] = Frac(1, 2)
print(m[1, 1], 6 in m, 5 in m, len(m), [sum(r) for r in m])
try:
    m @ m
except ValueError as e:
    print(e)
print(m == Matrix([[1, 2, 3], [4, Frac(1, 2), 6]]), m != m, Matrix.identity(3))
class Vec:
    def __init__(self, *c):
        self.c = c
    def __getattr__(self, name):
        idx = "xyzw".find(name)
        if len(name) == 1 and 0 <= idx < len(self.c):
            return self.c[idx]
        raise AttributeError(f"'Vec' object has no attribute '{name}'")
    def __iadd__(self, o):
        self.c = tuple(a + b for a, b in zip(self.c, o.c))
        return self
    def __lshift__(self, n):
        return Vec(*(self.c[n:] + self.c[:n]))
    def __invert__(self):
        return Vec(*reversed(self.c))
    def __round__(self, n=0):
        return Vec(*(round(a, n) for a in self.c))
    def __repr__(self):
        return "Vec" + repr(self.c)
v = Vec(1.2345, 2.5, 3.75)
v += Vec(1, 1, 1)
print(v, v.x, v.z, v << 1, ~v, round(v, 1), round(v))
try:
    v.w
except AttributeError as e:
    print(e)
print(divmod(17, -5), divmod(-7.5, 2), (-17) // 5, -17 % 5, 2 ** -1, 10 ** 20 // 3, pow(3, 200, 1000007), pow(2, -1, 7))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(12345, -2), 1e300 * 10, -1e300 * 1e10, 0.1 + 0.2)
print(int(1e20), float(2 ** 80), 7 / 2, 7 // 2.0, 1 / 3, 2 / 3, 100 / 7, math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(format(1234.5678, "08.2f"), format(-0.0001, ".2e"), format(255, "#x"), format(3, "b"), format(1e100, ".3g"), format(12, "^7d"))
