# abc without the instantiation check: ABC subclasses, abstract methods overridden
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc


class Shape(ABC):
    sides = 0

    @abstractmethod
    def area(self):
        """Area of the shape."""

    def describe(self):
        return "%s: %d sides, area %s" % (type(self).__name__, self.sides, self.area())


class Square(Shape):
    sides = 4

    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Triangle(Shape):
    sides = 3

    def __init__(self, b, h):
        self.b, self.h = b, h

    def area(self):
        return self.b * self.h / 2


shapes = [Square(3), Triangle(4, 5), Square(1)]
for s in shapes:
    print(s.describe())
print(sorted(s.area() for s in shapes), isinstance(shapes[0], Shape), issubclass(Triangle, ABC))
print(Shape.area.__isabstractmethod__, getattr(Square.area, "__isabstractmethod__", False))
print(Shape.describe.__name__, Square.__mro__[1] is Shape, callable(abc.get_cache_token))


class Base(metaclass=ABCMeta):
    @staticmethod
    @abstractmethod
    def kind():
        return "base"


class Impl(Base):
    @staticmethod
    def kind():
        return "impl"


print(Impl.kind(), Impl().kind(), Base.kind())
print([name for name in ("ABC", "ABCMeta", "abstractmethod", "update_abstractmethods",
                         "get_cache_token", "abstractclassmethod") if hasattr(abc, name)])
