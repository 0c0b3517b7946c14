from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, type(Color.RED).__name__)
print(Color(2), Color["BLUE"], Color.CRIMSON, Color.CRIMSON is Color.RED, Color(Color.GREEN))
print(list(Color), len(Color), [c.name for c in Color], list(reversed(Color)))
print(Color.__members__)
print(repr(Color), Color.RED in Color, isinstance(Color.RED, Color), Color.RED is Color(1))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, hash(Color.RED) == hash("RED"))
print(f"{Color.GREEN}", "{:>12}|".format(Color.GREEN), str(Color.BLUE), {Color.RED: "r"}[Color.CRIMSON])
print(sorted(Color, key=lambda c: c.value, reverse=True), max(Color, key=lambda c: c.value))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), repr(Planet.MERCURY))


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    HEXAGON = auto()

    def describe(self):
        return "%s has value %d" % (self.name.lower(), self.value)

    @classmethod
    def default(cls):
        return cls.CIRCLE

    @staticmethod
    def count():
        return len(Shape)


print([s.value for s in Shape], Shape.SQUARE.describe(), Shape.default(), Shape.count())


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title()

    NORTH = auto()
    SOUTH = auto()


print(list(Ordinal), Ordinal("North"))


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()


print(Number.ONE, repr(Number.TWO), Number.ONE + 1, Number.TWO * 3, Number.THREE < 4, Number(3))
print(str(Number.ONE), format(Number.TWO), f"{Number.THREE:03d}", Number.ONE == 1, isinstance(Number.ONE, int))
print(sorted([Number.THREE, Number.ONE, Number.TWO]), [1, 2, 3][Number.ONE], list(range(Number.THREE)))


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.READ), Mode.WRITE.upper(), Mode.READ == "read", Mode("w"), Mode.READ + "!")


class Perm(Flag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, list(rw), len(rw), bool(Perm(0)), repr(Perm(0)))
print(repr(~Perm.R), repr(Perm(7)), repr(rw & Perm.W), repr(rw ^ Perm.R), Perm(6) is rw, Perm["W"])


class Feature(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


print([f.value for f in Feature], Feature.AB, repr(Feature.A | Feature.B), list(Feature))


class Access(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


print(Access.READ | Access.WRITE, repr(Access.READ | Access.WRITE), Access.READ | 8, repr(Access(9)))
print(Access.READ + 1, Access.WRITE == 2, repr(~Access.READ), Access(0), repr(Access(0)))


class Status(Enum):
    ACTIVE = 1
    INACTIVE = 0

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Status("active"), Status(0))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Pet = Enum("Pet", [("DOG", "d"), ("FISH", "f")])
print(list(Pet), Pet("f"))
Size = IntEnum("Size", {"S": 1, "M": 5})
print(Size.M + 0, list(Size))

errors = [
    lambda: Color(7), lambda: Color["PURPLE"], lambda: Color.RED < Color.BLUE,
    lambda: setattr(Color, "RED", 5), lambda: delattr(Color, "GREEN"), lambda: Color.PURPLE,
    lambda: Perm(8), lambda: Status(5), lambda: Number(7), lambda: Color.RED.nope,
]
for f in errors:
    try:
        f()
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
except ValueError as e:
    print("ValueError:", e)

try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)

try:
    class More(Color):
        PURPLE = 4
except TypeError as e:
    print("TypeError:", e)


class Base(Enum):
    def label(self):
        return "<" + self.name + ">"


class Child(Base):
    X = 1
    Y = 2


print(Child.X.label(), [c.label() for c in Child], issubclass(Child, Base))
