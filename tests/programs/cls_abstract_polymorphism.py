# Abstract-style base classes with NotImplementedError, polymorphic dispatch.
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")

    def perimeter(self):
        raise NotImplementedError

    def __str__(self):
        return "%s area=%.2f" % (type(self).__name__, self.area())


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Bad(Shape):
    pass


shapes = [Rect(2, 3), Circle(1), Rect(1, 1), Bad()]
for sh in shapes:
    try:
        print(sh)
    except NotImplementedError as e:
        print("NotImplementedError:", e, repr(e))
    try:
        print("perimeter", sh.perimeter())
    except NotImplementedError as e:
        print("no perimeter for", type(sh).__name__, repr(e), e.args)
print(sorted(s.area() for s in shapes[:3]))
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)


class Animal:
    def speak(self):
        return self.sound()

    def sound(self):
        raise NotImplementedError


class Dog(Animal):
    def sound(self):
        return "Woof"


class Cow(Animal):
    def sound(self):
        return "Moo"


print([a.speak() for a in (Dog(), Cow())])


def total_area(items):
    total = 0
    for it in items:
        if hasattr(it, "area"):
            try:
                total += it.area()
            except NotImplementedError:
                total += 0
    return total


print(round(total_area(shapes + [5, "x"]), 3))
