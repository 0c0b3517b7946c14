# __annotations__ on functions, modules and classes.
count: int = 5
name: str


def add(a: int, b: int = 2) -> int:
    return a + b


def greet(who: "str", *args: int, punct: str = "!", **kw: float) -> None:
    pass


class Point:
    x: int
    y: int = 0


print(add.__annotations__)
print(greet.__annotations__["punct"].__name__, greet.__annotations__["who"])
print(sorted(__annotations__))
print(sorted(Point.__annotations__))
print((lambda: 0).__annotations__)
