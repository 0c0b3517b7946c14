import functools
from functools import (reduce, partial, lru_cache, cache, wraps, update_wrapper,
                       total_ordering, cmp_to_key)
import operator

print(reduce(operator.add, [1, 2, 3, 4]), reduce(lambda a, b: a * b, range(1, 6), 1))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0), reduce(lambda acc, s: acc + s.upper(), "abc", ">"))
print(reduce(lambda a, b: [b] + a, [1, 2, 3], []))


def power(base, exponent, *rest, **opts):
    return base ** exponent, rest, opts


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
print(square(5), cube(2), square(3, exponent=4))
p = partial(power, 2, 10, 99, flag=True)
print(p(), p(1, flag=False, z=0), p.func is power, p.args, p.keywords)
pp = partial(p, 7, extra=1)
print(pp.func is power, pp.args, pp.keywords, pp())
basetwo = partial(int, base=2)
print(basetwo("10010"), list(map(partial(operator.mul, 3), [1, 2, 3])))
print(repr(partial(max, 1, key=abs)).startswith("functools.partial(<built-in function max>, 1, key="))


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())
fib.cache_clear()
print(fib.cache_info(), fib(10), fib.cache_info())


@lru_cache(maxsize=3)
def sq(x):
    print("  computing", x)
    return x * x


for v in [1, 2, 3, 1, 4, 2, 1, 3.0, 3]:
    print(v, sq(v))
print(sq.cache_info(), sq.cache_parameters())


@lru_cache(maxsize=2, typed=True)
def ident(x):
    return x


ident(1)
ident(1.0)
ident(1)
print(ident.cache_info())


@lru_cache
def bare(a, b=0):
    return a + b


print(bare(1), bare(1, b=0), bare(1, 0), bare(a=1), bare.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


nocache(1)
nocache(1)
print(nocache.cache_info())


@cache
def count_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return count_paths(r - 1, c) + count_paths(r, c - 1)


print(count_paths(12, 12), count_paths.cache_info().currsize)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__wrapped__ is not None)


def plain():
    pass


def other():
    pass


update_wrapper(other, plain)
print(other.__name__, other.__wrapped__ is plain)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


a, b = Version(1, 2), Version(1, 10)
print(a < b, a <= b, a > b, a >= b, a == b, a != b, b >= a, a <= a)
print(sorted([Version(2), Version(1, 5), Version(1, 0, 1)]), max(a, b))


@total_ordering
class Rev:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __ge__(self, other):
        return self.v >= other.v


print(Rev(1) < Rev(2), Rev(1) > Rev(2), Rev(2) <= Rev(2), Rev(3) >= Rev(2))


def cmp_len_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(cmp_len_then_alpha)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), min(words, key=cmp_to_key(cmp_len_then_alpha)))
K = cmp_to_key(lambda a, b: a - b)
print(K(1) < K(2), K(2) == K(2), K(3) >= K(4))

for bad in [lambda: reduce(max, []), lambda: reduce(max, 5), lambda: partial(),
            lambda: partial(5), lambda: lru_cache(maxsize="a"),
            lambda: total_ordering(type("NoOrder", (), {})) if False else total_ordering(Exception),
            lambda: hash(K(1))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
