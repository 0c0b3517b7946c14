# List reads and writes inside hot loops: negative indexes, out-of-range
# indexes raising inside a trace, list subclasses and tuples in the same slot,
# lists that grow (their buffer moves) while the loop runs.


class L(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 10


def total(xs, n):
    s = 0
    for i in range(n):
        s += xs[i % len(xs)] + xs[-1 - (i % 3)]
    return s


print(total([1, 2, 3, 4, 5], 300))
print(total(L([1, 2, 3, 4, 5]), 300))
print(total((1, 2, 3, 4, 5), 300))

grow = [0]
for i in range(500):
    grow.append(grow[i] + i)
    grow[i] = grow[-1] - grow[i]
print(len(grow), grow[-1], sum(grow))


def write_all(xs):
    for i in range(len(xs)):
        xs[-i - 1] = i * i
    return xs


print(write_all(list(range(100)))[:5])


def out_of_range(xs, n):
    t = 0
    try:
        for i in range(n):
            t += xs[i]
    except IndexError as e:
        print("IndexError", e, t)
    try:
        for i in range(n):
            xs[i] = i
    except IndexError as e:
        print("IndexError", e, xs[-1])
    return t


out_of_range(list(range(200)), 300)
mixed = [1, 2.5, "a", None, [1], 3]
acc = []
for k in range(240):
    acc.append(mixed[k % 6])
print(acc[:8], len(acc))
