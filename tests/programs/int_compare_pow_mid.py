# Comparisons between inline, bool and big ints, and powers whose results fit
# in 127 bits or just exceed it (the fast paths), against floats too.
vals = [0, 1, -1, True, False, 2**47, -2**47, 2**63, 2**64 - 1, 2**96, 2**127 - 1,
        2**127, 2**200, -2**200, 1.5, -0.5, 2.0**64, float("inf")]
out = []
for a in vals:
    row = []
    for b in vals:
        row.append((a < b) * 1 + (a <= b) * 2 + (a == b) * 4 + (a != b) * 8 + (a > b) * 16 + (a >= b) * 32)
    out.append(sum(row))
print(out)
for base in (2, -2, 3, -3, 7, 2**31, -2**31, 2**63 - 1, -2**63, 10):
    for e in (0, 1, 2, 31, 62, 63, 64, 89, 126, 127, 128, 130):
        r = base ** e
        print(base, e, r % 1000000007, r.bit_length(), r < 0)


class MyInt(int):
    def __lt__(self, other):
        return "custom"


print(MyInt(3) < 5, 5 > MyInt(3), MyInt(2**80) < 1)
print(2 ** 70 > 2 ** 69, -(2 ** 70) < 2 ** 69, 2 ** 70 == 2 ** 70, True == 1, (2**64 > 1.5))
