# ints: & | ^ ~ on small, negative and big ints (two's complement semantics on unbounded ints).
vals = [0, 1, -1, 5, -5, 255, -256, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, -2**64 - 1, 2**100 + 7, -2**100 + 3]
for a in vals:
    print("~", a, ~a)
pairs = [(12, 10), (-12, 10), (12, -10), (-12, -10), (2**64 + 5, 3), (-(2**64) - 5, 3),
         (2**70 - 1, -2**35), (-2**70, -1), (-2**70, 2**70 - 1), (2**100, -(2**100)),
         (0xFFFFFFFFFFFFFFFF, -1), (-1, 0), (7, 0), (123456789123456789, 987654321987654321),
         (-123456789123456789, 987654321987654321)]
for a, b in pairs:
    print(a, b, a & b, a | b, a ^ b)
print(~~5, ~-1, ~0)
print(-1 & 0xFF, -256 & 0xFF, -257 & 0xFFFF)
print((2**64 - 1) ^ (2**63), (2**64) | 1, (2**64) & (2**64 - 1))
print(True & False, True | False, True ^ True, ~True, ~False)
print(type(True & True), type(True & 1), type(True ^ False))
x = 0
for i in range(0, 80, 7):
    x = x ^ (1 << i)
print(x, bin(x))
print(x & -x, x & (x - 1))
