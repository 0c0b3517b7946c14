try:
    import nonexistent_mod
except ImportError as e:
    print(repr(e.name), e.path if hasattr(e, "path") else "nopath", e.msg if hasattr(e, "msg") else "")
e = ImportError("m", name="x")
print(e.name, e.args)
e = ValueError("x")
e.foo = 1
print(e.foo)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
class S(Exception):
    __slots__ = ("a",)
s = S()
s.b = 2
print(s.b)
e = ImportError("a", "b", path="/p")
print(e.msg, e.name, e.path, e.args)
try:
    ImportError("x", bogus=1)
except TypeError as te:
    print(te)
try:
    ValueError("x", k=1)
except TypeError as te:
    print(te)
