#!/usr/bin/env python3
"""Write tests/data/set_vectors.txt: set iteration orders recorded from CPython 3.11.

Run with CPython 3.11 (`python3 tests/data/gen_set_vectors.py`). The unit tests of
src/runtime/settable.rs replay every case and compare the iteration order exactly.

Format: one op per line, whitespace-separated; `#` starts a comment line.
Registers are names (A, B, C...) holding sets; keys are ints (Python hash rules).

  case NAME                 start a case (all registers dropped)
  new A                     A = set()
  add A k...                A.add(k) for each k
  discard A k...            A.discard(k) for each k
  pop A k                   assert A.pop() == k
  popempty A                assert A.pop() raises KeyError
  clear A                   A.clear()
  copy B A                  B = A.copy()
  fromiter A k...           A = set([k...])               (duplicates allowed)
  fromdict A k...           A = set(dict.fromkeys([k...]))
  display A k...            A = {k, ...}                  (a display of constants)
  forconst A k...           A = the frozenset that `for x in {k, ...}` iterates
  updateiter A k...         A.update([k...])
  updatedict A k...         A.update(dict.fromkeys([k...]))
  or|and|sub|xor C A B      C = A op B    (A and B may be the same register)
  ior|iand|isub|ixor A B    A op= B       (A and B may be the same register)
  anditer C A k...          C = A.intersection([k...])
  iandIter A k...           A.intersection_update([k...])
  subiter C A k...          C = A.difference([k...])
  subdict C A k...          C = A.difference(dict.fromkeys([k...]))
  isubiter A k...           A.difference_update([k...])
  xoriter C A k...          C = A.symmetric_difference([k...])
  xordict C A k...          C = A.symmetric_difference(dict.fromkeys([k...]))
  ixoriter A k...           A.symmetric_difference_update([k...])
  ixordict A k...           A.symmetric_difference_update(dict.fromkeys([k...]))
  rel OP A B 0|1            OP in subset superset disjoint eq: A.OP(B) / A == B
  reliter OP A 0|1 k...     OP in subset superset disjoint, with the list [k...]
  lcgadd A seed n mode      add n keys from lcg_keys(seed, n, mode)
  lcgdiscard A seed n mode  discard n keys from lcg_keys(seed, n, mode)
  rangeadd A start stop     add start, start+1, ..., stop-1
  rangediscard A start stop discard start, ..., stop-1
  popn A n sum              pop n times; checksum of the popped keys
  expect A k...             list(A) == [k...]
  expectsum A len sum       len(A) == len and checksum(list(A)) == sum
  keys L k...               name a key list; `@L` in place of `k...` stands for it
                            (ops on dict.fromkeys(...) deduplicate it first)
"""

import os
import random
import sys

M64 = (1 << 64) - 1
P = (1 << 61) - 1


