# str.find/rfind/index/rindex/count/startswith/endswith with start/end, tuples, errors.
def t(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

s = "hello world, hello there"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.rfind("hello"), s.rfind("hello", 0, 17))
print(s.find("xyz"), s.rfind("xyz"), s.find(""), s.rfind(""), s.find("", 5), s.find("", 100), s.rfind("", 3))
print(s.find("o", -5), s.find("o", -100), s.find("o", 5, -3), s.rfind("o", None, None), s.find("h", None, 5))
print(s.index("world"), s.rindex("o"), s.count("l"), s.count("hello"), s.count("l", 3), s.count("l", 3, -10))
print("abc".find("", 3), "abc".find("", 4), "abc".count("", 4), "abc".count("", 2), "abc".count("", 5, 1), "".count(""))
print("abc".rfind("", 1), "abcabc".rfind("abc", 0, 5), "abc".count(""), "aaaa".count("aa"), "abc".find("c", 10**20))
print("abc".find("c", -10**20), "abc".rfind("a", 0, 10**30), "abc".find("b", True))
u = "héllo wörld héllo"
print(u.find("wö"), u.rfind("héllo"), u.find("l", 3), u.index("ö"), u.count("é"), u.find("o", 5, 9), u.rfind("l", -5))
print(u.startswith("hé"), u.endswith("llo"), u.startswith("llo", 2), u.endswith("wö", 0, 8))
print(s.startswith("hello"), s.startswith("world", 6), s.startswith("world", 6, 8), s.endswith("there"))
print(s.endswith("hello", 0, 5), s.endswith(("x", "there")), s.startswith(("x", "y")), s.startswith(()))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 5), "abc".endswith("c", -1), "abc".startswith("a", -10))
print("abc".startswith("b", None), "abc".endswith("b", None, -1))
t("index missing", s.index, "xyz")
t("rindex missing", s.rindex, "xyz")
t("index range", "abc".index, "a", 1)
t("find int", s.find, 1)
t("count int", s.count, 1)
t("find 0", s.find)
t("count 0", s.count)
t("find 4", s.find, "a", 1, 2, 3)
t("find start str", s.find, "a", "x")
t("find start float", s.find, "a", 1.5)
t("count end str", "abc".count, "a", None, "x")
t("startswith int", s.startswith, 1)
t("startswith tuple int", s.startswith, ("a", 1))
t("endswith list", s.endswith, ["x"])
t("endswith start str", s.endswith, "a", "b")
t("startswith 0", s.startswith)
t("find kw", lambda: s.find("a", start=1))
t("startswith kw", lambda: s.startswith("a", x=1))
class I:
    def __index__(self):
        return 2
print("abcabc".find("c", I()), "abcabc".count("a", I()), "abcabc".startswith("c", I()))
