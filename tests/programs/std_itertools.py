import itertools
from itertools import (count, cycle, repeat, chain, islice, product, permutations,
                       combinations, combinations_with_replacement, accumulate, starmap,
                       zip_longest, takewhile, dropwhile, groupby, compress, filterfalse,
                       tee, pairwise)
import operator

print(list(islice(count(), 5)), list(islice(count(10, 3), 4)), list(islice(count(2.5, 0.5), 3)))
print(list(zip("abc", count(1))), list(islice(count(5, -2), 4)))
c = count(7)
next(c)
print(repr(c), repr(count()), repr(count(5, 2)), repr(count(1.5, 0.5)), repr(count(2, 1.0)))
print(list(islice(cycle("AB"), 7)), list(islice(cycle([1, 2, 3]), 0)), list(cycle([])))
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -2)), list(islice(repeat(7), 3)))
r = repeat("a", 3)
next(r)
print(repr(r), repr(repeat(None)), list(map(pow, range(5), repeat(2))))
print(operator.length_hint(repeat(0, 5)))

print(list(chain("ab", [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(["xy", "z"])))
print(list(chain.from_iterable([[1], [2, 3], []])))
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)))
print(list(islice("ABCDEFG", 0, None, 2)), list(islice(range(10), 1, 8, 3)), list(islice("AB", 5, 1)))
print(list(islice("ABCDEFG", None)), list(islice("ABCDEFG", None, 3, None)))
it = iter(range(10))
print(list(islice(it, 2, 5)), next(it))
it = iter(range(10))
print(list(islice(it, 3, 3)), next(it))

print(list(product("ab", range(2))), list(product([1, 2], repeat=2)))
print(list(product()), list(product([], [1])), len(list(product(range(3), repeat=3))))
print(list(product("ab", "cd", repeat=0)))
print(list(permutations("abc")), list(permutations(range(4), 2)))
print(list(permutations([1, 2], 3)), list(permutations([], 0)), list(permutations([5], 0)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 3)))
print(list(combinations("abc", 0)), list(combinations([], 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([], 2)))
print(list(combinations_with_replacement("ab", 0)), len(list(combinations_with_replacement(range(5), 3))))

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)), list(accumulate([1, 2, 3], initial=100)))
print(list(accumulate([], initial=5)), list(accumulate([])), list(accumulate("abc")))
print(list(accumulate([1, 2], lambda a, b: a * 10 + b, initial=0)))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: sum(a), [(), (1,), (1, 2)])))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1], [2, 3], [])))
print(list(zip_longest()), list(zip_longest("ab")))
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(takewhile(bool, [])), list(dropwhile(bool, [1, 1])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("ABC", [0, 1, 1, 1, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise([])))

for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([k for k, g in groupby("AAAABBBCCD")])
data = [("a", 1), ("a", 2), ("b", 3), ("c", 4), ("c", 5)]
for k, g in groupby(data, key=lambda t: t[0]):
    print(k, [v for _, v in g])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
# groups are invalidated once the outer iterator advances
groups = []
for k, g in groupby("aabbc"):
    groups.append(g)
print([list(g) for g in groups])
gb = groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(list(groupby([])))

a, b = tee([1, 2, 3])
print(next(a), next(a), list(b), list(a))
t = tee(iter("xyz"), 3)
print(len(t), [list(x) for x in t], tee([], 0))
x1, x2 = tee(count())
print(next(x1), next(x1), next(x1), next(x2))
y1, y2 = tee(x1)
print(next(y1), next(y2), next(x2))

# recipes built from the primitives
def take(n, iterable):
    return list(islice(iterable, n))

def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)

def roundrobin(*iterables):
    num_active = len(iterables)
    nexts = cycle((lambda it=iter(i): next(it)) for i in iterables)
    while num_active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num_active -= 1
            nexts = cycle(islice(nexts, num_active))

def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))

def unique_everseen(iterable):
    seen = set()
    for element in filterfalse(lambda e: e in seen, iterable):
        seen.add(element)
        yield element

print(take(4, count(3)), list(grouper("ABCDEFG", 3, "x")), list(roundrobin("ABC", "D", "EF")))
print(list(powerset([1, 2, 3])), list(unique_everseen("AAAABBBCCDAABBB")))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))

bad = [
    lambda: count("a"), lambda: islice([1], -1), lambda: islice([1], 1, -3),
    lambda: islice([1], 1, 3, 0), lambda: islice([1]), lambda: permutations([1], -1),
    lambda: combinations([1], -2), lambda: product([1], repeat=-1), lambda: tee([1], -1),
    lambda: repeat(1, "a"), lambda: next(chain(1)), lambda: zip_longest(1),
    lambda: cycle(5), lambda: accumulate(3), lambda: groupby(None), lambda: pairwise(1),
    lambda: list(starmap(len, 5)), lambda: permutations([1], "2"), lambda: islice(1, 2),
]
for f in bad:
    try:
        f()
        print("no error")
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
