# e.args, str/repr of exceptions with zero, one, several args; exception attributes.
cases = [
    Exception(),
    Exception("one"),
    Exception("a", 1, None),
    ValueError(3.5),
    KeyError("key"),
    KeyError(("tuple", 1)),
    KeyError(),
    IndexError("idx", "extra"),
    RuntimeError(["list", "arg"]),
    StopIteration(5),
    TypeError(""),
]
for e in cases:
    print(type(e).__name__, e.args, "|", str(e), "|", repr(e))

try:
    [].pop()
except IndexError as e:
    print(e.args)
try:
    int("zz")
except ValueError as e:
    print(e.args)
try:
    {}[("a", 1)]
except KeyError as e:
    print(e.args, str(e))


class Coded(Exception):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code


e = Coded(404, "missing")
print(e.args, e.code, str(e), repr(e))
e.args = ("replaced",)
print(e.args, str(e))
try:
    raise Coded(500)
except Coded as c:
    print(c.code, str(c), repr(c))

si = StopIteration(7)
print(si.value)
print(StopIteration().value)
ex = SystemExit(3)
print(ex.code, ex.args)
