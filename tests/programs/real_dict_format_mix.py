d = {"b": 2, "a": 1}
print(d.keys() & {"a"}, list(d.values()), d.get("z"), d.setdefault("c", 3), sorted(d), "a" in d.keys(), len(d.items()))
print(repr(d.keys()), repr(d.items())[:30], dict(sorted(d.items(), key=lambda kv: kv[1], reverse=True)))
try:
    for k in d:
        d["new"] = 1
except RuntimeError as e:
    print(e)
print("{:>{w}.{p}f}".format(3.14159, w=10, p=3), "{0[1]} {1[k]}".format([5, 6], {"k": "v"}), "{!s:^7}".format(None))
class Temp:
    def __init__(self, c): self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return f"{self.c * 9 / 5 + 32:{spec[:-1]}f}F"
        return f"{self.c:{spec}}C"
print(f"{Temp(100):.1F} {Temp(37.5):.2f} {Temp(0)!r:.10}")
print("Ab Cd".casefold(), "ﬁ".upper(), "x\ty".expandtabs(4), "a\r\nb\nc".splitlines(keepends=True), "abc".removeprefix("a"), "abc".removesuffix("bc"))
print("%s|%r|%a" % ("é", "é", "é"), "{:d}".format(True), str(True), int("  -7  "), "1,234".replace(",", ""), "title case words".title())
