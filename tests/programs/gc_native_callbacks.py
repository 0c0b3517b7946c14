# Native code calling back into Python while holding fresh objects: collections
# triggered inside the callbacks must not free them (map/sorted/sort keys,
# user __hash__/__eq__ in set operations, __format__ in str.format, generators).
x = list(map(lambda i: str(i) * 3, range(120000)))
print(len(x), x[0], x[12345], x[-1])
y = sorted(map(lambda i: "k" + str(i), range(20000)), key=lambda s: s[::-1])
print(y[:3], y[-1], len(y))
z = ["w" + str(i % 977) for i in range(20000)]
z.sort(key=lambda s: (len(s), s.upper() + "!"))
print(z[:2], z[-1])
class H:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        junk = [str(i) for i in range(20)]
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, H) and self.v == other.v
    def __repr__(self):
        return "H(%d)" % self.v
hs = set(H(i % 500) for i in range(3000))
print(len(hs), len(hs.union([H(1), H(1000)])), len(hs.intersection(H(i) for i in range(0, 1000, 2))))
print(len(hs.difference([H(i) for i in range(250)])), len(hs.symmetric_difference([H(0), H(5000)])))
d = dict.fromkeys(("key" + str(i) for i in range(50000)), 0)
print(len(d), list(d)[:2])
items = {"k" + str(i): [i] for i in range(20000)}.items()
print(sorted(items, key=lambda kv: -kv[1][0])[:2], len(set(k for k, v in items)))
class F:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "".join(str(self.v) for _ in range(3)) + spec
s = ",".join("{0}|{1:>x}".format(F(i), F(i + 1)) for i in range(20000))
print(len(s), s[:40])
print(max(map(lambda i: str(i).zfill(8), range(50000))), min(range(30000), key=lambda i: str(-i)))
