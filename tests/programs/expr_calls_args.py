# Expressions: calls with positional, keyword, default, *args, **kwargs, star and double-star unpacking.
def f(a, b, c=3, *args, d=4, e, **kw):
    return (a, b, c, args, d, e, sorted(kw.items()))

print(f(1, 2, e=5))
print(f(1, 2, 30, 40, 50, e=5, z=6, y=7))
print(f(*[1, 2], e=0))
print(f(*(1, 2, 3, 4), *[5], e=6, d=7))
print(f(1, *[2], 3, *(), e=9))
print(f(**{"a": 1, "b": 2, "e": 3}))
print(f(1, **{"b": 2}, e=3, **{"q": 4}))
print(f(b=2, a=1, e=3, c=0))

def g(x, y=[], z=None):
    y.append(x)
    return y, z

print(g(1), g(2), g(3, [0]), g(4, z="zz"))

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print(total(), total(1), total(1, 2, 3), total(*range(101)))

def kw_only(*, key, flag=False):
    return key, flag

print(kw_only(key=1), kw_only(flag=True, key="k"))

def show(**kwargs):
    return list(kwargs.keys()), list(kwargs.values())

print(show(), show(b=1, a=2, c=3), show(**{"x": 1}, y=2))
args = (1, 2)
kwargs = {"e": 5}
print(f(*args, **kwargs))

errors = [
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, 2, e=3, a=4),
    lambda: kw_only(1),
    lambda: kw_only(),
    lambda: kw_only(key=1, other=2),
    lambda: g(),
    lambda: g(1, 2, 3, 4),
    lambda: total(x=1),
]
for thunk in errors:
    try:
        print(thunk())
    except TypeError as e:
        print("TypeError", e)

def order(a, b, c):
    return a * 100 + b * 10 + c

print(order(1, 2, 3), order(c=1, b=2, a=3), order(1, c=2, b=3), order(*"", *[1, 2], *(3,)))
print(max(*[3, 9, 2]), min(*(4, 1), 7), print is print)
