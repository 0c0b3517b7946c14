# Cooperative super() with keyword arguments through a diamond (mixins).
class Base:
    def __init__(self, **kw):
        self.log = ["Base" + str(sorted(kw))]

    def render(self):
        return ["base"]


class ColorMixin(Base):
    def __init__(self, color="black", **kw):
        super().__init__(**kw)
        self.color = color
        self.log.append("Color")

    def render(self):
        return super().render() + ["color=" + self.color]


class SizeMixin(Base):
    def __init__(self, size=1, **kw):
        super().__init__(**kw)
        self.size = size
        self.log.append("Size")

    def render(self):
        return super().render() + ["size=" + str(self.size)]


class Widget(ColorMixin, SizeMixin):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Widget")

    def render(self):
        return [self.name] + super().render()


w = Widget("btn", color="red", size=3)
print(w.log)
print(w.render())
w2 = Widget("lbl")
print(w2.log, w2.color, w2.size)
print([c.__name__ for c in Widget.__mro__])


class Shape:
    def area(self):
        return 0

    def describe(self):
        return type(self).__name__ + " area=" + str(self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Cube(Square):
    def area(self):
        return 6 * super().area()


print(Cube(2).describe(), Square(3).describe(), Shape().describe())


class Explicit(Square):
    def area(self):
        return super(Square, self).area() + 1000 + super(Explicit, self).area()


print(Explicit(4).area())
