# Lambda closures: capture by reference, default-arg capture, closures returning closures.
def make_adders():
    return [lambda x, i=i: x + i for i in range(4)]


print([f(10) for f in make_adders()])
late = [lambda x: x + i for i in range(4)]
print([f(10) for f in late])


def counter(start=0, step=1):
    n = start

    def inc():
        nonlocal n
        n += step
        return n

    def get():
        return n

    return inc, get


inc, get = counter(5, 2)
print(inc(), inc(), get())
inc2, get2 = counter()
print(inc2(), get(), get2())
compose = lambda f, g: lambda x: f(g(x))
square = lambda x: x * x
plus1 = lambda x: x + 1
print(compose(square, plus1)(3), compose(plus1, square)(3))
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([ops[o](6, 3) for o in "+-*"])
key_fns = [lambda s: len(s), lambda s: s[-1], lambda s: s.lower()]
words = ["Banana", "kiwi", "apple", "Fig"]
for kf in key_fns:
    print(sorted(words, key=kf))


def make_multipliers():
    result = []
    for factor in (2, 3):
        def mul(x, factor=factor):
            return x * factor
        result.append(mul)
    return result


print([m(5) for m in make_multipliers()])
x = 1
get_x = lambda: x
x = 2
print(get_x())


def outer():
    v = "outer"

    def middle():
        def inner():
            return v
        return inner

    v = "changed"
    return middle()()


print(outer())
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print((lambda *a, **k: (a, sorted(k)))(1, 2, z=3, y=4))
print((lambda a, b=2, *, c=3: a + b + c)(1, c=10))
print(list(filter(lambda v: v % 3 == 0, range(10))), list(map(lambda a, b: a * b, [1, 2], [3, 4])))
