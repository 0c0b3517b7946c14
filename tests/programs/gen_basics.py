# Generators: yield, lazy evaluation order, next(), exhaustion, for/list/sum.
def numbers(n):
    print("start")
    for i in range(n):
        print("yielding", i)
        yield i
    print("end")


g = numbers(3)
print("created", type(g).__name__)
print(next(g))
print(next(g))
print(list(g))
print(list(g))
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.args)


def squares(n):
    for i in range(n):
        yield i * i


print(sum(squares(10)), max(squares(5)), list(squares(4)), sorted(squares(4), reverse=True))
print(tuple(squares(3)), set(squares(4)) == {0, 1, 4, 9}, dict(enumerate(squares(3))))
print(any(x > 10 for x in squares(5)), all(x < 100 for x in squares(10)))


def gen_with_state():
    total = 0
    while True:
        total += 1
        if total > 4:
            return
        yield total


print([v for v in gen_with_state()])
a = squares(3)
b = squares(3)
print(list(zip(a, b)))
print(iter(a) is a)


def empty():
    return
    yield


print(list(empty()), sum(empty()))


def mixed():
    yield 1
    yield "two"
    yield [3]
    yield None


for item in mixed():
    print(repr(item))
x, y, z, w = mixed()
print(x, y, z, w)
print(*mixed())
