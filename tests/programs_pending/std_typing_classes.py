# __class_getitem__, metaclasses (NamedTuple, TypedDict, Protocol) and annotations
from typing import (Annotated, Generic, TypeVar, NamedTuple, TypedDict, Protocol,
                    runtime_checkable, get_origin, get_args, get_type_hints, List, Optional,
                    SupportsInt, SupportsAbs)

T = TypeVar("T")
K = TypeVar("K")


class Box(Generic[T]):
    def __init__(self, item):
        self.item = item


class Pair(Generic[K, T]):
    pass


print(Box[int], Pair[str, int], Box.__parameters__, Pair.__parameters__, Box[int](3).item)
print(Annotated[int, "meta"], get_origin(Annotated[int, "x"]), get_args(Annotated[int, "x", 2]))
for bad in [lambda: Generic[int], lambda: Annotated[int], lambda: Box[int, str]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    salary: int = 0

    def describe(self):
        return f"{self.name} ({self.dept})"


e = Employee("ann", salary=10)
print(e, e.describe(), Employee._fields, Employee._field_defaults, Employee.__annotations__)
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point.__annotations__)


class Movie(TypedDict, total=False):
    title: str
    year: int


m = Movie(title="Up", year=2009)
print(m, type(m).__name__, Movie.__required_keys__, sorted(Movie.__optional_keys__), Movie.__total__)


@runtime_checkable
class Closable(Protocol):
    def close(self):
        ...


class File:
    def close(self):
        pass


print(isinstance(File(), Closable), isinstance(42, Closable), isinstance(3, SupportsInt),
      isinstance("x", SupportsAbs))


def scale(v: List[float], by: "float" = 2.0) -> Optional[List[float]]:
    return [x * by for x in v]


class Config:
    debug: bool = False
    level: int


print(get_type_hints(scale), get_type_hints(Config), scale.__annotations__["by"])
