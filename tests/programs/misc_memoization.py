# Memoization with dicts (no functools): explicit caches, decorator caches, class caches.
cache = {}


def fib(n):
    if n in cache:
        return cache[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    cache[n] = r
    return r


print(fib(90), len(cache))


def memoize(fn):
    memo = {}

    def wrapper(*args):
        if args not in memo:
            memo[args] = fn(*args)
        return memo[args]

    wrapper.memo = memo
    return wrapper


@memoize
def grid_paths(r, c):
    if r == 0 or c == 0:
        return 1
    return grid_paths(r - 1, c) + grid_paths(r, c - 1)


print(grid_paths(16, 16), len(grid_paths.memo))


@memoize
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return partitions(n - k, k) + partitions(n, k - 1)


print([partitions(n, n) for n in range(1, 16)])


def edit_distance(a, b):
    memo = {}

    def go(i, j):
        key = (i, j)
        if key in memo:
            return memo[key]
        if i == len(a):
            r = len(b) - j
        elif j == len(b):
            r = len(a) - i
        elif a[i] == b[j]:
            r = go(i + 1, j + 1)
        else:
            r = 1 + min(go(i + 1, j), go(i, j + 1), go(i + 1, j + 1))
        memo[key] = r
        return r

    return go(0, 0)


print(edit_distance("kitten", "sitting"), edit_distance("", "abc"), edit_distance("flaw", "lawn"))


class Collatz:
    lengths = {1: 1}

    @classmethod
    def length(cls, n):
        path = []
        while n not in cls.lengths:
            path.append(n)
            n = n // 2 if n % 2 == 0 else 3 * n + 1
        base = cls.lengths[n]
        for m in reversed(path):
            base += 1
            cls.lengths[m] = base
        return base


best = max(range(1, 3000), key=Collatz.length)
print(best, Collatz.length(best), Collatz.length(27))


def coin_ways(amount, coins):
    ways = {0: 1}
    for coin in coins:
        for a in range(coin, amount + 1):
            ways[a] = ways.get(a, 0) + ways.get(a - coin, 0)
    return ways.get(amount, 0)


print(coin_ways(100, [1, 5, 10, 25, 50]), coin_ways(7, [2, 4]))
