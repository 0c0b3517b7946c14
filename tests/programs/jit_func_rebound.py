# JIT: a global function rebound mid-loop (the trace must not keep calling the
# old one), a global bound to a different type, and a closure variable changing.
def f(x):
    return x + 1

def f2(x):
    return x * 2

def f3(x):
    return str(x)

acc = 0
s = ""
for i in range(600):
    if i == 200:
        f = f2
    if i == 400:
        f = f3
    r = f(i)
    if isinstance(r, str):
        s += r[-1]
    else:
        acc += r
    if i % 50 == 0 or i in (199, 200, 201, 399, 400, 401):
        print(i, repr(r), acc, len(s))
print("acc", acc, s[:20])

# a helper calling a global that is rebound from inside the loop body
def helper(v):
    return g(v) + 1

def g(v):
    return v

tot = 0
for i in range(300):
    if i == 100:
        def g(v):
            return -v
    if i == 200:
        g = abs
    tot += helper(i - 150)
    if i % 30 == 0 or i in (99, 100, 199, 200):
        print("h", i, tot)
print("tot", tot)

# closure cell rebound mid-loop
def make():
    k = 1
    def inner(v):
        return v * k
    def setk(n):
        nonlocal k
        k = n
    return inner, setk

inner, setk = make()
t = 0
for i in range(400):
    if i == 100:
        setk(3)
    if i == 250:
        setk(0.5)
    if i == 350:
        setk("ab")
    r = inner(i)
    if isinstance(r, str):
        t += len(r)
    else:
        t += r
    if i % 50 == 0 or i in (100, 250, 350):
        print("cl", i, t)
print("t", t)
