# repr of nested containers and of strings with quotes and escapes.
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""))
print(repr("tab\there"), repr("nl\nx"), repr("cr\r"), repr("back\\slash"))
print(repr("\x00\x01\x1f\x7f"), repr("\u00e9\u4e2d"), repr("\u200b"), repr("\U0001F600"))
print(repr(""), repr("'"), repr('"'), repr("\a\b\f\v"))
nested = [1, "two", (3, "four"), {"five": [6.0, None]}, [True, False], ()]
print(nested)
print(repr(nested))
print(str(nested) == repr(nested))
print((1,), (), ((),), [[]], [()], {"a": {}}, {1: set()}, [set(), frozenset()])
print({1: "it's", 2: 'q"q'})
print([{"k": ("x\n",)}])
print({(1, 2): [3, {4: "5"}]})
print(frozenset({1}), {2}, set([3, 3]))
print([1.0, 1e100, -0.0, float("inf"), float("nan"), 1e-7, 123456789.0])
print([10**20, -1, 0x10, 0o17, 0b11])
print(repr(repr("x")), str(repr("y")))
a = [1, 2]
a.append(a)
print(a)
d = {"self": None}
d["self"] = d
print(d)
print(repr(range(5)), repr(range(1, 10, 2)), [range(0)])
print(repr(None), repr(True), repr(...), repr(NotImplemented))
print([print, len][1].__name__)
s = "mixed 'single' and \"double\""
print(s, repr(s))
print(repr("\\n is not a newline"))
print(ascii("caf\u00e9 \u4e2d"), ascii([1, "\u00e9"]))
