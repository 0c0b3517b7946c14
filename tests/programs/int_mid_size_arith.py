# Arithmetic on ints between 48 and 128 bits (the 128-bit path) and just past
# it, checked with signs, floor division, modulo and bit operations.
edges = [2**47, 2**48 + 5, 2**62 - 1, 2**63, 2**64 + 7, 2**95 - 3, 2**96, 2**96 + 1,
         2**120, 2**127 - 1, 2**127, 2**130 + 11, 3, 1, 7919, 2305843009213693951]
vals = edges + [-v for v in edges]
acc = 0
n = 0
for a in vals:
    for b in vals:
        r = [a + b, a - b, a * b, a & b, a | b, a ^ b, a // b, a % b, divmod(a, b)]
        for x in r:
            if isinstance(x, tuple):
                for y in x:
                    acc = (acc * 1000003 + y) % (2**89 - 1)
            else:
                acc = (acc * 1000003 + x) % (2**89 - 1)
        n += 1
print(n, acc)
h = 7
for ch in "tauraro and cpython agree on mid-size ints" * 20:
    h = (h * 131 + ord(ch)) % 2305843009213693951
print(h)
x = 2**100
print(x // -3, x % -3, -x // 3, -x % 3, (x * x) // x == x, x - x, type(x - x + 1))
print(True + 2**70, (2**70) * False, 2**64 - 2**64 + True)
