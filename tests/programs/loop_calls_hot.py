# Loops: hot loops calling small functions, closures and lambdas; globals mutated from inside called functions.
def sq(x):
    return x * x
def add3(a, b, c=0):
    return a + b + c
counter = 0
def tick():
    global counter
    counter += 1
    return counter
total = 0
for i in range(50000):
    total += sq(i) - add3(i, 1, c=i % 3)
    if i % 10000 == 0:
        tick()
print(total, counter)
def make_scaler(k):
    return lambda v: v * k
scalers = [make_scaler(k) for k in range(1, 6)]
acc = 0
for i in range(20000):
    acc += scalers[i % 5](i)
print(acc)
limit = 10
def below_limit(v):
    return v < limit
hits = 0
for i in range(30000):
    if i == 15000:
        limit = 20
    if below_limit(i % 40):
        hits += 1
print(hits)
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
s = 0
for n in range(60):
    s += fact(n) % 1000003
print(s)
def poly(x):
    return 3 * x ** 3 - 2 * x ** 2 + x - 7
vals = []
for x in range(-5, 6):
    vals.append(poly(x))
print(vals)
fx = 0.0
for i in range(10000):
    fx += poly(i / 1000.0)
print(fx)
def maybe_fail(i):
    if i % 997 == 0 and i > 0:
        raise ValueError(i)
    return i
fails = []
ok_sum = 0
for i in range(5000):
    try:
        ok_sum += maybe_fail(i)
    except ValueError as e:
        fails.append(e.args[0])
print(ok_sum, fails)
dispatch = {"inc": lambda v: v + 1, "dbl": lambda v: v * 2, "neg": lambda v: -v}
v = 1
ops = ["inc", "dbl", "dbl", "neg", "inc"]
for i in range(200):
    v = dispatch[ops[i % 5]](v)
print(v)
