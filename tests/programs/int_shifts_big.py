# ints: << and >> with small, negative and big operands, shifting across word boundaries.
for s in [0, 1, 15, 31, 32, 33, 47, 48, 62, 63, 64, 65, 100, 200]:
    print(s, 1 << s, -1 << s, 3 << s, (1 << s) >> s)
for v in [1, -1, 7, -7, 2**64 + 1, -(2**64) - 1, 2**100, -(2**100) + 1]:
    print(v, v >> 1, v >> 3, v >> 64, v >> 200)
print(-1 >> 100, -2**100 >> 99, -2**100 >> 100, -2**100 >> 101)
print(1 << 0, 0 << 1000, 0 >> 5)
print((1 << 64) - 1, (1 << 63) - 1)
print(12345 << 40, (12345 << 40) >> 40)
print(True << 3, False << 3, 5 >> True)
try:
    print(1 << -1)
except ValueError as e:
    print("ValueError", e)
try:
    print(1 >> -1)
except ValueError as e:
    print("ValueError", e)
x = 1
for i in range(10):
    x = x << 9
    print(i, x)
while x:
    x >>= 13
    print("down", x)
