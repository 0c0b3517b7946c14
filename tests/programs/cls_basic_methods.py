# Classes: __init__, methods, instance attributes, attributes added later.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def describe(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"


p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1, -2)
print(q.describe(), p.describe())
p.label = "origin-ish"
print(p.label)
print(hasattr(p, "label"), hasattr(q, "label"))
p.x += 10
print(p.describe())
print(type(p).__name__, p.__class__.__name__)
print(Point.__name__)
pts = [Point(i, i * i) for i in range(5)]
print([pt.norm2() for pt in pts])
print(sum(pt.x for pt in pts))


class Empty:
    pass


e = Empty()
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b)
print(sorted(vars(e).items()))
print(e.__dict__)
