# Decorators with arguments, stacked decorators, class decorators, decorator state.
def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco


def tag(name):
    def deco(fn):
        def wrapper(*args):
            return "<" + name + ">" + fn(*args) + "</" + name + ">"
        return wrapper
    return deco


calls = []


def logged(prefix="LOG"):
    def deco(fn):
        def wrapper(*args, **kwargs):
            calls.append(prefix + ":" + fn.__name__ + str(args))
            return fn(*args, **kwargs)
        return wrapper
    return deco


@repeat(3)
def hello(name):
    return "hi " + name


@tag("b")
@tag("i")
def text(s):
    return s.upper()


@logged()
def add(a, b):
    return a + b


@logged(prefix="DBG")
def neg(a):
    return -a


print(hello("x"), hello.__name__)
print(text("bold italic"))
print(add(1, 2), neg(5), add(3, 4))
print(calls)


def count_calls(fn):
    def wrapper(*args):
        wrapper.calls += 1
        return fn(*args)
    wrapper.calls = 0
    return wrapper


@count_calls
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(10), fib.calls)

registry = {}


def register(key):
    def deco(obj):
        registry[key] = obj
        return obj
    return deco


@register("sq")
def sq(x):
    return x * x


@register("cls")
class Thing:
    def __init__(self, v):
        self.v = v


print(sorted(registry), registry["sq"](7), registry["cls"](3).v, Thing is registry["cls"])


def add_method(cls):
    cls.extra = lambda self: "extra from " + type(self).__name__
    return cls


@add_method
class Host:
    pass


print(Host().extra())


class Validate:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __call__(self, fn):
        def wrapper(x):
            if not (self.lo <= x <= self.hi):
                raise ValueError("%d out of [%d, %d]" % (x, self.lo, self.hi))
            return fn(x)
        return wrapper


@Validate(0, 10)
def half(x):
    return x / 2


print(half(4))
try:
    half(11)
except ValueError as e:
    print("ValueError:", e)


def deco_factory_order(label):
    print("factory", label)

    def deco(fn):
        print("decorating", fn.__name__, "with", label)
        return fn
    return deco


@deco_factory_order("outer")
@deco_factory_order("inner")
def target():
    return "target"


print(target())
