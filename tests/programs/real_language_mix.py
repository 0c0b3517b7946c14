class Meta(type):
    registry = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        mcls.registry.append(name)
        return cls
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get("tag", "none")
class A(Base, tag="a"): pass
class B(A): pass
print(Meta.registry, A.tag, B.tag, type(A).__name__)
class D1:
    def who(self): return ["D1"]
class D2(D1):
    def who(self): return ["D2"] + super().who()
class D3(D1):
    def who(self): return ["D3"] + super().who()
class D4(D2, D3):
    def who(self): return ["D4"] + super().who()
print(D4().who(), [c.__name__ for c in D4.__mro__])
class It:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i * self.i
print(list(It(5)), sum(It(4)), max(It(3)), sorted(It(4), reverse=True), 9 in It(4))
print(sorted([(1, "b"), (1, "a"), (0, "z")], key=lambda t: t[0]), sorted("bAcD", key=str.casefold), sorted([3, 1, 2], reverse=True))
print(vars(A()) , A.__name__, A.__qualname__, B.__bases__)
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
print(x, x[::-2], x.copy(), x.count(7), list(reversed(x)))
print({1: "a", **{2: "b"}}, [*range(3), *"ab"], (lambda *a, **k: (a, k))(1, 2, z=3))
print(f"{'a'!r:>5}|{3.14159:.2%}|{1234567:_}|{255:08b}|{'x':*^9}|{-5:+d}|{5: d}")
print(str(1.0), str(1e-7), str(123456789012345.0), str(1e16), repr(0.1), 2.5e-5, 1/3*3, 10/4)
print(int.from_bytes if False else 0, (255).bit_length(), (-5).bit_length(), (10).to_bytes if False else 0, abs(-3), bool([]), bool("0"))
print(min([], default="empty"), max("abc"), sum([0.1] * 3), any([]), all([]), list(filter(None, [0, 1, "", "a"])))
print(round(3.14159, 3), round(-0.5), round(2.5), format(0.1, ".20f"), 1e-320 * 1e10)
print(isinstance(True, int), type(True) is bool, True + True, 3 * True, ~True, -True, True == 1.0)
import string, itertools
print(string.ascii_lowercase[:5], string.digits, list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(hash(1) == hash(1.0), hash("a") == hash("a"), {1: "int", 1.0: "float"}, {True: 1, 1: 2})
s = {3, 1, 2}
s.add(10); s.discard(1)
print(s, sorted(s), s - {2}, frozenset([1, 2]) | {3}, {i % 3 for i in range(10)})
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, 2 ** 0.5, (-8) ** (1/3) if False else 0, pow(-2, 3), 0 ** 0)
def gen_ret():
    yield 1
    return "done"
g = gen_ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("ret", e.value)
print(type(None).__name__, type(print).__name__, type(len).__name__, type(lambda: 0).__name__, type(gen_ret()).__name__)
print(repr(object)[:15], str(int), repr(A)[:17], A().__class__.__name__)
class P:
    def __init__(self): self._x = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v):
        if v < 0: raise ValueError("neg")
        self._x = v
    @x.deleter
    def x(self): print("deleting"); self._x = None
p = P(); p.x = 5; print(p.x); del p.x; print(p.x)
try:
    p.x = -1
except ValueError as e:
    print(e)
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(zip(range(3), "ab")), dict(zip("ab", range(2))))
print(str.join(",", ["a", "b"]), "%.3s" % "abcdef", "%-6.2f|" % 3.14159, "%+05d" % 42, "%o %X %e" % (8, 255, 12345.678))
