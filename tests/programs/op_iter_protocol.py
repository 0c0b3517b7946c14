# Iterator protocol: __iter__ returning self or a separate iterator, __next__, StopIteration.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        return CountdownIter(self.start)


class CountdownIter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


c = Countdown(3)
print(list(c), list(c))
for x in c:
    for y in c:
        print(x, y, end="; ")
print()
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")


class Fib:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration()
        r = self.a
        self.a, self.b = self.b, self.a + self.b
        return r


f = Fib(100)
print(list(f))
print(list(f))
print(sum(Fib(1000)), max(Fib(50)), sorted(Fib(20), reverse=True))
print(dict(zip("abcde", Fib(10))))
print(list(enumerate(Fib(5))))
print(tuple(map(lambda v: v * 2, Fib(13))))
print(3 in Fib(10), 4 in Fib(10))


class Pairs:
    def __init__(self, d):
        self.d = d

    def __iter__(self):
        for k in sorted(self.d):
            yield k, self.d[k]


for k, v in Pairs({"b": 2, "a": 1, "c": 3}):
    print(k, v)
print(dict(Pairs({"z": 0, "y": 9})))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)


class NotIter:
    pass


try:
    for _ in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)
