# Infinite generators driven by manual next(), generator pipelines, primes.
def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def take(n, it):
    out = []
    for _ in range(n):
        out.append(next(it))
    return out


def filtered(pred, it):
    for x in it:
        if pred(x):
            yield x


def mapped(fn, it):
    for x in it:
        yield fn(x)


def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n


print(take(10, naturals()))
print(take(5, filtered(lambda x: x % 7 == 0, naturals())))
print(take(6, mapped(lambda x: x * x, filtered(lambda x: x % 2, naturals()))))
print(take(15, primes()))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(12)])
print(next(f), next(f))


def running_total(it):
    total = 0
    for x in it:
        total += x
        yield total


print(take(8, running_total(naturals())))


def cycle(seq):
    while True:
        for x in seq:
            yield x


c = cycle("abc")
print("".join(next(c) for _ in range(10)))


def window(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield tuple(buf)


w = window(naturals(), 3)
print(take(4, w))


def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1


print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
first_big = next(x for x in fib() if x > 1000)
print(first_big)
