# Differential fuzz of str methods over pseudo-random strings (a fixed LCG, so the
# run is deterministic): results and exceptions must match CPython's.
state = 12345
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

ALPHA = ["a", "b", "A", "B", " ", "\t", "\n", ",", "-", "é", "Σ", "ß", "1", "٣", "x", "\r", "ǅ", "'"]
def rstr(maxlen):
    return "".join(ALPHA[rnd(len(ALPHA))] for _ in range(rnd(maxlen + 1)))

def rint():
    return rnd(13) - 6

def call(s, name, args):
    try:
        r = getattr(s, name)(*args)
    except Exception as e:
        r = type(e).__name__ + ": " + str(e)
    return r

NAMES0 = ["upper", "lower", "title", "capitalize", "swapcase", "casefold", "strip", "lstrip", "rstrip",
          "split", "rsplit", "splitlines", "isalpha", "isdigit", "isspace", "istitle", "isupper", "islower",
          "isalnum", "isidentifier", "isprintable", "expandtabs"]
NAMES1 = ["split", "rsplit", "strip", "lstrip", "rstrip", "find", "rfind", "count", "startswith", "endswith",
          "partition", "rpartition", "removeprefix", "removesuffix", "index", "rindex"]
total = 0
for i in range(1500):
    s = rstr(10)
    kind = rnd(6)
    if kind == 0:
        name = NAMES0[rnd(len(NAMES0))]
        args = ()
    elif kind == 1:
        name = NAMES1[rnd(len(NAMES1))]
        args = (rstr(2),)
    elif kind == 2:
        name = ["find", "rfind", "count", "startswith", "endswith", "index", "rindex"][rnd(7)]
        args = (rstr(2), rint(), rint()) if rnd(2) else (rstr(1), rint())
    elif kind == 3:
        name = ["split", "rsplit"][rnd(2)]
        args = (rstr(1) or None, rint())
    elif kind == 4:
        name = ["ljust", "rjust", "center", "zfill", "expandtabs"][rnd(5)]
        args = (rint() + 6, ALPHA[rnd(len(ALPHA))]) if name not in ("zfill", "expandtabs") else (rint() + 4,)
    else:
        name = "replace"
        args = (rstr(1), rstr(2), rint()) if rnd(2) else (rstr(2), rstr(1))
    r = call(s, name, args)
    print(i, repr(s), name, repr(args), repr(r))
