# Types: repr/str of nested containers mixing strings (quote choice), floats, None, bools, empty containers.
data = [1, "two", 3.0, None, True, [4, "five"], (6,), {"seven": 7}, (), [], {}, set(), {8}]
print(data)
print(str(data) == repr(data))
print({"k": ["a", ("b", {"c": None})], 2: 2.5, (1, "x"): [[]]})
print(("it's", 'say "x"', "both ' \"", "\\", "\n"))
print(["tab\t", "nul\x00", "del\x7f", "uni\u00e9", "bell\x07"])
print([1.0, -0.0, 1e16, 1e-5, float("inf"), 0.1 + 0.2])
print({1: {2: {3: {4: {}}}}})
print([[[[[]]]]], ((((),),),))
print(repr("string"), str("string"), repr(["string"]), str(["string"]))
print(repr(1), repr(1.5), repr(None), repr(True), repr([None]), repr(2**80))
print([(1, 2), (3,)], [{"a": (1,)}])
print(str((1.5, "a")), repr((1.5, "a")))
print({"": ""}, [""], ("",))
x = [1]
y = [x, x]
print(y)
d = {"self": None}
d["self"] = [d["self"], 1]
print(d)
print([range(3), range(1, 10, 2)], (range(0),))
print([print] == [print], type(repr([])) == str)
