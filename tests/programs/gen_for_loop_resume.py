# Generators driven by for loops: values, exhaustion, errors raised inside
# them, StopIteration leaking out, re-entrance, and mixing next()/send() with
# for-loop resumption.


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def pipeline(n):
    for x in count(n):
        if x % 2:
            yield x * 10


print([v for v in pipeline(7)], sum(pipeline(7)))

total = 0
for a in count(3):
    for b in count(a + 1):
        total += a * 10 + b
print(total)

# Break out, then continue the same generator with next() and another loop.
g = count(6)
for v in g:
    if v == 2:
        break
print(v, next(g))
for v in g:
    print("rest", v)
print(next(g, "exhausted"))


def failing(n):
    for i in range(n):
        yield i
    raise KeyError("boom")


try:
    for v in failing(2):
        print("got", v)
except KeyError as e:
    print("caught", repr(e))


def leaks_stop():
    yield 1
    raise StopIteration("leak")


try:
    for v in leaks_stop():
        print("got", v)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__, e.__context__ is not None)


def reenter():
    for v in gen:
        yield v


gen = reenter()
try:
    for v in gen:
        pass
except ValueError as e:
    print("ValueError:", e)


def handles_inside():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")


for v in handles_inside():
    print("h", v)


def catches(n):
    for i in range(n):
        try:
            if i == 1:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield "handled %s" % e


print(list(catches(3)), [x for x in catches(3)])


def echo():
    got = yield "first"
    while True:
        got = yield "echo %s" % got


e = echo()
print(next(e), e.send("a"))
for i, v in zip(range(2), e):
    print(i, v)
print(e.send("b"))


def deep(n):
    if n == 0:
        yield "bottom"
        return
    for v in deep(n - 1):
        yield v + "."


print(list(deep(30))[0][-5:], len(list(deep(30))[0]))


def exc_in_body():
    for v in count(3):
        yield v


def consume():
    out = []
    for v in exc_in_body():
        out.append(v)
        if v == 1:
            try:
                raise IndexError("in loop body")
            except IndexError as err:
                out.append(str(err))
    return out


print(consume())

r = []
for x in (y * 2 for y in count(4)):
    r.append(x)
print(r, list(count(0)))


def returns_value():
    yield 1
    return 42


def delegator():
    v = yield from returns_value()
    yield v


print(list(delegator()))

def genfail():
    yield 1
    1 / 0


def outer():
    for v in genfail():
        yield v


try:
    for v in outer():
        print("outer", v)
except ZeroDivisionError as err:
    print("ZeroDivisionError:", err)
