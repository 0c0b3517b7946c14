#!/usr/bin/env python3
"""Generate CPython 3.11 reference vectors for src/runtime/modules/math.rs.

    python3 tests/data/gen_math_vectors.py > tests/data/math_vectors.txt

Each line is `kind<TAB>args...<TAB>=><TAB>result`. Floats are the 16 hex digits
of their IEEE-754 bits; a float result is `f:<bits>` (or `nan`), an error is
`E:<ExceptionName>:<message>`, ints are decimal, bools `true`/`false`.
The output is deterministic (fixed seed).
"""

import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"
sys.set_int_max_str_digits(0)
rng = random.Random(1311)


def fb(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def res(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError, ZeroDivisionError, TypeError) as e:
        return "E:%s:%s" % (type(e).__name__, e)
    if isinstance(r, bool):
        return "true" if r else "false"
    if isinstance(r, float):
        return "nan" if math.isnan(r) else "f:" + fb(r)
    return str(r)


SPECIAL = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.5, -0.5, 2.0, -2.0,
           3.0, 10.0, 1e-300, -1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
           1e300, -1e300, 1.7976931348623157e308, math.pi, math.e, 0.1, 1e-8, 1e-20,
           1e-30, 700.0, 710.0, -700.0, -745.0, -750.0, 1000.0, 1e16, 2.0**53, 0.9999999,
           1.0000001, -0.9999999, 23.0, 24.0, 170.5, 171.0, 171.7, 200.5, -200.5, -170.5,
           -0.5, -1.5, -2.5, -3.5, 0.25, 100.0, 140.0, 141.5, 1e-10, -1e-10, 7.0, 5.5]


def randoms(n):
    out = []
    for _ in range(n):
        kind = rng.random()
        if kind < 0.3:
            out.append(rng.uniform(-10, 10))
        elif kind < 0.5:
            out.append(rng.uniform(-1, 1))
        elif kind < 0.8:
            out.append(math.copysign(10 ** rng.uniform(-20, 20), rng.random() - 0.5))
        else:
            out.append(rng.uniform(0, 300) * rng.choice([1, -1]))
    return out


UNARY = ["sqrt", "exp", "exp2", "expm1", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh", "fabs", "cbrt", "erf", "erfc",
         "gamma", "lgamma", "log1p", "log", "log2", "log10", "degrees", "radians", "ulp"]

out = []
xs = SPECIAL + randoms(120)
for name in UNARY:
    f = getattr(math, name)
    for x in xs:
        out.append("u\t%s\t%s\t=>\t%s" % (name, fb(x), res(f, x)))
    if name in ("gamma", "lgamma"):
        for x in [rng.uniform(-180, 180) for _ in range(300)] + [k + 0.5 for k in range(-30, 30)]:
            out.append("u\t%s\t%s\t=>\t%s" % (name, fb(x), res(f, x)))
for x in xs:
    out.append("u\tmodf0\t%s\t=>\t%s" % (fb(x), res(lambda v: math.modf(v)[0], x)))
    out.append("u\tmodf1\t%s\t=>\t%s" % (fb(x), res(lambda v: math.modf(v)[1], x)))
    out.append("u\tfrexp0\t%s\t=>\t%s" % (fb(x), res(lambda v: math.frexp(v)[0], x)))
    out.append("frexp1\t%s\t=>\t%s" % (fb(x), res(lambda v: math.frexp(v)[1], x)))

BINARY = ["pow", "atan2", "fmod", "copysign", "remainder", "nextafter"]
pairs = [(a, b) for a in SPECIAL[:24] for b in SPECIAL[:24]]
r = randoms(300)
pairs += list(zip(r[::2], r[1::2]))
pairs += [(rng.uniform(0, 10), rng.uniform(-50, 50)) for _ in range(100)]
pairs += [(-rng.uniform(0, 10), float(rng.randint(-20, 20))) for _ in range(50)]
pairs += [(10.0, 400.0), (-10.0, 401.0), (0.0, -1.0), (-0.0, -3.0), (-1.0, 0.5), (1e308, 2.0)]
for name in BINARY:
    f = getattr(math, name)
    for a, b in pairs:
        out.append("b\t%s\t%s\t%s\t=>\t%s" % (name, fb(a), fb(b), res(f, a, b)))

for x in SPECIAL[:30]:
    for n in [0, 1, -1, 5, -5, 1023, 1024, -1074, -1075, -1080, 2000, -2000, 10**20, -10**20]:
        out.append("ldexp\t%s\t%d\t=>\t%s" % (fb(x), n, res(math.ldexp, x, n)))

vecs = [[3.0, 4.0], [1.0], [], [-5.0], [0.0, 0.0], [math.inf, math.nan], [math.nan, 1.0],
        [1e308, 1e308], [5e-324, 5e-324], [1e-310, 3e-310, 2e-320], [1.0] * 10,
        [2.2250738585072014e-308, 1e-320]]
