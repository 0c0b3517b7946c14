# @staticmethod and @classmethod, alternative constructors, cls in subclasses.
class Temp:
    unit = "C"
    created = 0

    def __init__(self, deg):
        self.deg = deg
        Temp.created += 1

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 // 9)

    @staticmethod
    def is_freezing(deg):
        return deg <= 0

    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.unit

    def show(self):
        return str(self.deg) + self.unit


t = Temp.from_f(212)
print(t.show(), Temp.is_freezing(t.deg), Temp.is_freezing(-3))
print(t.is_freezing(0), t.describe(), Temp.describe())


class Kelvin(Temp):
    unit = "K"


k = Kelvin.from_f(32)
print(type(k).__name__, k.show(), Kelvin.describe(), k.describe())
print(Temp.created)
sm = Temp.is_freezing
print(sm(5), sm(-5))
cm = Kelvin.from_f
print(cm(50).show())


class MathUtil:
    @staticmethod
    def add(a, b):
        return a + b

    @staticmethod
    def mul(*xs):
        r = 1
        for x in xs:
            r *= x
        return r


print(MathUtil.add(2, 3), MathUtil().mul(2, 3, 4), MathUtil.mul())


class Registry:
    items = None

    @classmethod
    def register(cls, x):
        if cls.items is None:
            cls.items = []
        cls.items.append(x)
        return cls


class RegA(Registry):
    pass


class RegB(Registry):
    pass


RegA.register(1).register(2)
RegB.register("x")
print(RegA.items, RegB.items, Registry.items)
