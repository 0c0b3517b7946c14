# hasattr / getattr (with default) / setattr / delattr on instances and classes.
class Box:
    color = "blue"

    def __init__(self):
        self.w = 2
        self.h = 3

    def area(self):
        return self.w * self.h


b = Box()
print(getattr(b, "w"), getattr(b, "color"), getattr(b, "depth", "none"))
print(hasattr(b, "area"), hasattr(b, "depth"), hasattr(Box, "w"), hasattr(Box, "color"))
setattr(b, "depth", 7)
print(b.depth, getattr(b, "depth", 0))
name = "h"
setattr(b, name, getattr(b, name) * 10)
print(b.h, b.area())
delattr(b, "depth")
print(hasattr(b, "depth"))
try:
    delattr(b, "depth")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(b, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    Box.nothing
except AttributeError as e:
    print("AttributeError:", e)
setattr(Box, "color", "green")
print(b.color, Box().color)
m = getattr(b, "area")
print(m())
for attr in ["w", "h", "color", "zz"]:
    print(attr, getattr(b, attr, None))
del b.w
try:
    b.area()
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(Box, "area")(Box()))
