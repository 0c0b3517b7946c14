from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(11, y=22)
print(p, p.x, p.y, p[0], p[1], p[-1], len(p), list(p))
x, y = p
print(x + y, p == (11, 22), (11, 22) == p, p != Point(1, 2), hash(p) == hash((11, 22)))
print(p._asdict(), p._replace(x=100), p, Point._make([5, 6]), Point._make(range(2)))
print(Point._fields, Point._field_defaults, Point.__doc__, Point.x.__doc__)
print(Point(**{"x": 1, "y": 2}), 11 in p, p.count(11), p.index(22), p[:1])
print(sorted([Point(3, 1), Point(1, 2), Point(1, 1)]), max(Point(1, 5), Point(2, 0)))
print(Point(1, 2) < Point(1, 3), Point(2, 0) > (1, 9), tuple(p), p + (1,))

Color = namedtuple("Color", "red green blue", defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults, Color(red=5, blue=7))
Emp = namedtuple("Emp", "name, age, title")
e = Emp("ann", 30, "dev")
print(e, e._replace(age=31, title="lead"))
Single = namedtuple("Single", "only")
print(Single(1), Single.__doc__, Single._make(["z"]))
Empty = namedtuple("Empty", "")
print(Empty(), len(Empty()), Empty._fields)
R = namedtuple("R", ["abc", "def", "_x", "abc", "1y"], rename=True)
print(R._fields, R(1, 2, 3, 4, 5))


class Vec(namedtuple("Vec", "x y")):
    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)


v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), v._replace(y=0), Vec._make([9, 9]), v._asdict())

people = [Emp("bob", 25, "qa"), Emp("amy", 35, "dev"), Emp("cal", 30, "ops")]
print([pp.name for pp in sorted(people, key=lambda pp: pp.age)])
print({pp.name: pp.title for pp in people})
Pair = namedtuple("Pair", "left right")
print(dict([Pair("k", "v")]), [Pair(*t) for t in zip("ab", "cd")])

bad = [
    lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
    lambda: Point(), lambda: Color(), lambda: Color(1, 2, 3, 4), lambda: Point._make([1]),
    lambda: p._replace(z=3), lambda: namedtuple("1a", "x"), lambda: namedtuple("A", "x class"),
    lambda: namedtuple("A", "x _y"), lambda: namedtuple("A", "x x"),
    lambda: namedtuple("A", "x", defaults=[1, 2]),
    lambda: namedtuple("T", "a b c")(), lambda: namedtuple("T", "a b c")(b=1),
]
for f in bad:
    try:
        f()
    except (TypeError, ValueError, AttributeError) as exc:
        print(type(exc).__name__ + ":", exc)
