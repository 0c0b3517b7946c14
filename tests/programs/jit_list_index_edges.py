# List indexing in hot loops: every case the traced fast path must leave to the
# interpreter (negative indices, the sign of an index changing, out of range,
# a list that grows or shrinks, a non-list, aliasing, a list subclass).


def sum_from_end(xs, n):
    t = 0
    for i in range(1, n + 1):
        t += xs[-i]
    return t


def sign_flips(xs):
    # The index is non-negative for the first half of the run, negative after.
    t = 0
    for i in range(-len(xs) // 2, len(xs) // 2):
        t = t * 3 + xs[i - len(xs) // 2 if i >= 0 else i + len(xs) // 2] % 7
        t %= 1000003
    return t


def out_of_range(xs, n):
    t = 0
    try:
        for i in range(n):
            t += xs[i]
    except IndexError as e:
        print("IndexError at", t, e)
    try:
        for i in range(n):
            xs[i] = i
    except IndexError as e:
        print("IndexError store", e)
    return xs[-3:]


def grows_inside(xs, n):
    # The length changes every iteration; the bound must be re-read.
    t = 0
    for i in range(n):
        xs.append(i)
        t += xs[i % len(xs)] + xs[len(xs) - 1]
        if len(xs) > 40:
            xs.pop()
            xs.pop()
    return t, len(xs)


def shrinks_inside(xs):
    t = 0
    i = 0
    while i < len(xs):
        t += xs[i]
        if xs[i] % 5 == 0:
            xs.pop()
        i += 1
    return t, len(xs)


def aliased(a, b, n):
    # a and b are the same list: a store through one is seen through the other.
    for i in range(n):
        a[0] = a[0] + 1
        b[1] = b[0] * 2
        a[2] = b[1] - a[0]
    return a[:3], b[:3]


def store_then_load(xs, n):
    t = 0
    for i in range(n):
        xs[i % 4] = i
        t += xs[i % 4] + xs[(i + 1) % 4]
    return t


def mixed_containers(seqs):
    t = 0
    for s in seqs:
        for i in range(3):
            t += s[i]
    return t


class Doubling(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 2


def subclass(xs, n):
    t = 0
    for i in range(n):
        t += xs[i % len(xs)]
    return t


def replaced_mid_loop(n):
    data = [1, 2, 3, 4]
    t = 0
    for i in range(n):
        t += data[i % 4]
        if i == n // 2:
            data = (10, 20, 30, 40)
        if i == 3 * n // 4:
            data = "abcd" if False else [100, 200, 300, 400]
    return t


def grid(n):
    g = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            g[i][j] = i * j
    for i in range(n):
        for j in range(n):
            g[j][i] += g[i][j] % 3
    return sum(sum(r) for r in g)


print(sum_from_end(list(range(100)), 100))
print(sign_flips(list(range(0, 400, 3))))
print(out_of_range(list(range(50)), 80))
print(grows_inside([], 300))
print(shrinks_inside(list(range(1, 200))))
shared = [1, 2, 3, 4]
print(aliased(shared, shared, 300))
print(store_then_load([0, 0, 0, 0], 500))
print(mixed_containers([[1, 2, 3], (4, 5, 6), [7, 8, 9], range(3), "abc" and [1, 1, 1]] * 40))
print(subclass(Doubling([1, 2, 3]), 300))
print(subclass([1, 2, 3], 300))
print(replaced_mid_loop(400))
print(grid(30))
bools = [True] * 1000
for k in range(2, 1000):
    if bools[k]:
        for m in range(k * k, 1000, k):
            bools[m] = False
print(sum(1 for b in bools[2:] if b))
try:
    xs = [1, 2, 3]
    for i in range(10):
        xs[i - 20] = 0
except IndexError as e:
    print("negative store:", e)
