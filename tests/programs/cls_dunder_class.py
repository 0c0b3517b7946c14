# __class__, type(x), self.__class__(...) constructors, __name__/__qualname__/__module__.
class Shape:
    instances = 0

    def __init__(self, size):
        self.size = size
        self.__class__.instances += 1

    def scaled(self, k):
        return self.__class__(self.size * k)

    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, self.size)


class Circle(Shape):
    instances = 0


class Square(Shape):
    pass


c = Circle(2)
s = Square(3)
print(c.scaled(5), s.scaled(2), type(c.scaled(1)) is Circle)
print(Shape.instances, Circle.instances, Square.instances)
print(c.__class__ is Circle, type(c) is Shape, type(c) == Circle, c.__class__.__name__)
print(type(Circle).__name__, type(type(c)).__name__, type(Shape) is type)
print(Circle.__qualname__, Circle.__module__)


class Outer:
    class Inner:
        def where(self):
            return type(self).__qualname__

    def make(self):
        return self.Inner()


print(Outer().make().where(), Outer.Inner.__name__)
print(type(5).__name__, type("s").__name__, type([]).__name__, type(None).__name__, type(len).__name__)
print(type(3.0) is float, type(True) is bool, type(True) is int, isinstance(True, int))
Dyn = type(c)
print(Dyn(9))
classes = [Circle, Square]
print([cls(1) for cls in classes])
print({cls.__name__: cls.instances for cls in classes})
print(Shape.__name__, Shape.__init__.__name__, Shape.scaled.__qualname__)
x = 5
print(x.__class__.__name__, "abc".__class__.__name__, (1,).__class__ is tuple)
f = c.scaled
print(f.__self__.__class__.__name__)
