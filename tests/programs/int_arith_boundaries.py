# ints: + - * crossing 2**31, 2**47, 2**48, 2**63, 2**64 in both signs (small-int / big-int promotion paths).
bounds = [2**31, 2**47, 2**48, 2**62, 2**63, 2**64]
for b in bounds:
    print("b =", b)
    print(b - 1, b, b + 1)
    print(-b - 1, -b, -b + 1)
    print((b - 1) + 1, (b - 1) + 2, -(b - 1) - 1, -(b - 1) - 2)
    print(b * 2, b * -2, (b - 1) * (b - 1), -b * b)
    print(b - b, b + -b, (b + 1) - (b - 1))
    print((b - 1) * 3 // 3 == b - 1)
x = 9223372036854775807
print(x + 1, x * 2, x * x, -x - 1, -x - 2)
print((-x - 1) * -1, (-x - 1) // -1, abs(-x - 1))
y = 2147483647
print(y + 1, y * y, y * 2 + 2, -y * 2)
z = 4611686018427387904
print(z + z, z * 2, z * 4, z + z - 1, -(z + z))
n = 1
for i in range(70):
    n = n * 3
print(n)
for i in range(70):
    n = n // 3
print(n)
m = 0
for i in range(100):
    m = m - 12345678901
print(m)
acc = 1
for i in range(1, 30):
    acc = acc * i
print(acc)
print(acc - acc + 1)
print(12345678901234567890 * 98765432109876543210)
print(-12345678901234567890 * 98765432109876543210)
print(10**18 + 10**18 - 2 * 10**18)
print(2**64 - 2**63, 2**63 - 2**64)
print(281474976710655 + 1, 140737488355327 + 1, -140737488355328 - 1, -281474976710656 - 1)