def lcg_keys(seed, n, mode):
    """Deterministic keys; mirrored by `lcg_keys` in the Rust tests."""
    state = seed & M64
    out = []
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) & M64
        v = state >> 33
        if mode == 0:
            k = v % 1000
        elif mode == 1:
            k = v % 200000 - 100000
        elif mode == 2:
            state = (state * 6364136223846793005 + 1442695040888963407) & M64
            w = state >> 33
            k = ((v << 31) | w) - (1 << 61)
        elif mode == 3:
            # Distinct keys with colliding hashes: hash(k + m*P) == k for k >= 0.
            k = v % 50 + (v // 50 % 3) * P
        else:
            raise ValueError(mode)
        out.append(k)
    return out


def checksum(keys):
    h = 0
    for k in keys:
        h = (h * 1000003 + (k & M64)) & M64
    return h


class Gen:
    def __init__(self):
        self.lines = []
        self.regs = {}
        self.named = {}
        self.ncases = 0

    def emit(self, *parts):
        self.lines.append(" ".join(str(p) for p in parts))

    def keys(self, name, ks):
        """Name a key list; later ops given the same list object emit `@name`."""
        self.named[id(ks)] = name
        self.emit("keys", name, *ks)

    def ks(self, ks):
        name = self.named.get(id(ks))
        return ["@" + name] if name is not None else list(ks)

    def case(self, name):
        self.regs = {}
        self.named = {}
        self.ncases += 1
        self.emit("case", name)

    def expect(self, r, full_limit=100):
        s = self.regs[r]
        if len(s) <= full_limit:
            self.emit("expect", r, *list(s))
        else:
            self.emit("expectsum", r, len(s), checksum(list(s)))

    def expect_all(self):
        for r in sorted(self.regs):
            self.expect(r)

    # -- building
    def new(self, r):
        self.regs[r] = set()
        self.emit("new", r)

    def add(self, r, *ks):
        for k in ks:
            self.regs[r].add(k)
        self.emit("add", r, *ks)

    def discard(self, r, *ks):
        for k in ks:
            self.regs[r].discard(k)
        self.emit("discard", r, *ks)

    def pop(self, r):
        s = self.regs[r]
        if s:
            self.emit("pop", r, s.pop())
        else:
            self.emit("popempty", r)

    def popn(self, r, n):
        s = self.regs[r]
        popped = [s.pop() for _ in range(n)]
        self.emit("popn", r, n, checksum(popped))

    def clear(self, r):
        self.regs[r].clear()
        self.emit("clear", r)

    def copy(self, dst, src):
        self.regs[dst] = self.regs[src].copy()
        self.emit("copy", dst, src)

    def fromiter(self, r, ks):
        self.regs[r] = set(ks)
        self.emit("fromiter", r, *self.ks(ks))

    def fromdict(self, r, ks):
        d = dict.fromkeys(ks)
        self.regs[r] = set(d)
        self.emit("fromdict", r, *self.ks(ks))

    def display(self, r, ks):
        assert ks
        self.regs[r] = eval("{" + ", ".join(map(str, ks)) + ",}")
        self.emit("display", r, *self.ks(ks))

    def forconst(self, r, ks):
        assert ks
        order = eval("[x for x in {" + ", ".join(map(str, ks)) + ",}]")
        # Record as a plain set with the same order for later expects.
        self.regs[r] = FrozenOrder(order)
        self.emit("forconst", r, *self.ks(ks))

    def updateiter(self, r, ks):
        self.regs[r].update(ks)
        self.emit("updateiter", r, *self.ks(ks))

    def updatedict(self, r, ks):
        d = dict.fromkeys(ks)
        self.regs[r].update(d)
        self.emit("updatedict", r, *self.ks(ks))

    def lcgadd(self, r, seed, n, mode):
        self.regs[r].update(lcg_keys(seed, n, mode))  # update(list) == add each
        self.emit("lcgadd", r, seed, n, mode)

    def lcgdiscard(self, r, seed, n, mode):
        s = self.regs[r]
        for k in lcg_keys(seed, n, mode):
            s.discard(k)
        self.emit("lcgdiscard", r, seed, n, mode)

    def rangeadd(self, r, start, stop):
        self.regs[r].update(range(start, stop))
        self.emit("rangeadd", r, start, stop)

    def rangediscard(self, r, start, stop):
        s = self.regs[r]
        for k in range(start, stop):
            s.discard(k)
        self.emit("rangediscard", r, start, stop)

    # -- operations
    def binop(self, op, c, a, b):
        x, y = self.regs[a], self.regs[b]
        self.regs[c] = {"or": x.__or__, "and": x.__and__, "sub": x.__sub__, "xor": x.__xor__}[op](y)
        self.emit(op, c, a, b)

    def inop(self, op, a, b):
        x, y = self.regs[a], self.regs[b]
        if op == "ior":
            x |= y
        elif op == "iand":
            x &= y
        elif op == "isub":
            x -= y
        elif op == "ixor":
            x ^= y
        self.regs[a] = x
        self.emit(op, a, b)

    def iterop(self, op, dst, a, ks):
        x = self.regs[a]
        d = dict.fromkeys(ks)
        if op == "anditer":
            self.regs[dst] = x.intersection(ks)
        elif op == "subiter":
            self.regs[dst] = x.difference(ks)
        elif op == "subdict":
            self.regs[dst] = x.difference(d)
        elif op == "xoriter":
            self.regs[dst] = x.symmetric_difference(ks)
        elif op == "xordict":
            self.regs[dst] = x.symmetric_difference(d)
        else:
            raise ValueError(op)
        self.emit(op, dst, a, *self.ks(ks))

    def initerop(self, op, a, ks):
        x = self.regs[a]
        d = dict.fromkeys(ks)
        if op == "iandIter":
            x.intersection_update(ks)
        elif op == "isubiter":
            x.difference_update(ks)
        elif op == "ixoriter":
            x.symmetric_difference_update(ks)
        elif op == "ixordict":
            x.symmetric_difference_update(d)
        else:
            raise ValueError(op)
        self.emit(op, a, *self.ks(ks))

    def rel(self, op, a, b):
        x, y = self.regs[a], self.regs[b]
        v = {"subset": x.issubset, "superset": x.issuperset,
             "disjoint": x.isdisjoint, "eq": x.__eq__}[op](y)
        self.emit("rel", op, a, b, int(v))

    def reliter(self, op, a, ks):
        x = self.regs[a]
        v = {"subset": x.issubset, "superset": x.issuperset, "disjoint": x.isdisjoint}[op](ks)
        self.emit("reliter", op, a, int(v), *self.ks(ks))


class FrozenOrder(list):
    """Stands for a set register whose iteration order is fixed (forconst)."""


def rkey(r, style):
    if style == "small":
        return r.randrange(0, 64)
    if style == "neg":
        return r.randrange(-40, 40)
    if style == "mid":
        return r.randrange(0, 1 << 20)
    if style == "big":
        return r.randrange(-(1 << 63), 1 << 63)
    if style == "coll":
        # Share hashes: k, k + P, k + 2P, and -1/-2 (both hash to -2).
        return r.choice([r.randrange(0, 40) + r.randrange(0, 3) * P, -1, -2, P, -P])
    if style == "pow2":
        return r.randrange(0, 64) * r.choice([8, 16, 32, 64, 1024, 1 << 20, 1 << 40])
    c = r.random()
    for s, cut in (("small", 0.3), ("neg", 0.45), ("mid", 0.6), ("big", 0.75), ("coll", 0.9)):
        if c < cut:
            return rkey(r, s)
    return rkey(r, "pow2")


STYLES = ["small", "neg", "mid", "big", "coll", "pow2", "mix", "mix"]


def rset_keys(r, n, style):
    return [rkey(r, style) for _ in range(n)]


def fixed_cases(g):
    g.case("display_3_1_2")
    g.display("A", [3, 1, 2])
    g.expect("A")
    g.case("display_100_5_37_8_1000")
    g.display("A", [100, 5, 37, 8, 1000])
    g.expect("A")
    g.fromiter("B", [100, 5, 37, 8, 1000])
    g.expect("B")
    g.new("C")
    g.add("C", 100, 5, 37, 8, 1000)
    g.expect("C")
    g.case("display_7_15_1")
    g.display("A", [7, 15, 1])
    g.forconst("F", [7, 15, 1])
    g.fromiter("B", [7, 15, 1])
    g.expect_all()
    g.case("display_two")
    g.display("A", [15, 7])
    g.display("B", [-1, -2])
    g.expect_all()
    g.case("neg_one_minus_two")
    g.fromiter("A", [-1, -2, -3, 0, 1, 2, 2**61 - 1, 2**61, -(2**61), 2**63 - 1, -(2**63)])
    g.expect("A")
    g.case("pop_finger_survives_clear")
    g.fromiter("A", list(range(6)))
    g.pop("A")
    g.pop("A")
    g.clear("A")
    g.add("A", 0, 1, 2, 3)
    g.pop("A")
    g.pop("A")
    g.expect("A")
    g.case("dummy_reuse_last")
    g.new("A")
    g.add("A", 0, 8, 16)
    g.discard("A", 0, 8)
    g.add("A", 24, 1)
    g.expect("A")
    g.case("copy_shrinks")
    g.fromiter("A", [0, 1, 2, 3, 4])
    g.copy("B", "A")
    g.expect_all()
    g.case("empty_ops")
    g.new("A")
    g.new("B")
    g.pop("A")
    for op in ("or", "and", "sub", "xor"):
        g.binop(op, "C" + op, "A", "B")
    g.rel("subset", "A", "B")
    g.rel("disjoint", "A", "B")
    g.expect_all()
    g.case("self_ops")
    g.fromiter("A", [5, 13, 21, 1, 2, 3, 29])
    g.discard("A", 13)
    for op in ("or", "and", "sub", "xor"):
        g.binop(op, "C" + op, "A", "A")
    g.copy("I", "A")
    g.inop("ior", "I", "I")
    g.copy("J", "A")
    g.inop("iand", "J", "J")
    g.copy("K", "A")
    g.inop("isub", "K", "K")
    g.add("K", 7)
    g.copy("L", "A")
    g.inop("ixor", "L", "L")
    g.add("L", 9)
    g.rel("disjoint", "A", "A")
    g.rel("subset", "A", "A")
    g.expect_all()


def growth_cases(g, r):
    for n in (4, 5, 6, 18, 19, 20, 76, 77, 78, 299, 300, 301, 1000):
        for style in ("small", "seq", "rev", "neg", "big", "coll", "pow2", "mix"):
            g.case(f"growth_{n}_{style}")
            if style == "seq":
                ks = list(range(n))
            elif style == "rev":
                ks = list(range(n * 3, 0, -3))
            elif style == "small":
                ks = [r.randrange(0, 2 * n + 8) for _ in range(n)]
            else:
                ks = rset_keys(r, n, style)
            g.keys("K", ks)
            g.new("A")
            g.updateiter("A", ks)
            g.expect("A")
            if n <= 300:
                g.fromiter("B", ks)
                g.copy("C", "A")
                g.expect("C")
                if n <= 77:
                    g.display("D", ks)
                    g.forconst("F", ks)
                    g.expect("D")
                    g.expect("F")
                g.fromdict("E", ks)
                g.expect("E")


def big_cases(g):
    for seed, n, mode in ((1, 50001, 1), (2, 50005, 2), (3, 60000, 1), (4, 120000, 2),
                          (5, 80000, 3), (6, 12500, 0), (7, 200000, 1)):
        g.case(f"big_{seed}_{n}_{mode}")
        g.new("A")
        g.lcgadd("A", seed, n, mode)
        g.expect("A")
        g.lcgdiscard("A", seed + 100, n // 3, mode)
        g.expect("A")
        g.pop("A")
        g.pop("A")
        g.lcgadd("A", seed + 200, n // 2, mode)
        g.expect("A")
        g.copy("B", "A")
        g.expect("B")
        g.popn("B", min(1000, len(g.regs["B"])))
        g.expect("B")
    # Set operations around the 50000 boundary.
    g.case("big_ops")
    g.new("A")
    g.lcgadd("A", 11, 70000, 1)
    g.new("B")
    g.lcgadd("B", 12, 52000, 1)
    g.new("S")
    g.lcgadd("S", 13, 3000, 1)
    for op in ("or", "and", "sub", "xor"):
        g.binop(op, "X" + op, "A", "B")
        g.binop(op, "Y" + op, "A", "S")
        g.binop(op, "Z" + op, "S", "A")
    g.copy("I", "S")
    g.inop("isub", "I", "A")
    g.copy("J", "A")
    g.inop("isub", "J", "S")
    g.copy("K", "A")
    g.inop("iand", "K", "S")
    g.copy("L", "S")
    g.inop("ixor", "L", "B")
    g.expect_all()


def slots(s):
    """The table size of a set, from sys.getsizeof (CPython 3.11, 64-bit)."""
    extra = sys.getsizeof(s) - sys.getsizeof(set())
    return extra // 16 if extra else 8


def boundary_cases(g):
    # Make a resize happen with `used` exactly 49999..50002: fill the 131072-slot
    # table to fill == 78642 (the next new slot triggers a resize), remove keys to
    # set `used`, then add a key landing in a never-used slot.
    # Keys 100000..178641 occupy distinct slots of the 131072-slot table but order
    # differently in a 262144-slot one; key 60000 lands in a never-used slot.
    for used_after in (49999, 50000, 50001, 50002):
        g.case(f"resize_at_used_{used_after}")
        g.new("A")
        g.rangeadd("A", 100000, 178642)
        assert slots(g.regs["A"]) == 131072
        g.rangediscard("A", 100000, 100000 + 78642 - (used_after - 1))
        assert len(g.regs["A"]) == used_after - 1
        g.add("A", 60000)
        want = 131072 if used_after > 50000 else 262144
        assert slots(g.regs["A"]) == want, (used_after, slots(g.regs["A"]))
        g.expect("A")
        g.pop("A")
        g.add("A", -5, 7, 1 << 40)
        g.expect("A")


def tie_cases(g, r):
    # Equal sizes, equal or overlapping keys, different layouts: which table
    # intersection and isdisjoint walk decides the result's insertion order.
    for t in range(40):
        n = r.choice([2, 3, 4, 5, 6, 9, 12, 20, 40])
        style = r.choice(["small", "coll", "pow2", "mix"])
        ks = list(dict.fromkeys(rset_keys(r, 3 * n, style)))[:n]
        if len(ks) < 2:
            continue
        g.case(f"tie_{t}_{n}_{style}")
        g.new("A")
        g.add("A", *ks)
        extra = rset_keys(r, r.randrange(0, 3 * n), style)
        g.new("B")
        g.add("B", *[k for k in extra if k not in ks])
        g.add("B", *reversed(ks))
        g.discard("B", *[k for k in extra if k not in ks])
        if r.random() < 0.5:
            # Swap one common key for another so the sets only overlap.
            g.discard("B", ks[0])
            g.add("B", r.choice([k for k in rset_keys(r, 8, style) if k not in ks] or [987654321]))
        if len(g.regs["A"]) != len(g.regs["B"]):
            continue
        g.binop("and", "C", "A", "B")
        g.binop("and", "D", "B", "A")
        g.copy("I", "A")
        g.pop("I")
        g.add("I", ks[-1])
        g.inop("iand", "I", "B")
        g.add("I", *rset_keys(r, 3, style))
        g.pop("I")
        g.copy("J", "B")
        g.inop("iand", "J", "A")
        g.add("J", *rset_keys(r, 3, style))
        g.expect_all()


def random_op_cases(g, r, count):
    for t in range(count):
        style = r.choice(STYLES)
        g.case(f"ops_{t}_{style}")
        g.new("A")
        nops = r.randrange(1, 400)
        for step in range(nops):
            s = g.regs["A"]
            c = r.random()
            if c < 0.5:
                g.add("A", *[rkey(r, style) for _ in range(r.randrange(1, 6))])
            elif c < 0.75 and s:
                ks = [r.choice(list(s)) if r.random() < 0.85 else rkey(r, style)
                      for _ in range(r.randrange(1, 4))]
                g.discard("A", *ks)
            elif c < 0.92:
                g.pop("A")
            elif c < 0.94:
                g.clear("A")
            elif c < 0.97:
                g.copy("A", "A")
            else:
                g.expect("A")
        g.expect("A")


def pair(r, na, nb, style, overlap):
    a = rset_keys(r, na, style)
    b = rset_keys(r, nb, style)
    if a and overlap:
        for i in range(len(b)):
            if r.random() < overlap:
                b[i] = r.choice(a)
    return a, b


def build_reg(g, r, name, ks):
    """Build a register in a random way (adds, list, dict, with removals)."""
    how = r.randrange(4)
    if how == 0:
        g.new(name)
        if ks:
            g.add(name, *ks)
    elif how == 1:
        g.fromiter(name, ks)
    elif how == 2:
        g.fromdict(name, ks)
    else:
        extra = rset_keys(r, len(ks) // 2 + 1, "mix")
        g.new(name)
        g.add(name, *(ks + extra))
        g.discard(name, *extra)


SIZES = [0, 1, 2, 3, 4, 5, 8, 10, 19, 25, 40, 77, 100, 300, 700]


def setop_cases(g, r, count):
    for t in range(count):
        na, nb = r.choice(SIZES), r.choice(SIZES)
        style = r.choice(STYLES)
        overlap = r.choice([0, 0.2, 0.5, 0.9])
        a, b = pair(r, na, nb, style, overlap)
        g.case(f"setops_{t}_{na}_{nb}_{style}")
        build_reg(g, r, "A", a)
        build_reg(g, r, "B", b)
        if r.random() < 0.3 and g.regs["A"]:
            g.pop("A")
        for op in ("or", "and", "sub", "xor"):
            g.binop(op, "C" + op, "A", "B")
            g.binop(op, "D" + op, "B", "A")
        for op in ("ior", "iand", "isub", "ixor"):
            g.copy("I" + op, "A")
            for _ in range(r.randrange(0, 3)):
                g.pop("I" + op)  # the finger survives the in-place operation
            g.inop(op, "I" + op, "B")
            g.add("I" + op, *rset_keys(r, 3, style))
            g.pop("I" + op)
        for op in ("subset", "superset", "disjoint", "eq"):
            g.rel(op, "A", "B")
            g.rel(op, "B", "A")
        g.expect_all()
        # Iterable operands.
        lst = [r.choice(a) if a and r.random() < 0.5 else rkey(r, style)
               for _ in range(r.randrange(0, max(2, nb + 1)))]
        if lst and r.random() < 0.5:
            lst += lst[: len(lst) // 2]  # duplicates
        g.case(f"iterops_{t}_{na}_{len(lst)}_{style}")
        build_reg(g, r, "A", a)
        g.keys("L", lst)
        for op in ("anditer", "subiter", "subdict", "xoriter", "xordict"):
            g.iterop(op, "C" + op, "A", lst)
        for op in ("iandIter", "isubiter", "ixoriter", "ixordict"):
            g.copy("I" + op, "A")
            g.initerop(op, "I" + op, lst)
            g.add("I" + op, *rset_keys(r, 2, style))
        g.copy("U", "A")
        g.updateiter("U", lst)
        g.copy("V", "A")
        g.updatedict("V", lst)
        for op in ("subset", "superset", "disjoint"):
            g.reliter(op, "A", lst)
        g.expect_all()


def difference_path_cases(g, r):
    # Around (len(a) >> 2) > len(b) and (len(b) >> 3) > len(a).
    for na, nb in ((20, 4), (20, 5), (21, 5), (24, 5), (24, 6), (100, 24), (100, 25),
                   (4, 40), (4, 41), (5, 41), (5, 48), (1, 16), (2, 24), (300, 10)):
        for style in ("mix", "small", "coll"):
            a, b = pair(r, na, nb, style, 0.5)
            g.case(f"diffpath_{na}_{nb}_{style}")
            g.fromiter("A", a)
            g.fromiter("B", b)
            g.binop("sub", "C", "A", "B")
            g.binop("sub", "D", "B", "A")
            g.copy("I", "A")
            g.inop("isub", "I", "B")
            g.add("I", *rset_keys(r, 5, style))
            g.copy("J", "B")
            g.inop("isub", "J", "A")
            g.add("J", *rset_keys(r, 5, style))
            g.iterop("subdict", "E", "A", b)
            g.expect_all()


def list_cases(g, r, count):
    for t in range(count):
        style = r.choice(STYLES)
        n = r.choice([3, 5, 10, 30, 100, 400])
        ks = rset_keys(r, n, style)
        ks += [r.choice(ks) for _ in range(n)]
        r.shuffle(ks)
        g.case(f"list_dups_{t}_{style}")
        g.keys("K", ks)
        g.fromiter("A", ks)
        g.fromdict("B", ks)
        if n <= 100:
            g.display("C", ks)
            g.forconst("F", ks)
        g.new("D")
        g.updateiter("D", ks[: n // 2])
        g.updatedict("D", ks[n // 2:])
        g.expect_all()


def pop_cases(g, r, count):
    for t in range(count):
        style = r.choice(STYLES)
        g.case(f"pops_{t}_{style}")
        g.new("A")
        for _ in range(r.randrange(5, 60)):
            if r.random() < 0.6:
                g.add("A", *rset_keys(r, r.randrange(1, 8), style))
            else:
                for _ in range(r.randrange(1, 6)):
                    g.pop("A")
            if r.random() < 0.1:
                g.copy("B", "A")
                g.pop("B")
                g.expect("B")
        g.expect("A")


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run with CPython 3.11")
    r = random.Random(20240611)
    g = Gen()
    g.emit("# Generated by tests/data/gen_set_vectors.py from CPython",
           sys.version.split()[0] + "; do not edit.")
    fixed_cases(g)
    growth_cases(g, r)
    big_cases(g)
    boundary_cases(g)
    tie_cases(g, r)
    random_op_cases(g, r, 150)
    setop_cases(g, r, 150)
    difference_path_cases(g, r)
    list_cases(g, r, 60)
    pop_cases(g, r, 60)
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "set_vectors.txt")
    with open(out, "w") as f:
        f.write("\n".join(g.lines) + "\n")
    print(f"wrote {g.ncases} cases, {len(g.lines)} lines to {out}")


if __name__ == "__main__":
    main()
