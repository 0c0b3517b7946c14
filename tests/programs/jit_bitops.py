# JIT: bit operations and shifts (including by large amounts and across the
# 64-bit boundary) in hot loops.
x = 0
for i in range(600):
    x ^= (i * 2654435761) & 0xFFFFFFFF
    x = ((x << 5) | (x >> 27)) & 0xFFFFFFFF
    if i % 100 == 0:
        print(i, x, hex(x), bin(x & 0xFF))
print("hash", x)

acc = 0
for s in range(0, 200):
    v = 1 << s
    w = -1 << s
    acc += (v >> (s // 2)) + (w >> s) + (v & (v - 1))
    if s in (0, 31, 32, 46, 47, 48, 62, 63, 64, 65, 127, 128, 199):
        print("shift", s, v, w, v >> 3, w >> 3, v.bit_length(), (-v) >> 100)
print("acc", acc)

# shifting right by huge amounts
for v in (1, -1, 2 ** 100, -(2 ** 100), 12345):
    print(v >> 1000, v >> 64, v >> 63, v << 0)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)

# popcount with while loop and mixed negative numbers
def popcount(n):
    n &= (1 << 128) - 1
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c

tot = 0
for i in range(-300, 300):
    tot += popcount(i * 1000003)
    if i % 100 == 0:
        print("pop", i, tot)
print("pop", tot)

# and/or/xor/invert on negatives and big ints
r = []
for a in (-(2 ** 64), -5, -1, 0, 3, 2 ** 64 - 1, 2 ** 65 + 7):
    for b in (-3, 6, 2 ** 63):
        r.append((a & b, a | b, a ^ b, ~a))
print(r[:8])
print(sum(t[0] + t[1] - t[2] for t in r), sum(t[3] for t in r))

# xorshift PRNG in a hot loop
s = 88172645463325252
out = []
for i in range(1000):
    s ^= (s << 13) & 0xFFFFFFFFFFFFFFFF
    s ^= s >> 7
    s ^= (s << 17) & 0xFFFFFFFFFFFFFFFF
    if i % 200 == 0:
        out.append(s)
print(out, s % 1000)
