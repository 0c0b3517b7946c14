# __call__ instances, __getattr__ fallback (only for missing attributes).
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0

    def __call__(self, x, y=1):
        self.calls += 1
        return self.k * x * y


double = Multiplier(2)
print(double(5), double(5, y=3), double.calls)
print(list(map(double, [1, 2, 3])))
print(callable(double), callable(5), callable(Multiplier), callable(len))


class Dyn:
    real = "real attr"

    def __init__(self):
        self.inst = "instance attr"

    def __getattr__(self, name):
        if name.startswith("get_"):
            return lambda: "dynamic " + name[4:]
        if name == "answer":
            return 42
        raise AttributeError("no attribute " + repr(name))


d = Dyn()
print(d.real, d.inst, d.answer, d.get_foo(), d.get_bar())
print(getattr(d, "answer", 0), getattr(d, "nope", "default"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print("AttributeError:", e)


class Proxy:
    def __init__(self, target):
        self._target = target
        self.accessed = []

    def __getattr__(self, name):
        self.accessed.append(name)
        return getattr(self._target, name)


p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._target, p.accessed, p.count(1))


class Adder:
    def __init__(self, n):
        self.n = n

    def __call__(self, m):
        return Adder(self.n + m)

    def __repr__(self):
        return "Adder(%d)" % self.n


print(Adder(1)(2)(3)(4))


class Compose:
    def __init__(self, *fs):
        self.fs = fs

    def __call__(self, x):
        for f in reversed(self.fs):
            x = f(x)
        return x


inc_then_double = Compose(double, lambda v: v + 1)
print(inc_then_double(4), Compose()(9))
print(sorted([3, -1, 2], key=Multiplier(-1)))
