# Type annotations: variable and function annotations are parsed; runtime ignores them.
from_list: list = [1, 2]
count: int = 5
name: str
ratio: float = 0.5
pair: tuple[int, str] = (1, "a")
mapping: dict[str, list[int]] = {"a": [1]}


def add(a: int, b: int = 2) -> int:
    return a + b


def greet(who: "str", *args: int, punct: str = "!", **kw: float) -> None:
    print("hi " + who + punct, args, sorted(kw.items()))


def ident(x: list[dict[str, int | None]]) -> list[dict[str, int | None]]:
    return x


print(add(1), add(1, 5), add("x", "y"))
greet("bob")
greet("amy", 1, 2, punct="?", z=1.0)
print(ident([{"k": None}]))
print(from_list, count, ratio, pair, mapping)
try:
    print(name)
except NameError as e:
    print("NameError:", e)


class Point:
    x: int
    y: int = 0
    label: str = "pt"

    def __init__(self, x: int) -> None:
        self.x: int = x
        self.z: float = x / 2


p = Point(3)
print(p.x, p.y, p.z, p.label, Point.y)
print(hasattr(Point, "x"))


def local_annot():
    value: int = 10
    other: str
    value += 1
    return value


print(local_annot())
items: list = []
for i in range(3):
    tmp: int = i * i
    items.append(tmp)
print(items)
f = lambda v: v
print(f(count), add(b=1, a=ratio))
