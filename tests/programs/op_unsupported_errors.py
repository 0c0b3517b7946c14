# Error messages for unsupported operand types between user classes and builtins.
class Foo:
    pass


class Bar:
    pass


cases = [
    lambda: Foo() + Bar(),
    lambda: Foo() - 1,
    lambda: 2 * Foo(),
    lambda: Foo() / Foo(),
    lambda: Foo() // 3,
    lambda: Foo() % "s",
    lambda: Foo() ** 2,
    lambda: Foo() & Bar(),
    lambda: Foo() | 1,
    lambda: Foo() ^ 1,
    lambda: Foo() << 1,
    lambda: Foo() >> 1,
    lambda: -Foo(),
    lambda: +Foo(),
    lambda: ~Foo(),
    lambda: abs(Foo()),
    lambda: Foo() < Bar(),
    lambda: Foo() <= 1,
    lambda: 1 > Foo(),
    lambda: "a" >= Foo(),
    lambda: len(Foo()),
    lambda: Foo()[0],
    lambda: Foo()(),
    lambda: 1 in Foo(),
    lambda: [1] + Foo(),
    lambda: "x" + Foo(),
]
for i, case in enumerate(cases):
    try:
        case()
        print(i, "no error")
    except TypeError as e:
        print(i, "TypeError:", e)


def setitem():
    f = Foo()
    f[0] = 1


def delitem():
    f = Foo()
    del f[0]


def augadd():
    f = Foo()
    f += 1


for fn in (setitem, delitem, augadd):
    try:
        fn()
    except TypeError as e:
        print(fn.__name__, "TypeError:", e)
print(Foo() == Bar(), Foo() != Bar())
