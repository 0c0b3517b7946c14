# Binary and augmented arithmetic on small ints and floats near the edges of
# the interpreter's inline fast paths (48-bit ints, floor semantics, shifts).
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 2**46, -2**46, 2**47 - 1, -2**47, 2**47, -2**47 - 1]
out = []
for a in vals:
    for b in vals:
        row = [a + b, a - b, a * b, a & b, a | b, a ^ b]
        if b != 0:
            row += [a // b, a % b, a / b]
        else:
            for f in (lambda: a // b, lambda: a % b, lambda: a / b):
                try:
                    f()
                except ZeroDivisionError as e:
                    row.append(len(str(e)))
        if 0 <= b < 70:
            row += [a << b, a >> b]
        out.append(hash(tuple(row)))
print(sum(out) % 1000000007, len(out))

for a in (5, -5, 2**47 - 1, -2**47):
    for s in (0, 1, 46, 47, 48, 63, 64, 100):
        x = a
        x <<= s
        y = a
        y >>= s
        print(a, s, x, y)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError:", e)

fl = [0.5, -0.0, 0.0, 1.5, -2.25, 1e308, float("inf")]
ints = [0, 1, -3, 2**47 - 1]
for x in fl:
    for i in ints:
        r = [x + i, i + x, x - i, i - x, x * i, i * x]
        r.append(x / i if i else "zd")
        r.append(i / x if x else "zd")
        print(r)
acc = 0
for i in range(1, 200):
    acc += i * i
    acc %= 1000003
    acc //= 1
    acc ^= i
    acc |= 1
    acc &= 0xFFFFFF
    acc -= 3
print(acc)
