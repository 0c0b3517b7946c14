# str case mapping: upper/lower/title/capitalize/swapcase/casefold, Unicode special cases.
def t(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

for s in ["hello world", "HELLO", "MiXeD cAsE 123", "", "they're bill's friends", "ß straße",
          "ǆungla ǈx", "ﬁsh ﬂow ﬃx", "ΣΑΣ ΟΔΟΣ", "αΣ.", "İstanbul", "ŉ", "ﬆop", "x1y2_z",
          "hello\tworld\nnew", "ÀÉÎõü", "ᾳ ᾼ", "Ǳ ǲ ǳ", "µ", "ς σ Σ", "ǅ", "123abc", "a-b_c d.e"]:
    print(repr(s), "|", s.upper(), "|", s.lower(), "|", s.title(), "|", s.capitalize(), "|",
          s.swapcase(), "|", s.casefold())
print(len("ß".upper()), len("İ".lower()), "ﬃ".upper(), "ß".title(), "ßtraße".capitalize(), "aΣ".capitalize())
print("Σ".lower(), "ΑΣ b".lower(), "ΑΣΑ".lower(), "Σ Σ".lower(), "ΑΣ'".lower(), "ΑΣ1".lower())
print("ꭰ".casefold(), "Ꭰ".casefold(), "ẞ".casefold(), "ſ".casefold(), "ϐ".casefold())
print("hello".upper() is not None, "abc".lower() == "abc", "ABC".upper() == "ABC")
t("upper arg", "a".upper, 1)
t("lower kw", lambda: "a".lower(x=1))
t("title arg", "a".title, 1)
t("capitalize arg", "x".capitalize, 1)
t("swapcase arg", "x".swapcase, None)
t("casefold arg", "x".casefold, 2)
t("descriptor", str.upper, 1)
t("unbound", str.lower)
print(str.upper("abc"), str.title("abc def"), list(map(str.lower, ["A", "B"])))
