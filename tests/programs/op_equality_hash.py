# __eq__ / __ne__ / __hash__: dict keys, set members, default identity equality.
class Key:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        if not isinstance(other, Key):
            return NotImplemented
        return (self.a, self.b) == (other.a, other.b)

    def __hash__(self):
        return hash((self.a, self.b))

    def __repr__(self):
        return "Key(%d, %d)" % (self.a, self.b)


k1 = Key(1, 2)
k2 = Key(1, 2)
k3 = Key(2, 1)
print(k1 == k2, k1 != k2, k1 == k3, k1 != k3, k1 is k2)
print(k1 == (1, 2), k1 != "x")
d = {k1: "first"}
d[k2] = "second"
d[k3] = "third"
print(len(d), d[Key(1, 2)], d[Key(2, 1)])
print(d)
s = {Key(i % 3, 0) for i in range(10)}
print(len(s), Key(2, 0) in s, Key(5, 0) in s)
print(k1 in [k3, k2], [k1, k3].index(Key(2, 1)), [k1, k2, k3].count(k1))


class Plain:
    pass


p1 = Plain()
p2 = Plain()
print(p1 == p1, p1 == p2, p1 != p2)
dd = {p1: 1, p2: 2}
print(dd[p1], dd[p2], len(dd))


class EqNoHash:
    def __eq__(self, other):
        return True


try:
    {EqNoHash(): 1}
except TypeError as e:
    print("TypeError:", e)
try:
    hash(EqNoHash())
except TypeError as e:
    print("TypeError:", e)


class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v


print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))


class IntLike:
    def __init__(self, v):
        self.v = v

    def __hash__(self):
        return self.v

    def __eq__(self, other):
        return self.v == other


print(hash(IntLike(42)), {IntLike(3): "x"}[3] if 3 in {IntLike(3): "x"} else "no")
print(sorted({IntLike(5).v, IntLike(1).v, 3}))
