# yield from: delegation, return values from subgenerators, nesting.
def inner(n):
    for i in range(n):
        yield i
    return "inner done with " + str(n)


def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    yield from [10, 20]
    yield from "ab"
    yield from (x * x for x in range(3))
    return "outer done"


print(list(outer()))
g = outer()
try:
    while True:
        print("got", next(g))
except StopIteration as e:
    print("StopIteration value:", e.value)


def flatten(items):
    for x in items:
        if isinstance(x, list):
            yield from flatten(x)
        else:
            yield x


print(list(flatten([1, [2, [3, [4, [5]]]], 6, [], [[7, 8]]])))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], (3,), range(4, 6), {7: "x"})))


def tree(depth, prefix=""):
    if depth == 0:
        return 1
    count = 0
    for branch in "LR":
        yield prefix + branch
        count += yield from tree(depth - 1, prefix + branch)
    return count + 1


t = tree(2)
nodes = []
try:
    while True:
        nodes.append(next(t))
except StopIteration as e:
    print(nodes, "count", e.value)


def gen_return_value():
    yield 1
    return 42


g2 = gen_return_value()
print(next(g2))
try:
    next(g2)
except StopIteration as e:
    print("value", e.value, "args", e.args)


def no_return():
    yield 1


g3 = no_return()
next(g3)
try:
    next(g3)
except StopIteration as e:
    print("value", e.value, "args", e.args)
