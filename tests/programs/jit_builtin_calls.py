# range(), iter() over built-in containers, list.append and list.pop inside
# traced loops and traced functions, with the cases that must leave the trace.


def ranges(n):
    total = 0
    for k in range(n):
        for i in range(k):
            total += i
        for i in range(k, 0, -1):
            total -= i
        for i in range(1, k, 3):
            total += i * 2
    return total


print("ranges", ranges(30), ranges(5))


def zero_step(steps):
    out = []
    for s in steps:
        try:
            out.append(len(range(0, 10, s)))
        except ValueError as e:
            out.append(str(e))
    return out


print("zero step", zero_step([1, 2, -1, 0, 3, 0, 5] * 3))
big = 2**60
print("big", [len(range(big, big + n)) for n in range(8)])


def iterate(things):
    counts = []
    for t in things:
        c = 0
        for x in t:
            c += 1
        counts.append(c)
    return counts


data = [[1, 2, 3], (4, 5), "abc", {1: 2, 3: 4}, {7, 8, 9, 10}, frozenset([1]), range(6), [None]]
print("iterate", iterate(data * 20)[:10])


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


print("user iter", iterate([[1], Countdown(3), (1, 2), Countdown(2)] * 30)[:8])


def stack_ops(n):
    stack = []
    popped = 0
    for i in range(n):
        stack.append(i)
        if i % 3 == 2:
            popped += stack.pop()
    while stack:
        popped += stack.pop()
    return popped, stack


print("stack", stack_ops(1000))


def pop_until_error(items):
    got = []
    try:
        while True:
            got.append(items.pop())
    except IndexError as e:
        return got[:3], str(e)


print("pop error", [pop_until_error(list(range(k))) for k in (0, 1, 5)])
for i in range(100):
    pop_until_error([1, 2])


class MyList(list):
    def append(self, x):
        super().append(x * 10)


def fill(target, n):
    for i in range(n):
        target.append(i)
    return target


print("subclass", fill(MyList(), 5), fill([], 5))
for i in range(60):
    fill([], 3)
    fill(MyList(), 3)
print("after", fill(MyList(), 4), fill([], 4))

# list.append replaced on a list is not possible, but the name can be rebound.
appender = [].append
print("bound", [appender(i) for i in range(3)])


def recurse(depth, acc):
    if depth == 0:
        return acc
    acc.append(depth)
    r = recurse(depth - 1, acc)
    acc.pop()
    return r + [depth]


print("recurse", recurse(6, []), recurse(3, [9]))
