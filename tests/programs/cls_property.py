# @property getter/setter/deleter, computed and validated attributes.
class Celsius:
    def __init__(self, deg=0):
        self._deg = deg
        self.log = []

    @property
    def deg(self):
        self.log.append("get")
        return self._deg

    @deg.setter
    def deg(self, value):
        self.log.append("set " + str(value))
        if value < -273:
            raise ValueError("below absolute zero")
        self._deg = value

    @deg.deleter
    def deg(self):
        self.log.append("del")
        self._deg = None

    @property
    def fahrenheit(self):
        return self._deg * 9 / 5 + 32


c = Celsius(25)
print(c.deg, c.fahrenheit)
c.deg = 100
print(c.deg, c.fahrenheit)
try:
    c.deg = -300
except ValueError as e:
    print("ValueError:", e)
print(c.deg)
del c.deg
print(c.deg)
print(c.log)
try:
    c.fahrenheit = 3
except AttributeError as e:
    print("AttributeError:", e)


class Rect:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    def _get_perim(self):
        return 2 * (self.w + self.h)

    perimeter = property(_get_perim)


r = Rect(3, 4)
print(r.area, r.perimeter)
r.w = 10
print(r.area, r.perimeter)
print(type(Rect.area).__name__, isinstance(Rect.__dict__["area"], property))


class Sub(Rect):
    @property
    def area(self):
        return super().area * 2


print(Sub(2, 3).area)
