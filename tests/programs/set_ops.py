# Types: set operators | & - ^ and comparisons (subset/superset/equality) on sets of ints, with CPython result order.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(b | a, b & a)
c = {10, 20, 30, 100, 3}
print(a | c, c | a, a & c, c & a, c - a, a ^ c)
print(a == {5, 4, 3, 2, 1}, a != b, {1, 2} < a, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, a > {1}, a >= a, b <= a)
print(len(a | b), len(a & b), 3 in a, 9 in a, 9 not in a)
e = set()
print(e | a, e & a, a - e, e - a, e ^ e, e == set(), e < a)
x = {64, 128, 256, 512, 1}
y = {1, 2, 4, 8, 16, 32, 64}
print(x | y, x & y, x - y, y - x, x ^ y)
u = set()
for i in range(10):
    u = u | {i * i % 17}
print(u)
u2 = u
u |= {100}
print(u, u2, u is u2)
u -= {0, 1}
u &= {4, 9, 13, 16, 100, 8}
u ^= {8, 9, 1000}
print(u)
w = {1, 2, 3}
w2 = w | set()
print(w == w2, w is w2)
print(sorted(a ^ b), sum(a | b), max(a & b), min(a - b))
print(set() == set(), {0} == {False}, {1, 2} == [1, 2])
print({-1, -2} | {-3}, {2**70, 1} & {2**70}, {-1} ^ {1})
