import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 8), operator.neg(5), operator.pos(-5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.inv(5), operator.invert(0))
print(operator.lshift(1, 10), operator.rshift(1024, 3), operator.abs(-7))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne(1, 2), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_(0), operator.truth([]), operator.truth([0]), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2, 3]), operator.concat("ab", "cd"), operator.contains([1, 2], 2))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("abc", "c"), operator.index(7))
l = [1, 2, 3]
operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.getitem(l, -1))
print(operator.getitem([0, 1, 2, 3, 4], slice(1, 4)))
print(operator.length_hint([1, 2, 3]), operator.length_hint(5, 7))
x = [1]
y = operator.iadd(x, [2])
print(x, y, x is y, operator.iadd(1, 2), operator.imul("ab", 3), operator.isub(5, 1))
print(operator.ior({1}, {2}), operator.iand(6, 3), operator.ixor(6, 3), operator.ilshift(1, 3), operator.irshift(16, 2))
print(operator.ifloordiv(7, 2), operator.imod(7, 2), operator.ipow(3, 3), operator.itruediv(1, 4), operator.iconcat([1], (2,)))
print(operator.call(max, 3, 9, 2))

records = [("bob", 30, "nyc"), ("alice", 25, "sf"), ("carol", 35, "la")]
print(sorted(records, key=itemgetter(1)))
print(list(map(itemgetter(0, 2), records)))
print(itemgetter("k")({"k": "v"}), itemgetter(slice(None, 2))("hello"))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")))


class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punct="!"):
        return greeting + ", " + self.name + punct


p = P("ann", P("ben"))
print(attrgetter("name")(p), attrgetter("child.name")(p), attrgetter("name", "child.name")(p))
print(repr(attrgetter("a.b")), repr(attrgetter("x", "y")))
print(methodcaller("greet", "hi")(p), methodcaller("greet", "yo", punct="?")(p))
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b,c"))
print(repr(methodcaller("f", 1, k=2)), repr(methodcaller("g")))
ps = [P("zed"), P("amy"), P("kim")]
print([q.name for q in sorted(ps, key=attrgetter("name"))])

for bad in [lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(),
            lambda: methodcaller(5), lambda: operator.indexOf([1, 2], 3),
            lambda: operator.concat(1, 2), lambda: attrgetter("nope")(p),
            lambda: itemgetter(5)([1]), lambda: operator.index(2.5)]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
