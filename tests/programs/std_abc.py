import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def perimeter(self):
        return 4 * self.s


class Half(Shape):
    def area(self):
        return 0


print(Square(3).describe(), Square(2).perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


class Base(metaclass=ABCMeta):
    @classmethod
    @abstractmethod
    def make(cls):
        pass

    @property
    @abstractmethod
    def name(self):
        pass


try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Impl(Base):
    @classmethod
    def make(cls):
        return cls()

    @property
    def name(self):
        return "impl"


print(Impl.make().name, isinstance(Impl(), Base), issubclass(Impl, Base))


class Sized(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            if any("__len__" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class HasLen:
    def __len__(self):
        return 0


print(issubclass(HasLen, Sized), isinstance(HasLen(), Sized), isinstance(object(), Sized))


class Animal(ABC):
    pass


class Robot:
    pass


print(issubclass(Robot, Animal), isinstance(Robot(), Animal))
print(Animal.register(Robot) is Robot, issubclass(Robot, Animal), isinstance(Robot(), Animal))
Animal.register(int)
print(isinstance(3, Animal), issubclass(bool, Animal), isinstance("x", Animal))


@Animal.register
class Toaster:
    pass


print(isinstance(Toaster(), Animal), Animal.__abstractmethods__)
try:
    Animal.register(5)
except TypeError as e:
    print("TypeError:", e)
try:
    Sized.register(Animal)
    Animal.register(Sized)
except RuntimeError as e:
    print("RuntimeError:", e)


class Plugin(ABC):
    @abstractmethod
    def run(self):
        pass


class Late(Plugin):
    pass


Late.run = lambda self: "ran"
print(sorted(Late.__abstractmethods__))
abc.update_abstractmethods(Late)
print(Late.__abstractmethods__, Late().run())
print(getattr(abstractmethod(lambda: 0), "__isabstractmethod__"), isinstance(ABC, ABCMeta), type(Plugin) is ABCMeta)
print(type(abc.get_cache_token()).__name__)
