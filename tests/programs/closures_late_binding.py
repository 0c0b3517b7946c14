# Closures: late binding of loop variables, default-argument capture, closures created in loops and nested functions.
funcs = []
for i in range(4):
    def f():
        return i * 10
    funcs.append(f)
print([g() for g in funcs])
i = 99
print([g() for g in funcs])

captured = []
for i in range(4):
    def f(i=i):
        return i * 10
    captured.append(f)
print([g() for g in captured])

def make_all():
    out = []
    for j in range(3):
        out.append(lambda: j)
    j = "changed"
    return out
print([g() for g in make_all()])

def make_each():
    out = []
    for j in range(3):
        def factory(k):
            return lambda: k
        out.append(factory(j))
    return out
print([g() for g in make_each()])

def while_closures():
    fs = []
    n = 0
    while n < 3:
        fs.append(lambda: n)
        n += 1
    return [f() for f in fs]
print(while_closures())

def nested_loops():
    fs = []
    for a in range(2):
        for b in range(2):
            fs.append(lambda a=a: (a, b))
    return [f() for f in fs]
print(nested_loops())

def counter_factory():
    counters = []
    for start in (0, 100):
        def mk(s):
            v = s
            def inc():
                nonlocal v
                v += 1
                return v
            return inc
        counters.append(mk(start))
    return counters
ca, cb = counter_factory()
print(ca(), ca(), cb(), ca(), cb())

fs = [lambda x: x + k for k in range(3)]
print([f(0) for f in fs])
fs2 = [(lambda k: lambda x: x + k)(k) for k in range(3)]
print([f(0) for f in fs2])
