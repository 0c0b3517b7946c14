# str.format / format_map error cases, each caught and printed.
class P:
    x = 1

def t(label, fmt, *args, **kw):
    try:
        print(label, repr(fmt.format(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

t("single open", "{", 1)
t("single close", "}", 1)
t("trailing close", "x}")
t("close after field", "{}}", 1)
t("index range", "{0}", )
t("auto range", "{}")
t("auto range 2", "{} {}", 1)
t("missing kw", "{x}")
t("missing kw with kws", "{x}", y=1)
t("manual then auto", "{0} {}", 1, 2)
t("auto then manual", "{} {0}", 1, 2)
t("bad conversion", "{!x}", 1)
t("bad conversion ctrl", "{0!\x01}", 1)
t("conv unterminated", "{!r", 1)
t("conv empty", "{0!}", 1)
t("conv two chars", "{0!rr}", 1)
t("conv at end", "{0!", 1)
t("bad int spec", "{:d}", "a")
t("bad str spec", "{:x}", "a")
t("bad float spec", "{:d}", 1.5)
t("missing key", "{0[x]}", {})
t("missing index", "{0[5]}", [1])
t("str index", "{0[-1]}", [1])
t("missing attr", "{0.foo}", 1)
t("empty attr", "{0.}", 1)
t("empty item", "{0[]}", [1])
t("after bracket", "{0[0]x}", [[1]])
t("open bracket", "{0[}", 1)
t("close bracket", "{0]}", 1)
t("unclosed field", "{a.b", 1)
t("unmatched spec", "{:{}", 1)
t("recursion", "{:{:{}}}", 1, 2, 3)
t("brace in name", "{a{b}", 1)
t("nested missing", "{:>{}}", 1)
t("spec of braces", "{:{{}}}", 1)
t("too many digits", "{99999999999999999999999}", 1)
t("unknown spec", "{:q}", 1)
t("spec on list", "{:>5}", [1])
t("spec on object", "{:>5}", P())
t("ok attr", "{0.x}", P())
for fmt, m in [("{a}", {}), ("{}", {}), ("{0}", {"0": 1}), ("{a}", 1), ("{a}", [1])]:
    try:
        print(repr(fmt.format_map(m)))
    except Exception as e:
        print(type(e).__name__, e)
for call in [lambda: "x".format_map(), lambda: "x".format_map({}, {}), lambda: "x".format_map(m={}),
             lambda: str.format(), lambda: str.format(1), lambda: "{}".format_map(None)]:
    try:
        print(repr(call()))
    except Exception as e:
        print(type(e).__name__, e)
