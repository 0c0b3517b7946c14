# Expressions: conditional expressions (nested, lazy) and lambdas (defaults, closures, immediate calls, in sort keys).
x = 5
print("big" if x > 3 else "small", "big" if x > 10 else "small")
print(1 if True else 2 if False else 3, 1 if False else 2 if False else 3, (1 if False else 2) if True else 3)
def boom():
    raise ValueError("should not be evaluated")
print("ok" if True else boom(), boom() if False else "fine")
sign = lambda n: -1 if n < 0 else (1 if n > 0 else 0)
print([sign(n) for n in [-5, 0, 7]])
add = lambda a, b=10: a + b
print(add(1), add(1, 2), add(b=3, a=4))
print((lambda: "no args")())
print((lambda *a: a)(1, 2, 3), (lambda **k: sorted(k.items()))(z=1, y=2))
print((lambda a, *, b: a - b)(10, b=3))
compose = lambda f, g: lambda v: f(g(v))
inc = lambda v: v + 1
dbl = lambda v: v * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1], reverse=True))
print(sorted(pairs, key=lambda p: -p[0]))
print(list(map(lambda v: v * v, range(5))), list(filter(lambda v: v % 2, range(10))))
adders = [lambda v, i=i: v + i for i in range(3)]
print([f(10) for f in adders])
late = [lambda v: v + i for i in range(3)]
print([f(10) for f in late])
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10), fact(25))
