# __str__ vs __repr__: print, str(), repr(), containers use repr, f-string !r/!s.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

    def __repr__(self):
        return "Money(" + repr(self.cents) + ")"


class OnlyRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "<OnlyRepr " + str(self.v) + ">"


class OnlyStr:
    def __str__(self):
        return "only-str"


m = Money(1234)
print(m)
print(str(m), repr(m))
print([m, Money(5)])
print((m,), {"k": m})
print(f"{m} {m!r} {m!s}")
print("%s %r" % (m, m))
print("{} {!r}".format(m, m))
o = OnlyRepr(7)
print(o, str(o), [o])
print(f"{o}")
s = OnlyStr()
print(s, str(s), "%s" % s)
print(str([Money(1), OnlyRepr("x")]))


class Nested:
    def __init__(self, items):
        self.items = items

    def __repr__(self):
        return "Nested(%r)" % (self.items,)


print(Nested([1, "a", Nested(["b"])]))
print(repr(Nested({"x": (1, 2)})))


class Sub(Money):
    def __str__(self):
        return "Sub:" + super().__str__()


print(Sub(99), repr(Sub(99)))
