#!/usr/bin/env python3
"""Prints the test vectors for src/runtime/numfmt.rs, as CPython 3.11 computes them.

Usage: python3 tests/data/gen_numfmt_vectors.py > tests/data/numfmt_vectors.txt

One vector per line, tab-separated, first field the kind:
  repr   BITS  REPR                          repr(float)
  fhex   BITS  HEX                           float.hex()
  parse  TEXT  (=BITS|=nan|!Error: msg)      float(str)
  round  BITS  NDIGITS  (=BITS|!Error: msg)  round(x, n)
  rhe    BITS  INT                           round(x) (half even)
  ffmt   BITS  SPEC  (=TEXT|!Error: msg)     format(float, spec)
  ifmt   INT   SPEC  (=TEXT|!Error: msg)     format(int, spec)
  sfmt   STR   SPEC  (=TEXT|!Error: msg)     format(str, spec)
  pflt   BITS  FLAGS WIDTH PREC CONV  (=TEXT|!Error: msg)   '%...' % float
  pint   INT   FLAGS WIDTH PREC CONV  =TEXT                 '%...' % int
  pstr   STR   FLAGS WIDTH PREC CONV  =TEXT                 '%...s' % str (or %c)
  radix  INT   RADIX PREFIX(0|1) TEXT        bin/oct/hex/str and format(x, 'b'...)
BITS is the float's IEEE bits in hex, WIDTH/PREC are '-' when absent. Fields escape
backslash, tab, newline, CR, and non-printable characters as \\u{hex}.
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "vectors must come from CPython 3.11"

rng = random.Random(20240611)
out = []


def esc(s):
    parts = []
    for c in s:
        if c == "\\":
            parts.append("\\\\")
        elif c == "\t":
            parts.append("\\t")
        elif c == "\n":
            parts.append("\\n")
        elif c == "\r":
            parts.append("\\r")
        elif not c.isprintable():
            parts.append("\\u{%x}" % ord(c))
        else:
            parts.append(c)
    return "".join(parts)


def emit(kind, *fields):
    out.append("\t".join([kind] + [esc(str(f)) for f in fields]))


def bits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def key(x):
    return "nan" if math.isnan(x) else bits(x)


def result(fn):
    try:
        return "=" + fn()
    except (ValueError, OverflowError, MemoryError) as e:
        return "!%s: %s" % (type(e).__name__, e)


def up(x):
    return math.nextafter(x, math.inf)


def down(x):
    return math.nextafter(x, -math.inf)


# ---------------------------------------------------------------- float corpus
specials = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324,
            2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
            -1.7976931348623157e308, 1.0, -1.0, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, math.pi,
            math.e, 2.675, 0.125, 0.375, 1.005, 0.5, 1.5, 2.5, -2.5, 0.05, 0.045,
            123.456, 1234567.0, 1e22, 1e23, 2.0 ** 53, 2.0 ** 53 + 2.0, 2.0 ** 63, 2.0 ** 64,
            2e16 + 8, 9007199254740993.0, 1e-7, 1.5e-5, 0.0001, 0.001, 12345.678,
            -12345.678, 0.0009765625, 1e100, 1.23e-100, 99999999999999.99]
boundaries = []
for x in [1e16, 1e-4, 1e-5, 1e15, 1e17, 1e-3]:
    boundaries += [down(down(x)), down(x), x, up(x)]
powers = []
for n in range(-325, 309):
    p = float("1e%d" % n)
    powers.append(p)
    if n % 7 == 0:
        powers += [up(p), down(p)]
ties = [k + 0.5 for k in range(-6, 7)] + [k / 8 for k in range(-20, 21)]
ties += [k * 5.0 for k in range(1, 30, 3)] + [k * 50.0 + 25 for k in range(0, 8)]
random_bits = []
while len(random_bits) < 400:
    x = from_bits(rng.getrandbits(64))
    if not math.isnan(x):
        random_bits.append(x)
human = []
for _ in range(300):
    digits = rng.randint(1, 17)
    exp = rng.randint(-12, 22)
    human.append(round(rng.uniform(-1, 1) * 10 ** rng.randint(0, 6), rng.randint(0, 8)))
    human.append(float("%se%d" % (rng.randint(1, 10 ** digits), exp)))
subnormals = [from_bits(rng.getrandbits(52)) for _ in range(40)] + [from_bits(1), from_bits(2),
                                                                    from_bits(2 ** 52 - 1)]
# Exact halfway points between two shortest candidates: dtoa picks the even digit.
shortest_ties = [769907555389212.25, 185410992645054.625, 32660777302961.5625]
shortest_ties += [rng.randint(10 ** 14, 2 ** 51) + rng.choice([0.25, 0.75, 0.125, 0.625])
                  for _ in range(60)]
shortest_ties += [float(rng.randint(2 ** 53, 2 ** 64)) * 2 ** rng.randint(0, 40) for _ in range(40)]
corpus = [float(x) for x in specials + boundaries + powers + ties + random_bits + human + subnormals + shortest_ties]

for x in corpus:
    emit("repr", bits(x), repr(x))
    emit("fhex", bits(x), x.hex())

# ---------------------------------------------------------------- float(str)
parse_inputs = ["abc", "", " ", "1", "-1", "+1", " 1_0 ", "1__0", "_1", "1_", "1_.5", "1._5",
                "1.5_", "1e1_0", "1e_10", "1_e10", "infinity", "-iNF", "+nan", "-nan", "NaN",
                "INFINITY", "infinit", "infinityy", "in f", "nan(1)", "0x10", "0X1p3", "1e",
                "1e+", "1e-", "1e5", "1E5", "1.e5", ".e5", "1e5_0", "1.", ".5", ".", "-.", "+.5",
                "1\x00", "\x1c1\x1f", "1.5\x85", "\u20031.5\u2003", "\u0663.5", "\u0661\u0662",
                "\uff11\uff12.5", "1\u20035", "1 5", "--1", "+-1", "-+1", "1e400", "-1e400",
                "1e-400", "-1e-400", "0e99999999999999999999", "1e-99999999999999999999",
                "9007199254740993", "9007199254740993.0000000000000001",
                "2.2250738585072011e-308", "4.9406564584124654e-324", "2.4703282292062327e-324",
                "2.4703282292062328e-324", "1.7976931348623158e308", "1.7976931348623159e308",
                "0." + "0" * 400 + "1", "1" * 400, "0.1" + "0" * 300 + "1", "\t\n 3.25 \r\x0b\x0c",
                "3.25\x0b", "1,5", "1.5.", "1e5.5", "١٢٣", "1é", "é", "0_0", "0_0.0_0e0_0",
                "00000.5", "-0", "-0.0", "+0e-5", "1_000_000.000_1"]
for x in rng.sample(corpus, 150):
    if math.isfinite(x):
        parse_inputs.append(repr(x))
        parse_inputs.append(repr(x).upper())
        parse_inputs.append("  %s\n" % "{:.20e}".format(x))
        parse_inputs.append("%.25f" % x)
for s in parse_inputs:
    try:
        r = "=" + key(float(s))
    except ValueError as e:
        r = "!ValueError: %s" % e
    emit("parse", s, r)

# ---------------------------------------------------------------- round
ndigits_list = [-400, -309, -308, -307, -20, -5, -1, 0, 1, 2, 3, 5, 15, 17, 100, 323, 324]
round_corpus = (specials + ties + boundaries + rng.sample(human, 60) + rng.sample(random_bits, 40)
                + rng.sample(powers, 20) + [1.7e308, -1.7e308, 9.5e307, 4.5e307, 1.5e-300])
for x in round_corpus:
    for n in ndigits_list:
        try:
            r = "=" + key(round(x, n))
        except OverflowError as e:
            r = "!OverflowError: %s" % e
        emit("round", bits(x), n, r)
for x in corpus:
    # Huge values make long ints; a few are enough.
    if math.isfinite(x) and (abs(x) < 1e20 or x in (1e22, 1e100, 1.7976931348623157e308)):
        emit("rhe", bits(x), round(x))

# ---------------------------------------------------------------- format(float, spec)
float_specs = ["", "e", "E", "f", "F", "g", "G", "%", "n", ".0", ".1", ".3", ".12", ".17", ".0e",
               ".3e", ".20e", ".0f", ".2f", ".10f", ".30f", ".0g", ".1g", ".3g", ".10g", ".20g",
               ".3n", ".0%", ".2%", "#", "#.0", "#.3", "#g", "#.0e", "#.0f", "#.3g", "#.10G",
               "#%", "+", " ", "-", "+.2f", " .3e", "-g", "10", "<10", ">12.3f", "^15.2e", "=12",
               "012", "012.3f", "+012.3f", "-012.3f", " 012.3e", "*^20.5g", "x<12,", ",", "_",
               ",.2f", "_.3f", ",g", ",e", "_%", "020,.2f", "015,", "0=20_.1f", "0<15,", "0>15_",
               "0^16,f", "z", "z.2f", "z.0f", "+z.1e", "z%", " z.3g", "z010.1f", ",.1%", "10.3%",
               "é^11", "\u0663", "\u0663.\u0661", "25", "30.20e", "d", "x", "c", "s", "b", "abc",
               ",_", "_,", ",n", "_n", ",d", ".", "1" * 20, ".1" + "0" * 20, ".2147483648f",
               ".2147483647z", "=", "<", "0", "00", "z#", "#z", ",,", "\x01", "\u20ac", " ",
               ".1_f", "5 "]
float_values = ([0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1,
                 -0.0001, 1e16, 1e-5, 123.0, 1234567.891, -9876543.21, 1e22, 5e-324,
                 1.7976931348623157e308, 2.675, 0.999999, 9.9995, 999999.5, 0.00012345,
                 -12345.6789, 1e100, 100.0, 1234.5, 0.045]
                + rng.sample(human, 20) + rng.sample(random_bits, 10) + shortest_ties[:4])
for x in float_values:
    for spec in float_specs:
        emit("ffmt", bits(x), spec, result(lambda: format(x, spec)))
for x in [0.1, 1 / 3, 5e-324, 1e300, -2.5]:
    for spec in [".1000f", ".800e", "#.500g", ".60g", ",.40f"]:
        emit("ffmt", bits(x), spec, result(lambda: format(x, spec)))

# ---------------------------------------------------------------- format(int, spec)
int_specs = ["", "d", "b", "o", "x", "X", "c", "n", "#b", "#o", "#x", "#X", "#d", "#n", "_b", "_o",
             "_x", "_X", "#_x", "#_b", ",", "_", ",d", "_d", "+", " ", "-", "+d", " x", "+#x",
             "10", "<10", "^10", "^11", "=10", ">10", "010", "+010", "-010", " 010", "#010x",
             "#012_b", "08,", "09,", "07,", "012_", "0=10,", "x^15,", "*<12_d", "0<10", "0^10",
             "e", ".2e", "f", ",.2f", "g", "%", "E", "G", "F", ".3%", "z.1f", ".1", "z", "zd",
             "+c", "#c", " c", "10c", "<5c", "05c", "=5c", ",x", ",b", ",o", ",c", "_c", ",n",
             "s", "abc", "_,", ",_", "\x00", "\u20ac", "é^9", "\u0663", ".", "1" * 25, "#", "##",
             "=", "0", "20_", "040,", "0=40_x"]
int_values = [0, 1, -1, 7, 10, 65, 97, 255, -255, 1234, -1234, 65535, 123456789, -987654321,
              2 ** 31, 2 ** 53 + 1, 2 ** 63 - 1, -2 ** 63, 2 ** 64, -2 ** 70, 10 ** 30,
              0x10FFFF, 0x110000, 0x1F600, 2 ** 1024, -(2 ** 1024), 10 ** 400,
              rng.getrandbits(100), -rng.getrandbits(150)]
huge_int_specs = ["", "d", "x", "#_b", ",", "e", ".3f", "c", "+050,", "g"]
for x in int_values:
    # Keep the file small: very long numbers only get a few specs.
    for spec in int_specs if abs(x) < 2 ** 200 else huge_int_specs:
        emit("ifmt", x, spec, result(lambda: format(x, spec)))

# ---------------------------------------------------------------- format(str, spec)
str_specs = ["", "s", "10", "<10", ">10", "^10", "^9", "*^9", ".2", "10.2", ".0", ".10", "010",
             "<05", "05s", "x>3", ",", "_", ",s", "+", " ", "-", "z", "#", "=10", "0=10", "d",
             "c", "x", "\u0663", "é^7", "abc", ".", "^", "<", "\t<4", "1" * 22, "\x00"]
str_values = ["", "a", "abc", "héllo", "日本語", "x" * 10, "tab\there", "\U0001F600!"]
for s in str_values:
    for spec in str_specs:
        emit("sfmt", s, spec, result(lambda: format(s, spec)))


# ---------------------------------------------------------------- printf-style
def percent(flags, width, prec, conv):
    fmt = "%" + flags
    if width is not None:
        fmt += str(width)
    if prec is not None:
        fmt += "." + str(prec)
    return fmt + conv


def opt(v):
    return "-" if v is None else str(v)


flag_sets = ["", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "-#", "+#0", "-+ #0", "+ "]
pct_floats = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.5, 0.5, 2.5, 1e16, 1e-5,
              123.456, -0.000123, 1e22, 5e-324, 99.995, 12345678.9] + rng.sample(human, 10)
for _ in range(2000):
    x = rng.choice(pct_floats)
    flags = rng.choice(flag_sets)
    width = rng.choice([None, None, 0, 1, 5, 12, 25])
    prec = rng.choice([None, None, 0, 1, 3, 10, 17, 30])
    conv = rng.choice("eEfFgG")
    emit("pflt", bits(x), flags, opt(width), opt(prec), conv,
         result(lambda: percent(flags, width, prec, conv) % x))
pct_ints = [0, 1, -1, 5, 8, -8, 255, -255, 31, 1234567, -987654321, 2 ** 64, -(2 ** 70),
            rng.getrandbits(90)]
for _ in range(1500):
    x = rng.choice(pct_ints)
    flags = rng.choice(flag_sets)
    width = rng.choice([None, None, 0, 1, 3, 8, 20])
    prec = rng.choice([None, None, 0, 1, 3, 6, 25])
    conv = rng.choice("diuoxX")
    emit("pint", x, flags, opt(width), opt(prec), conv, "=" + percent(flags, width, prec, conv) % x)
pct_strs = ["", "a", "abc", "héllo", "日本語", "'quoted'", "-12", "+x"]
for _ in range(500):
    flags = rng.choice(flag_sets)
    width = rng.choice([None, None, 0, 2, 5, 10])
    prec = rng.choice([None, None, 0, 1, 2, 4, 10])
    conv = rng.choice("srac")
    s = rng.choice(["a", "é", "日", "-", "0"]) if conv == "c" else rng.choice(pct_strs)
    fmt = percent(flags, width, prec, "c" if conv == "c" else "s")
    emit("pstr", s, flags, opt(width), opt(prec), conv, "=" + fmt % s)

# ---------------------------------------------------------------- radix
for x in int_values + [-31, 31, 8, -8, 2]:
    emit("radix", x, 2, 1, bin(x))
    emit("radix", x, 8, 1, oct(x))
    emit("radix", x, 16, 1, hex(x))
    emit("radix", x, 2, 0, format(x, "b"))
    emit("radix", x, 8, 0, format(x, "o"))
    emit("radix", x, 16, 0, format(x, "x"))
    emit("radix", x, 10, 1, str(x))
    emit("radix", x, 10, 0, str(x))

print("# numfmt test vectors generated by gen_numfmt_vectors.py with Python %s"
      % sys.version.split()[0])
print("\n".join(out))
