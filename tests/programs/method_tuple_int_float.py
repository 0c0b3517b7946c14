# tuple.index/count, int.bit_length/bit_count/conjugate/as_integer_ratio,
# float.is_integer/as_integer_ratio/hex/fromhex/conjugate.
def t(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

tp = (1, "a", 2.0, 1, [3], None, 1)
print(tp.index(1), tp.index(1, 1), tp.index(1, 4), tp.index(2), tp.index([3]), tp.index(None, -3), tp.index(1, -1))
print(tp.count(1), tp.count(1.0), tp.count("a"), tp.count([3]), tp.count("zz"), ().count(1), tp.index(1, -100, 100))
t("tuple index missing", tp.index, "b")
t("tuple index range", tp.index, "a", 2)
t("tuple index 0", tp.index)
t("tuple index str start", tp.index, 1, "x")
t("tuple count 0", tp.count)
t("tuple count kw", lambda: tp.count(x=1))
t("tuple descriptor", tuple.count, [1], 1)
print(tuple.index((5, 6), 6), tuple.count((5, 5), 5))
for n in [0, 1, -1, 2, 7, 8, 255, 256, -256, 2**31, 2**63 - 1, -2**63, 2**64, 10**30, -(10**30), True, False]:
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio(), type(n.conjugate()).__name__)
print((5).real, (5).imag, (5).numerator, (5).denominator, int.bit_length(12), int.bit_count(-7))
t("bit_length arg", (1).bit_length, 1)
t("bit_count kw", lambda: (1).bit_count(x=1))
t("int descriptor", int.bit_length, "a")
t("int descriptor float", int.conjugate, 1.5)
for x in [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 2.2250738585072014e-308, 1e-310, 123456789.0, 2.0**60, 3.0e10, float("inf"), float("-inf"), float("nan")]:
    print(repr(x), x.is_integer(), x.hex(), x.conjugate())
for x in [0.0, -0.0, 1.0, 1.5, -2.75, 0.1, 1e300, 5e-324, 0.5, 1e-310, 3.0e10, 2.0**60]:
    n, d = x.as_integer_ratio()
    print(repr(x), n, d, n / d == x)
t("ratio inf", float("inf").as_integer_ratio)
t("ratio -inf", float("-inf").as_integer_ratio)
t("ratio nan", float("nan").as_integer_ratio)
for s in ["0x1.8p1", "0X1P-2", "-0x1.fp+3", "  0x10  ", "1", "ff", "0x.8", "0x1.", "inf", "-Infinity", "nan", "0x0p0", "-0x0",
          "0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x1p-1076", "0x1.fffffffffffffp+1023", "0x1.ffffffffffffe8p0",
          "0x1.00000000000008p0", "0x1.00000000000018p0", "0x3.8p0", "0x1p+99999999999", "0x1p-99999999999", "0x0p99999"]:
    t("fromhex " + repr(s), float.fromhex, s)
for s in ["", "x", "0x", "0xg", "1p", "0x1p+", "1e3", "0x1.2.3", "- 1", "0x1.fffffffffffff8p+1023", "0x2p+1023"]:
    t("fromhex bad " + repr(s), float.fromhex, s)
t("fromhex int", float.fromhex, 1)
print(float.fromhex(1.5.hex()), float.fromhex((-0.1).hex()) == -0.1, (0.1).fromhex("0x1p0"))
t("is_integer arg", (1.0).is_integer, 1)
t("hex arg", (1.0).hex, 1)
t("float descriptor", float.hex, 1)
print(float.is_integer(2.0), float.hex(1.0), float.conjugate(-1.5))
