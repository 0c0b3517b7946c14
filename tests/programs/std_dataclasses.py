from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         FrozenInstanceError, InitVar, KW_ONLY, make_dataclass, MISSING)
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, Point(5), Point(y=3, x=4), p == Point(1, 2), p != Point(2, 1), p.x, p.y)
print(Point.__match_args__, [f.name for f in fields(Point)], is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print(asdict(p), astuple(p), replace(p, y=9), p)


@dataclass
class Inventory:
    name: str
    unit_price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0

    def total(self):
        return self.unit_price * self.quantity


a = Inventory("widget", 2.5, 4)
b = Inventory("gadget", 1.0)
a.tags.append("x")
print(a, b, a.total(), b.tags, Inventory.count, len(fields(a)))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Version(1, 2), Version(1, 0, "beta"), Version(0, 9)]
print(sorted(vs), Version(1, 2) < Version(1, 3), Version(2) >= Version(1, 9), max(vs))
print(hash(Version(1, 2)) == hash(Version(1, 2, "x")), {Version(1): "one"}[Version(1, 0, "rc")])
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e, isinstance(e, AttributeError))


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: "Node" = field(default=None, repr=False, compare=False)


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print(root, asdict(Node(3, [Node(4)])), child.parent is root)


@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    scale: InitVar[float] = 1.0

    def __post_init__(self, scale):
        self.w *= scale
        self.h *= scale
        self.area = self.w * self.h


print(Rect(2, 3), Rect(2, 3, 2.0), [f.name for f in fields(Rect)])


@dataclass
class Opts:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int = 1


print(Opts("a"), Opts("b", verbose=True, level=3), Opts.__match_args__)


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Derived(Base):
    c: float = 0.5


print(Derived(1), Derived(1, "x", 2.5), [f.name for f in fields(Derived)], Derived(1) == Base(1))


@dataclass(eq=False)
class Plain:
    v: int


print(Plain(1) == Plain(1), hash(Plain(1)) != 0)
print(Point.__hash__ is None, Version.__hash__ is not None)
Z = make_dataclass("Z", ["a", ("b", int), ("c", int, field(default=5))])
print(Z(1, 2), Z(1, 2, 3).c, [f.name for f in fields(Z)])

errors = [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
          lambda: Opts("a", True), lambda: Opts(), lambda: replace(p, z=1), lambda: fields(1),
          lambda: asdict(Point), lambda: field(default=1, default_factory=list)]
for f in errors:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(order=True, eq=False)
    class Bad3:
        a: int
except ValueError as e:
    print("ValueError:", e)
print(Point.__doc__, Inventory.__doc__, Opts.__doc__, Rect.__doc__)
