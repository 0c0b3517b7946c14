# __enter__/__exit__: return values, exception info, suppression, nesting order.
class Tag:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "clean")
        else:
            print("exit", self.name, exc_type.__name__, exc)
        return self.suppress


with Tag("a") as v:
    print("body", v)

with Tag("outer") as o, Tag("inner") as i:
    print("both", o, i)

with Tag("s", suppress=True):
    print("before")
    raise ValueError("swallowed")
    print("not reached")
print("after suppressed")

try:
    with Tag("n"):
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))

try:
    with Tag("x", True):
        with Tag("y"):
            1 / 0
    print("outer suppressed it")
except ZeroDivisionError:
    print("never")


def f():
    with Tag("in-func"):
        return "returned"
    print("unreachable")


print(f())

for n in range(3):
    with Tag("loop" + str(n)):
        if n == 1:
            continue
        if n == 2:
            break
        print("loop body", n)


class Resource:
    opened = 0

    def __enter__(self):
        Resource.opened += 1
        return self

    def __exit__(self, *args):
        Resource.opened -= 1
        print("args to exit:", [a is None for a in args])


with Resource() as r:
    print(isinstance(r, Resource), Resource.opened)
print(Resource.opened)


class NoSuppressTruthy:
    def __enter__(self):
        return None

    def __exit__(self, t, v, tb):
        return 0


try:
    with NoSuppressTruthy() as nothing:
        print(nothing)
        raise RuntimeError("propagates")
except RuntimeError as e:
    print("RuntimeError:", e)
