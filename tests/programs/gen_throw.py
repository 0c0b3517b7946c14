# Generator throw(): handled inside, unhandled, after exhaustion, through yield from.
def thrower():
    try:
        yield 1
    except RuntimeError as e:
        print("got thrown", e)
        yield 2
    yield 3


t = thrower()
print(next(t))
print(t.throw(RuntimeError("injected")))
print(next(t))
try:
    next(t)
except StopIteration:
    print("done")


def unhandled():
    yield 1
    yield 2


u = unhandled()
next(u)
try:
    u.throw(ValueError("not caught"))
except ValueError as e:
    print("propagated:", e)
print(next(u, "finished after throw"))


def fresh():
    print("never starts")
    yield 1


f = fresh()
try:
    f.throw(KeyError("before start"))
except KeyError as e:
    print("KeyError before start:", e)


def inner():
    try:
        yield "inner 1"
    except IndexError:
        yield "inner handled"
    return "inner result"


def outer():
    r = yield from inner()
    yield "outer got " + r


o = outer()
print(next(o))
print(o.throw(IndexError("to inner")))
print(next(o))


def closer():
    try:
        yield 1
    except GeneratorExit:
        print("GeneratorExit seen")
        raise


c = closer()
next(c)
c.close()
print("closed")
