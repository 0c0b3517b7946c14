# Loops: variables that change type mid-loop: int -> float, int -> bigint, bigint -> int, int -> str, and back.
x = 1
for i in range(100):
    x = x * 2
    if i in (29, 30, 31, 61, 62, 63, 64, 99):
        print(i, x, type(x).__name__)
for i in range(100):
    x = x // 2
print("back to small", x)
y = 0
for i in range(20):
    if i == 10:
        y = y + 0.5
    y = y + 1
print(y, type(y))
z = 10
for i in range(6):
    z = z / 2 if i % 2 else z * 3
    print(i, z)
acc = 0
for v in [1, 2, 3.5, 4, 2**70, -2**70, 0.25, True]:
    acc += v
    print(type(acc).__name__, acc)
w = 9223372036854775800
for i in range(16):
    w += 1
print(w, w - 9223372036854775807)
w2 = -9223372036854775800
for i in range(16):
    w2 -= 1
print(w2)
m = 3037000499
for i in range(3):
    m = m * m
    print(m)
    m = m % 4000000000
    print(m)
k = 1
for i in range(10):
    if i == 5:
        k = "five"
    elif i == 7:
        k = [k]
    elif i == 8:
        k = 8.0
print(k)
total = 0
for i in range(40):
    total = total * 3 + i
    if total > 10**15:
        total = float(total)
print(total, type(total).__name__)
mixed = 0
i = 0
while i < 2000:
    mixed = mixed + (i if i % 3 else i * 0.5)
    i += 1
print(mixed)
n = 2**62
for i in range(8):
    n = n + 2**61
    n = n - 2**60
    print(n, n > 2**63)
f = 1.0
for i in range(10):
    f = int(f * 10) + 0.5
print(f, type(f).__name__)
