# A method call site that sees several classes in a hot loop: each class's
# method must be the one called, also after a method is replaced on a class,
# an instance attribute shadows the method, or an object's class changes.


class Shape:
    def area(self):
        return 0

    def name(self):
        return "shape"


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def name(self):
        return "rect"


class Tri(Shape):
    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


def total(shapes):
    t = 0
    names = {}
    for sh in shapes:
        t += sh.area()
        n = sh.name()
        names[n] = names.get(n, 0) + 1
    return t, sorted(names.items())


shapes = []
for i in range(300):
    k = i % 4
    if k == 0:
        shapes.append(Square(i % 7))
    elif k == 1:
        shapes.append(Rect(i % 5, i % 3))
    elif k == 2:
        shapes.append(Tri(i % 9, i % 4))
    else:
        shapes.append(Shape())
print(total(shapes))

# Replace a method on one class between runs.
Tri.area = lambda self: -1
print(total(shapes))

# An instance attribute with the method's name shadows it.
shapes[5].area = lambda: 1000
print(total(shapes))

# Change an object's class.
shapes[8].__class__ = Square
shapes[8].s = 3
print(total(shapes))

# A class gains a method its base had.
Square.name = lambda self: "square"
print(total(shapes))


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1


class Doubler(Counter):
    def bump(self):
        self.n += 2


def drive(objs, rounds):
    for _ in range(rounds):
        for o in objs:
            o.bump()
    return [o.n for o in objs]


print(drive([Counter(), Doubler(), Counter(), Doubler()], 200))
