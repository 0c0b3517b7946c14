# Generator protocol: send, throw, close, yield from with return values.
def accumulator():
    total = 0
    count = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("  acc got ValueError:", e)
            total = 0
            continue
        except GeneratorExit:
            print("  acc closing with", total, count)
            raise
        if value is None:
            break
        total += value
        count += 1
    return (total, count)

g = accumulator()
print(next(g))
for v in [1, 2, 3]:
    print("send", v, "->", g.send(v))
print("throw ->", g.throw(ValueError("reset")))
print("send 10 ->", g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("StopIteration value:", e.value)

g2 = accumulator()
next(g2)
g2.send(5)
g2.close()
print("closed; next ->", next(g2, "exhausted"))

def delegator():
    result = yield from accumulator()
    print("  delegator got", result)
    yield "after"
    return "done"

d = delegator()
print(next(d), d.send(4), d.send(6))
print(d.send(None))
try:
    next(d)
except StopIteration as e:
    print("delegator return:", e.value)

def chain(*iterables):
    for it in iterables:
        yield from it

print(list(chain([1, 2], "ab", range(3), (x * x for x in range(3)))))

def tree_walk(node, depth=0):
    name, children = node
    yield depth, name
    for c in children:
        yield from tree_walk(c, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b1x", [])])])])
for depth, name in tree_walk(tree):
    print("  " * depth + name)

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

import itertools
print(list(itertools.islice(fib(), 15)))
print(list(itertools.takewhile(lambda x: x < 100, fib())))

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("  finally ran")

w = with_finally()
print(next(w))
w.close()
for x in with_finally():
    print("loop", x)

def raiser():
    yield 1
    raise KeyError("inside gen")

try:
    for x in raiser():
        print("got", x)
except KeyError as e:
    print("caught", repr(e))

def gen_return_in_try():
    try:
        yield "a"
        return "ret"
    finally:
        print("  cleanup")

print(list(gen_return_in_try()))
ge = (i for i in range(3))
print(next(ge), list(ge), list(ge))
try:
    g3 = accumulator()
    g3.throw(TypeError("early"))
except TypeError as e:
    print("early throw propagates:", e)
print(type(fib()).__name__, hasattr(fib(), "send"))

def running():
    yield gr.gi_running
gr = running()
print(next(gr), gr.gi_running)
def inner():
    x = yield 1
    print("  inner received", x)
    return x * 2
def outer():
    r = yield from inner()
    yield r
o = outer()
print(next(o), o.send(21))
