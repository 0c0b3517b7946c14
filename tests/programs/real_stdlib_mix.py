import copy, bisect, heapq, operator, functools, itertools, math, random
r = random.Random(7)
data = [r.randint(0, 100) for _ in range(20)]
print(data, r.choice("abc"), r.sample(range(10), 3), round(r.uniform(1, 2), 6), r.gauss(0, 1) if hasattr(r, "gauss") else 0)
r.shuffle(data); print(data[:5])
s = sorted(data); print(bisect.bisect_left(s, 50), bisect.bisect_right(s, 50)); bisect.insort(s, 51); print(s[8:12])
nested = {"a": [1, {"b": 2}], "c": (3, [4])}
sh = copy.copy(nested); dp = copy.deepcopy(nested)
nested["a"][1]["b"] = 99
print(sh["a"][1]["b"], dp["a"][1]["b"], dp == nested, sh is nested)
print(operator.attrgetter("real")(3), operator.methodcaller("upper")("x"), list(map(operator.mul, [1, 2], [3, 4])))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.repeat(1, 3)), list(itertools.compress("abcd", [1, 0, 1, 0])))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.dropwhile(lambda x: x < 3, [1, 4, 2])), list(itertools.pairwise("abcd")) if hasattr(itertools, "pairwise") else 0)
print(list(itertools.combinations_with_replacement("ab", 2)), next(itertools.count(5, 2)), list(itertools.filterfalse(None, [0, 1, 0])))
print(math.comb(10, 3), math.perm(5, 2), math.factorial(20), math.gcd(12, 18, 24), math.lcm(4, 6), math.isqrt(99), math.log(8, 2), math.log10(1000), math.prod([1, 2, 3, 4]))
print(math.inf, -math.inf, math.nan != math.nan, math.isfinite(1e308), math.copysign(1, -0.0), math.fmod(-7, 3), math.modf(3.5), math.frexp(8.0), math.ldexp(0.5, 4))
words = "the quick brown fox jumps over the lazy dog".split()
print(functools.reduce(lambda a, w: a if len(a) >= len(w) else w, words), sorted(set(words), key=words.index))
print(" ".join(w[::-1] for w in words), "".join(sorted(set("".join(words)))))
print([w for w in words if len(w) > 3 and "o" in w], {w: len(w) for w in words}, [(i, w) for i, w in enumerate(words) if i % 3 == 0])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, list(map(list, zip(*matrix))), [row[::-1] for row in matrix[::-1]], sum(map(sum, matrix)), [matrix[i][i] for i in range(3)])
flat = [x for row in matrix for x in row if x % 2]
print(flat, [[0] * 2 for _ in range(2)], [x if x > 3 else -x for x in flat])
a = b = []
a.append(1)
print(a, b, a is b, [] is [], () == (), 1 < 2 < 3 > 2, not 0 or 5, 0 and 1, "" or "d", None or 0)
t = (1, [2])
t[1].append(3)
print(t, len(t), t.index(1), t.count(1), t + (4,), t * 2, tuple("ab"), (1,) < (1, 2), (2,) > (1, 9))
x = 10
def outer():
    x = 20
    def inner():
        global x
        x += 1
        return x
    return inner(), x
print(outer(), x)
print(int("ff", 16), int("777", 8), bin(-10), oct(64), hex(-255), int(-3.9), int(True), float("-0"), chr(0x1F600), ord("\n"))
print(str(12345678901234567890 * 98765432109876543210), 2 ** 100 % 97, -(2 ** 64) // 3, (2 ** 64) >> 3, 1 << 70, ~(2 ** 65), (2 ** 70) & 0xFFFF)
print(f"{2**70:,}", f"{-12345.678:,.1f}", f"{0.5:.0%}", f"{1e-10:.2e}", f"{12:x}{12:o}", f"{3:03}", f"{'abc':.2}", f"{1.5:g}", f"{100000000.0:g}")
class Node:
    def __init__(self, v, nxt=None): self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n: yield n.v; n = n.nxt
    def __repr__(self): return "->".join(map(str, self))
lst = None
for v in range(5): lst = Node(v, lst)
print(lst, list(lst), sum(lst), 3 in lst, len(list(lst)))
def rev(n):
    prev = None
    while n:
        n.nxt, prev, n = prev, n, n.nxt
    return prev
print(rev(lst))
