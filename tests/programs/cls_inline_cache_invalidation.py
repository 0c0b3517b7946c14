# Attribute and construction inline caches: every site runs several times so
# that caches fill, then the class or the instance changes under them.


class P:
    kind = "class-level"

    def __init__(self, x, y=10):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


def make(n):
    out = []
    for i in range(n):
        out.append(P(i))
    return out


def read_x(objs):
    return [o.x for o in objs]


def set_x(objs, v):
    for o in objs:
        o.x = v


objs = make(3)
print([o.total() for o in objs], read_x(objs))

# A class attribute shadowed by instance attributes, then read both ways.
for o in objs:
    o.kind = "instance-level"
print([o.kind for o in objs], P.kind)

# __init__ replaced after the construction sites cached the old one.
def new_init(self, x, y=0):
    self.x = x * 100
    self.y = y
    self.extra = True


P.__init__ = new_init
objs = make(3)
print(read_x(objs), [o.extra for o in objs])

# A property added to the class takes precedence over the instance slot.
P.x = property(lambda self: "prop", lambda self, v: print("setter", v))
print(read_x(objs))
set_x(objs, 5)
del P.x
print(read_x(objs))

# __setattr__ added after SetAttr sites cached their slots and transitions.
def logging_setattr(self, name, value):
    print("setattr", name, value)
    object.__setattr__(self, name, value)


P.__setattr__ = logging_setattr
objs = make(2)
set_x(objs, 7)
del P.__setattr__
objs = make(2)
set_x(objs, 8)
print(read_x(objs))

# Instances whose attributes were deleted and re-added change shape.
a, b = P(1), P(2)
del a.x
for o in (a, b, a, b):
    o.z = 1
a.x = 99
print(sorted(vars(a).items()), sorted(vars(b).items()), read_x([a, b]))

# __init__ returning a value, and wrong argument counts, after caching.
class Q:
    def __init__(self, v):
        self.v = v
        if v == "bad":
            return 1


qs = [Q(i) for i in range(3)]
print([q.v for q in qs])
for arg in ("bad",):
    try:
        Q(arg)
    except TypeError as e:
        print("TypeError:", e)
for args in ((), (1, 2)):
    try:
        Q(*args)
    except TypeError as e:
        print("TypeError:", e)


def build_q(n):
    try:
        return Q(n, n)
    except TypeError as e:
        return str(e)


print(build_q(1), build_q(2))

# A data descriptor class on the class, and __slots__ refusing a new attribute.
class D:
    def __get__(self, obj, cls):
        return "descr"

    def __set__(self, obj, value):
        print("descr set", value)


class R:
    __slots__ = ("a",)

    def __init__(self):
        self.a = 1


for i in range(3):
    r = R()
    try:
        r.b = 2
    except AttributeError as e:
        print("AttributeError:", e)


class S:
    def __init__(self):
        self.val = 1


ss = [S() for _ in range(3)]
S.val = D()
for s in ss:
    s.val = 5
    print(s.val)
print([S().val for _ in range(2)])

# A class gaining __new__ or a metaclass-like base after construction cached.
class T:
    def __init__(self, v):
        self.v = v


ts = [T(i).v for i in range(3)]


def t_new(cls, v):
    print("new", v)
    return object.__new__(cls)


T.__new__ = t_new
print(ts, [T(i).v for i in range(2)])

# Methods shadowed by instance attributes after LoadMethod cached them.
class M:
    def __init__(self):
        self.n = 0

    def step(self):
        self.n += 1
        return self.n


ms = [M() for _ in range(2)]
for _ in range(3):
    print([m.step() for m in ms])
ms[0].step = lambda: "shadowed"
print([m.step() for m in ms])

# Defaults filled in by fast calls.
def f(a, b=2, c=3):
    return a * 100 + b * 10 + c


print([f(1), f(1, 5), f(1, 5, 7)] * 2)


class Sub(P):
    def __init__(self, x):
        super().__init__(x, 1)
        self.sub = True


print([(s.x, s.y, s.sub) for s in [Sub(i) for i in range(3)]])
