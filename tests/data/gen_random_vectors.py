#!/usr/bin/env python3
"""Generate CPython 3.11 reference sequences for src/runtime/modules/random.rs.

    python3 tests/data/gen_random_vectors.py > tests/data/random_vectors.txt

Each line is `kind<TAB>seed<TAB>args...<TAB>=><TAB>results` where the seed is a
decimal int, `s:<hex of UTF-8>` (a str seed) or `v1:<hex>` (a str seed with
version=1); float results are the hex bits of the double, comma separated.
"""

import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "generate with CPython 3.11"


def fb(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def make(seed):
    if seed.startswith("s:"):
        return random.Random(bytes.fromhex(seed[2:]).decode())
    if seed.startswith("v1:"):
        r = random.Random()
        r.seed(bytes.fromhex(seed[3:]).decode(), version=1)
        return r
    return random.Random(int(seed))


def s(text):
    return "s:" + text.encode().hex()


def v1(text):
    return "v1:" + text.encode().hex()


gen = random.Random(99)
SEEDS = ["0", "1", "-1", "42", "-42", "12345", "4294967295", "4294967296", "18446744073709551615",
         "18446744073709551616", str(2**100 + 12345), str(-(3**200)), str(10**500),
         s(""), s("hello"), s("a" * 200), s("héllo wörld ✓"), v1("hello"), v1(""), v1("zß")]
SEEDS += [str(gen.getrandbits(gen.randint(1, 200)) * gen.choice([1, -1])) for _ in range(20)]

out = []
for seed in SEEDS:
    r = make(seed)
    st = r.getstate()[1]
    out.append("state\t%s\t=>\t%d,%d,%d,%d" % (seed, st[0], st[1], st[623], st[624]))
    r = make(seed)
    out.append("random\t%s\t%d\t=>\t%s" % (seed, 700, ",".join(fb(r.random()) for _ in range(700))))
    ks = [gen.choice([0, 1, 5, 31, 32, 33, 47, 48, 63, 64, 65, 100, 200, 1000]) for _ in range(40)]
    r = make(seed)
    out.append("bits\t%s\t%s\t=>\t%s" % (seed, ",".join(map(str, ks)), ",".join(str(r.getrandbits(k)) for k in ks)))
    ns = [gen.choice([1, 2, 3, 7, 10, 100, 1000, 2**31, 2**32, 2**32 + 1, 2**63, 2**64 - 1, 2**64,
                      10**30, 3**100, 12345678901234567890]) for _ in range(60)]
    r = make(seed)
    out.append("below\t%s\t%s\t=>\t%s" % (seed, ",".join(map(str, ns)), ",".join(str(r._randbelow(n)) for n in ns)))
    for n in (0, 1, 2, 10, 52, 1000):
        r = make(seed)
        x = list(range(n))
        r.shuffle(x)
        out.append("shuffle\t%s\t%d\t=>\t%s" % (seed, n, ",".join(map(str, x))))
    for n, k in ((10, 3), (10, 10), (30, 6), (100, 5), (100, 50), (1000, 20), (20, 0), (5, 5), (22, 6), (21, 6)):
        r = make(seed)
        out.append("sample\t%s\t%d\t%d\t=>\t%s" % (seed, n, k, ",".join(map(str, r.sample(range(n), k)))))
    r = make(seed)
    out.append("gauss\t%s\t%d\t=>\t%s" % (seed, 25, ",".join(fb(r.gauss()) for _ in range(25))))
    r = make(seed)
    out.append("normal\t%s\t%d\t=>\t%s" % (seed, 25, ",".join(fb(r.normalvariate()) for _ in range(25))))
    for alpha in (0.5, 1.0, 2.5, 9.0):
        r = make(seed)
        out.append("gamma\t%s\t%d\t%s\t=>\t%s" % (seed, 10, fb(alpha), ",".join(fb(r.gammavariate(alpha, 1.0)) for _ in range(10))))

print("# CPython %s random vectors; regenerate with tests/data/gen_random_vectors.py" % sys.version.split()[0])
for line in out:
    print(line)
