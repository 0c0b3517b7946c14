# JIT: ints that grow past 2**47 and 2**63 inside a hot loop, products that
# overflow 64 bits, and the -(2**47) boundary.
x = 1
for i in range(200):
    x = x * 3 + i
    if i % 20 == 0 or i in (29, 30, 39, 40, 41):
        print(i, x, x > 2 ** 47, x > 2 ** 63)
print("bits", x.bit_length())

# additive growth through 2**47 exactly
base = 2 ** 47 - 150
v = base
crossed = None
for i in range(300):
    v += 1
    if v >= 2 ** 47 and crossed is None:
        crossed = i
    if i % 50 == 0:
        print("v", i, v, v - base)
print("crossed", crossed, v)

# negative boundary
w = -(2 ** 47) + 100
for i in range(250):
    w -= 1
    if i % 40 == 0:
        print("w", i, w, w < -(2 ** 47))
print("w", w, w + 2 ** 47)

# int * int overflowing 64 bits at a data-dependent iteration
p = 1
s = 0
for i in range(1, 400):
    p = (p * i) % (2 ** 61 - 1)
    q = p * (i + 1000000007)
    s = (s + q) % 1000000000000000003
    if i % 50 == 0:
        print("p", i, p, q, s)
print("s", s)

m = 2 ** 31
prod = 0
for i in range(300):
    prod = m * (m + i)
    if prod > 2 ** 63 - 1:
        print("overflow at", i, prod)
        break
    m += 1000000
print("end m", m, prod)

# big ints shrinking back to small ints
y = 2 ** 100
steps = 0
while y > 1:
    y //= 3
    steps += 1
    if steps % 10 == 0:
        print("shrink", steps, y)
print("steps", steps, y)

# sum of squares past 2**63
acc = 0
for i in range(3000):
    acc += i * i * i * i * i
    if i % 500 == 0:
        print("acc", i, acc)
print("acc", acc, acc > 2 ** 63)
