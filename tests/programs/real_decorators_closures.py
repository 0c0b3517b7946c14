import functools, time
def trace(fn):
    depth = [0]
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        pad = "  " * depth[0]
        arg_s = ", ".join([repr(a) for a in args] + [f"{k}={v!r}" for k, v in sorted(kwargs.items())])
        print(f"{pad}-> {fn.__name__}({arg_s})")
        depth[0] += 1
        try:
            r = fn(*args, **kwargs)
        except Exception as e:
            print(f"{pad}!! {type(e).__name__}: {e}")
            raise
        finally:
            depth[0] -= 1
        print(f"{pad}<- {r!r}")
        return r
    return wrapper

@trace
def fact(n, *, acc=1):
    """factorial"""
    if n < 0:
        raise ValueError("negative")
    return acc if n <= 1 else fact(n - 1, acc=acc * n)

print(fact(4), fact.__name__, fact.__doc__, fact.__wrapped__.__name__)
try:
    fact(-1)
except ValueError:
    print("caught")

def memoize(maxsize=None):
    def deco(fn):
        cache = {}
        hits = misses = 0
        def inner(*args):
            nonlocal hits, misses
            if args in cache:
                hits += 1
                return cache[args]
            misses += 1
            r = fn(*args)
            if maxsize is not None and len(cache) >= maxsize:
                cache.pop(next(iter(cache)))
            cache[args] = r
            return r
        inner.stats = lambda: (hits, misses, len(cache))
        return inner
    return deco

@memoize(maxsize=50)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), paths.stats())

@functools.lru_cache(maxsize=None)
def part(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return part(n - k, k) + part(n, k - 1)
print(part(60, 60), part.cache_info())

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.fn = fn
        self.calls = 0
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)

@CountCalls
def greet(name, greeting="hello"):
    return f"{greeting}, {name}!"
print(greet("ann"), greet("bob", greeting="hi"), greet.calls, greet.__name__)

def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
def make_multipliers_late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_multipliers()], [m(10) for m in make_multipliers_late()])

def compose(*fns):
    return functools.reduce(lambda f, g: lambda x: g(f(x)), fns, lambda x: x)
pipeline = compose(str.strip, str.lower, lambda s: s.replace(" ", "_"), len)
print(pipeline("  Hello World Foo  "))

p = functools.partial(int, base=2)
print(p("1011"), p.func.__name__, p.keywords)
add3 = functools.partial(lambda a, b, c: a + b + c, 1, 2)
print(add3(3), add3(c=10))

def accumulator():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    def get():
        return total
    return add, get
add, get = accumulator()
for i in range(5):
    add(i)
print(get(), add.__closure__ is not None, [c.cell_contents for c in add.__closure__], compose.__closure__)

def kwonly(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))
print(kwonly(1, c=3), kwonly(1, 5, 6, 7, c=8, e=9, f=10))
try:
    kwonly(1)
except TypeError as e:
    print(e)
try:
    kwonly(1, 2, c=3, a=4)
except TypeError as e:
    print(e)
def defaults(x, acc=[]):
    acc.append(x)
    return acc
print(defaults(1), defaults(2), defaults(3, []))

class cached_property_demo:
    def __init__(self):
        self.computed = 0
    @functools.cached_property
    def value(self):
        self.computed += 1
        return 42
c = cached_property_demo()
print(c.value, c.value, c.computed)
@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2", "1.2.1", "0.9", "1.10"]]
print(sorted(vs), max(vs), Version("1.2") >= Version("1.1.9"), Version("2") <= Version("1.9"))
print(sorted(["b", "A", "c", "a", "B"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
