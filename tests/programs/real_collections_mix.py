# collections / itertools / functools / heapq / bisect / operator in a word-stats pipeline.
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap
import itertools, functools, heapq, bisect, operator

TEXT = """the quick brown fox jumps over the lazy dog the dog barks
a quick red fox runs past the sleeping cat while the cat dreams
of quick mice and lazy dogs under the warm afternoon sun"""

words = TEXT.split()
cnt = Counter(words)
print(cnt.most_common(5))
print(cnt["the"], cnt["missing"], len(cnt), sum(cnt.values()))
c2 = Counter("abracadabra")
print(c2, c2.most_common(2), sorted(c2.elements())[:6])
print(c2 + Counter("aab"), c2 - Counter("aaaaaaa"), c2 & Counter("aabx"), c2 | Counter("zzz"))
c2.update("xyz")
c2.subtract({"a": 10})
print(c2)

by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
print(sorted((k, len(v)) for k, v in by_len.items()))
print(dict(sorted(by_len.items()))[5])
first_letter = defaultdict(set)
for w in words:
    first_letter[w[0]].add(w)
print({k: sorted(v) for k, v in sorted(first_letter.items()) if len(v) > 2})

od = OrderedDict()
for w in words[:8]:
    od[w] = len(w)
od.move_to_end("the")
print(list(od.items()))
od.popitem(last=False)
print(list(od.keys()), od.popitem())

dq = deque(maxlen=4)
for w in words[:7]:
    dq.append(w)
print(dq, len(dq))
dq.appendleft("START")
dq.rotate(2)
print(list(dq), dq[0], dq[-1])
dq.extendleft([1, 2])
print(dq, dq.count(1))

Point = namedtuple("Point", "x y z", defaults=[0])
p = Point(1, 2)
print(p, p._asdict(), p._replace(z=9), Point._fields, p.x + p.y + p.z)
print(Point._make([4, 5, 6]), p == (1, 2, 0), tuple(p))

cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], sorted(cm.keys()), cm.maps)

print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)), list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(itertools.combinations("ABCD", 2)), len(list(itertools.permutations(range(4), 3))))
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations_with_replacement([1, 2, 3], 2)))
for k, g in itertools.groupby(sorted(words, key=len), key=len):
    print(k, list(g)[:4])
print(list(itertools.chain.from_iterable([[1, 2], [3], []])), list(itertools.zip_longest("ab", "wxyz", fillvalue="-")))
print(list(itertools.starmap(pow, [(2, 5), (3, 2)])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])), list(itertools.filterfalse(str.isdigit, "a1b2")))
print(list(itertools.islice(itertools.cycle("xyz"), 7)), list(itertools.repeat(0, 3)), list(itertools.islice(itertools.count(5, 3), 4)))
print(list(itertools.pairwise(range(5))) if hasattr(itertools, "pairwise") else None)
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))

print(functools.reduce(operator.add, range(10)), functools.reduce(lambda a, b: a * b, [1, 2, 3, 4], 10))
@functools.lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(80), ways.cache_info().hits > 0)
dbl = functools.partial(operator.mul, 2)
print(dbl(21), list(map(dbl, [1, 2, 3])), dbl.args)
def cmp_len_then_alpha(a, b):
    return (len(a) - len(b)) or ((a > b) - (a < b))
print(sorted(set(words), key=functools.cmp_to_key(cmp_len_then_alpha))[:10])

heap = []
for i, w in enumerate(words[:12]):
    heapq.heappush(heap, (len(w), -i, w))
print([heapq.heappop(heap)[2] for _ in range(5)])
print(heapq.nlargest(3, words, key=len), heapq.nsmallest(4, [5, 1, 8, 3, 9, 2]))
h = [9, 4, 7, 1, 8]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 3), heapq.heapreplace(h, 10), h)
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))

scores = [55, 62, 70, 78, 85, 91]
grades = "FEDCBAS"
for s in [40, 55, 61, 70, 99, 85]:
    print(s, grades[bisect.bisect_right(scores, s)], bisect.bisect_left(scores, s), end="; ")
print()
lst = []
for x in [5, 1, 4, 1, 5, 9, 2]:
    bisect.insort(lst, x)
print(lst, bisect.bisect(lst, 4), bisect.bisect_left(lst, 5, 0, 3))
print(sorted([w for w in words if len(w) > 1], key=operator.itemgetter(1, 0))[:5], operator.attrgetter("x", "z")(p))
print(list(map(operator.methodcaller("upper"), ["a", "b"])), operator.neg(5), operator.truth([]), operator.contains([1], 1))
