# Exceptions: str(), repr() and .args of exceptions with zero, one and several arguments, including KeyError quoting.
cases = [ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(42), ValueError(None),
         ValueError(""), ValueError(["x"]), ValueError(("t",)), KeyError("k"), KeyError(1), KeyError(),
         KeyError("a", "b"), IndexError("i"), TypeError("it's"), RuntimeError('say "hi"'),
         ZeroDivisionError("division by zero"), StopIteration(7), AssertionError(1, 2, 3), Exception("e")]
for e in cases:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args, len(e.args))
for e in cases[:5]:
    print(e)
try:
    {"a": 1}["b"]
except KeyError as e:
    print(e, repr(e), e.args, e.args[0])
try:
    {}[(1, 2)]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    {}[2**70]
except KeyError as e:
    print(e, e.args)
try:
    {}[""]
except KeyError as e:
    print(e, repr(e))
try:
    int("nope")
except ValueError as e:
    print(e.args)
try:
    [1, 2][9]
except IndexError as e:
    print(repr(e), e.args)
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e))
e1 = ValueError("one")
print(e1.args[0], str(e1) + "!", [e1.args])
def f():
    raise TypeError("from f", 1)
try:
    f()
except TypeError as e:
    a, b = e.args
    print(a, b)
