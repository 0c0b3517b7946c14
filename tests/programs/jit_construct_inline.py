# Instances constructed in hot loops: the trace allocates the instance and
# inlines __init__; exits inside __init__ must rebuild it with its instance.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)


def sum_vectors(n):
    acc = Vec(0, 0)
    for i in range(n):
        acc = acc.add(Vec(i, 2 * i))
    return acc.x, acc.y


print("ints", sum_vectors(300))


def mixed_types(n):
    # The argument turns float, then big, half-way: exits inside __init__.
    acc = Vec(0, 0)
    for i in range(n):
        v = i if i < n // 3 else (i * 0.5 if i < 2 * n // 3 else i * 10**20)
        acc = acc.add(Vec(v, -v))
    return acc.x, acc.y


print("mixed", mixed_types(240))


class Branchy:
    def __init__(self, k):
        if k % 3 == 0:
            self.kind = "fizz"
            self.k = k
        elif k % 5 == 0:
            self.kind = "buzz"
            self.k = -k
        else:
            self.k = k
            self.kind = "num"

    def value(self):
        return self.k if self.kind != "fizz" else 0


def branchy(n):
    total = 0
    kinds = {}
    for i in range(n):
        b = Branchy(i)
        total += b.value()
        kinds[b.kind] = kinds.get(b.kind, 0) + 1
    return total, sorted(kinds.items())


print("branchy", branchy(500))


class Strict:
    def __init__(self, v):
        self.v = v
        if v == 150:
            return v


def returns_value(n):
    made = 0
    for i in range(n):
        try:
            Strict(i)
            made += 1
        except TypeError as e:
            print("TypeError:", e, "at", i)
    return made


print("returns", returns_value(200))


class Checked:
    def __init__(self, v):
        self.before = v
        if v > 170:
            raise ValueError("too big: %d" % v)
        self.after = v * 2


def raising(n):
    total = 0
    for i in range(n):
        try:
            c = Checked(i)
            total += c.after
        except ValueError as e:
            total -= 1
            last = str(e)
    return total, last


print("raising", raising(200))


class Counter:
    def __init__(self, start):
        self.n = start


def redefined(n):
    total = 0
    for i in range(n):
        if i == n // 2:
            def new_init(self, start):
                self.n = start * 100
            Counter.__init__ = new_init
        total += Counter(i).n
    return total


print("redefined", redefined(200))


class Rebinds:
    def __init__(self, v):
        self.v = v
        self = None


def rebinding(n):
    total = 0
    for i in range(n):
        total += Rebinds(i).v
    return total


print("rebinding", rebinding(150))


class Base:
    def __init__(self, a):
        self.a = a


class Derived(Base):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b

    def total(self):
        return self.a + self.b


def derived(n):
    s = 0
    for i in range(n):
        s += Derived(i, 1).total()
    return s


print("derived", derived(200))


class Defaults:
    def __init__(self, a, b=7):
        self.a = a
        self.b = b


def defaults(n):
    s = 0
    for i in range(n):
        d = Defaults(i) if i % 2 else Defaults(i, 1)
        s += d.a * d.b
    return s


print("defaults", defaults(200))


class Slotted:
    __slots__ = ("p", "q")

    def __init__(self, p):
        self.p = p
        self.q = p + 1


def slotted(n):
    s = 0
    for i in range(n):
        o = Slotted(i)
        s += o.p + o.q
    return s


print("slotted", slotted(200))


class Grows:
    def __init__(self, i):
        self.i = i
        if i > 100:
            self.extra = i


def grows(n):
    s = 0
    for i in range(n):
        g = Grows(i)
        s += g.i + getattr(g, "extra", 0)
    return s


print("grows", grows(200))


class Bad:
    def __init__(self, v):
        self.v = 10 // (v - 120)


def uncaught(n):
    s = 0
    for i in range(n):
        s += Bad(i).v
    return s


print("uncaught", uncaught(200))