for _ in range(300):
    n = rng.randint(2, 6)
    scale = 10 ** rng.uniform(-300, 300)
    vecs.append([rng.uniform(-1, 1) * scale for _ in range(n)])
for _ in range(100):
    vecs.append([rng.uniform(-100, 100) for _ in range(rng.randint(2, 4))])
for v in vecs:
    out.append("hypot\t%s=>\t%s" % ("".join(fb(x) + "\t" for x in v), res(math.hypot, *v)))
for _ in range(150):
    n = rng.randint(1, 5)
    p = [rng.uniform(-1e3, 1e3) for _ in range(n)]
    q = [rng.uniform(-1e3, 1e3) for _ in range(n)]
    out.append("dist\t%s=>\t%s" % ("".join(fb(x) + "\t" for x in p + q), res(math.dist, p, q)))

sums = [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1e-16, 1.0, 1e16],
        [math.inf, 1.0], [math.inf, -math.inf], [math.nan, 1.0], [1e308, 1e308], [-0.0],
        [], [2.0 ** 53, -0.5, -2.0 ** -54], [1.7976931348623157e308, -1e292, 1e292]]
for _ in range(200):
    n = rng.randint(1, 30)
    sums.append([rng.uniform(-1, 1) * 10 ** rng.randint(-30, 30) for _ in range(n)])
for s in sums:
    out.append("fsum\t%s=>\t%s" % ("".join(fb(x) + "\t" for x in s), res(math.fsum, s)))

for a, b, rt, at in [(1.0, 1.0 + 1e-10, 1e-9, 0.0), (1.0, 1.1, 1e-9, 0.0), (0.0, 1e-10, 1e-9, 0.0),
                     (0.0, 1e-10, 1e-9, 1e-9), (math.inf, math.inf, 1e-9, 0.0), (math.inf, 1e308, 1e-9, 0.0),
                     (math.nan, math.nan, 1e-9, 0.0), (1.0, 2.0, 0.5, 0.0), (1.0, 2.0, -1.0, 0.0),
                     (1.0, 2.0, 0.1, -1.0), (100.0, 101.0, 0.01, 0.0), (100.0, 101.0, 0.0099, 0.0)]:
    out.append("isclose\t%s\t%s\t%s\t%s\t=>\t%s" % (fb(a), fb(b), fb(rt), fb(at),
               res(lambda *v: math.isclose(v[0], v[1], rel_tol=v[2], abs_tol=v[3]), a, b, rt, at)))

bigs = [1, 2, 10, 2**53 + 1, 10**20, 10**308, 10**309, 2**1024, 2**1024 - 1, 2**1023 * 3, 7**500,
        10**1000, 3**10000, 0, -1, -10**400, 2**1024 - 2**970, 2**1024 - 2**970 - 1]
for _ in range(40):
    bigs.append(rng.getrandbits(rng.randint(1, 3000)) + 1)
for n in bigs:
    for name in ("log", "log2", "log10"):
        out.append("logint\t%s\t%d\t=>\t%s" % (name, n, res(getattr(math, name), n)))
    out.append("tofloat\t%d\t=>\t%s" % (n, res(float, n)))

ints = [0, 1, -1, 12, 18, -18, 2**64, 3**100, -(5**80), 10**50 + 7, 2**200 * 3**50]
for _ in range(30):
    ints.append(rng.getrandbits(rng.randint(1, 400)) * rng.choice([1, -1]))
for a in ints:
    for b in ints[:12]:
        out.append("gcd\t%d\t%d\t=>\t%s" % (a, b, res(math.gcd, a, b)))
        out.append("lcm\t%d\t%d\t=>\t%s" % (a, b, res(math.lcm, a, b)))
for n in ints + [2, 3, 4, 15, 16, 17, 10**40, 10**40 - 1, (10**20 + 1)**2, (10**20 + 1)**2 - 1]:
    out.append("isqrt\t%d\t=>\t%s" % (n, res(math.isqrt, n)))
for n in [0, 1, 2, 5, 10, 20, 21, 30, 100, 171, 500, 1000, 3000, -1]:
    out.append("factorial\t%d\t=>\t%s" % (n, res(math.factorial, n)))
for n, k in [(0, 0), (5, 2), (5, 5), (5, 6), (10, 3), (50, 25), (100, 1), (1000, 500), (300, 299),
             (-1, 2), (3, -1), (10**30, 3), (10**30, 10**30 - 2), (67, 33), (2**40, 4)]:
    out.append("comb\t%d\t%d\t=>\t%s" % (n, k, res(math.comb, n, k)))
    out.append("perm\t%d\t%d\t=>\t%s" % (n, k, res(math.perm, n, k) if k < 2000 or k > n else "skip"))

print("# CPython %s math vectors; regenerate with tests/data/gen_math_vectors.py" % sys.version.split()[0])
for line in out:
    if not line.endswith("skip"):
        print(line)
