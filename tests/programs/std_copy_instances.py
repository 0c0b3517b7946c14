# copying plain instances needs object.__new__ / __reduce_ex__ and a live __dict__
import copy


class Point:
    def __init__(self, x, y):
        print("init called")
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Line:
    def __init__(self, a, b):
        self.a = a
        self.b = b
        self.tags = ["t"]


p = Point(1, [2])
q = copy.copy(p)
r = copy.deepcopy(p)
p.y.append(3)
print(p, q, r, q.y is p.y, r.y is p.y)
ln = Line(p, p)
lc = copy.deepcopy(ln)
print(lc.a is lc.b, lc.a is p, lc.tags, vars(lc).keys() == vars(ln).keys())


class Slotted:
    __slots__ = ("u", "v")

    def __init__(self):
        self.u = [1]
        self.v = 2


s2 = copy.deepcopy(Slotted())
print(s2.u, s2.v)


class WithState:
    def __init__(self):
        self.secret = 1

    def __getstate__(self):
        return {"secret": self.secret * 10}

    def __setstate__(self, state):
        self.secret = state["secret"] + 1


print(copy.copy(WithState()).secret, copy.deepcopy(WithState()).secret)
