# namedtuple classes as real tuple subclasses with their own class name
from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(Point, Point.__name__, Point.__qualname__, Point.__module__, type(p).__name__)
print(isinstance(p, tuple), issubclass(Point, tuple), Point.__mro__)
print("%s-%s" % p, "{}+{}".format(*p), str(p))
for stmt in ["p.z", "p.x = 5", "p.z = 5", "del p.x"]:
    try:
        if stmt == "p.z":
            p.z
        elif stmt == "p.x = 5":
            p.x = 5
        elif stmt == "p.z = 5":
            p.z = 5
        else:
            del p.x
    except AttributeError as e:
        print(stmt, "->", "AttributeError:", e)
print(p, p.x)
