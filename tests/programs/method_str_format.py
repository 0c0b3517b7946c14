# str.format: auto/manual numbering, keywords, attributes and items, conversions,
# nested specs, escapes, format_map.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "P(%r, %r)" % (self.x, self.y)
    def __str__(self):
        return "<%s,%s>" % (self.x, self.y)

class F:
    def __format__(self, spec):
        return "F[" + spec + "]"

print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{00}{01}".format(5, 6))
print("{x} {y}".format(x=1, y=[2]), "{0} {k}".format(9, k="kw"), "{} and {}".format(*"ab"))
print("{0.x} {0.y}".format(P(1, 2)), "{p.x!r}".format(p=P("s", 0)), "{0[0]} {0[2]}".format([7, 8, 9]))
print("{0[key]} {0[1]} {d[a b]}".format({"key": "v", 1: "one"}, d={"a b": "space"}))
print("{0[0][1]} {0[1].x}".format([[1, 2], P(3, 4)]), "{a[0]}".format(a=(7,)))
print("{!r} {!s} {!a}".format("é", P(1, 2), "é"), "{0!r:>10}|{0!s:<6}|".format("ab"))
print("{:>10}|{:<10}|{:^10}|{:*^9}|".format("r", "l", "c", "m"), "{:d} {:5d} {:05d} {:x} {:#b}".format(1, 2, 3, 255, 5))
print("{:.2f} {:10.3e} {:%} {:,} {:_}".format(3.14159, 12345.678, 0.25, 1234567, 7654321))
print("{0:{1}}|{0:{1}{2}}|".format(42, ">6", "d"), "{:{}}{}".format(1, 5, 2), "{:{w}.{p}f}".format(2.5, w=8, p=3))
print("{:x<{w}}".format(1, w=3), "{0:{fill}{align}{width}}".format("t", fill="-", align="^", width=7))
print("{{}} {{{}}} {{0}}".format(1), "{{".format(), "}}".format(), "a{{b}}c".format())
print("{}".format(F()), "{:abc}".format(F()), "{!r:>5}".format(P(1, 2)), "{0}".format(None), "{}".format(True))
print("{:}".format(1), "{0:}".format("x"), "{!r:}".format(1), "x".format(1, 2, k=3), "".format())
print("{0}{1}{0}".format("ab", "cd"), "{0}".format([1, {"a": (2,)}]), "{}".format({1, 2}))
print("{:>5}".format(True), "{:d}".format(True), "{:.1f}".format(2), "{:e}".format(10**20))
print("{0.real} {0.imag}".format(3), "{0.real}".format(1.5), "{٣}".format(0, 1, 2, "three"))
print("{name}-{n:03d}".format_map({"name": "f", "n": 7}), "plain".format_map({}), "{a[0]}".format_map({"a": [9]}))
class Mapping:
    def __getitem__(self, key):
        return "<" + key + ">"
print("{x} {y}".format_map(Mapping()))
row = "{:<8}|{:>6}|{:^5}"
for item in [("apple", 1.5, "y"), ("kiwi", 22.25, "n")]:
    print(row.format(*item))
print(str.format("{}-{}", 1, 2), "{} {}".format(*[1, 2]), "{a}{b}".format(**{"a": 1, "b": 2}))
