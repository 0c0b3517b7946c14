# __slots__: fixed attributes, AttributeError for others, inheritance.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


p = P(1, 2)
print(p.x, p.y, p.total())
p.x = 10
print(p.total())
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"))
print(P.__slots__)


class Q:
    __slots__ = ["a"]


q = Q()
try:
    print(q.a)
except AttributeError as e:
    print("AttributeError:", e)
q.a = 5
print(q.a)
del q.a
print(hasattr(q, "a"))


class R(P):
    pass


r = R(3, 4)
r.extra = "ok"
print(r.total(), r.extra)


class S(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


s = S(1, 2, 3)
print(s.x, s.y, s.z, s.total() + s.z)
try:
    s.w = 1
except AttributeError as e:
    print("AttributeError:", e)
