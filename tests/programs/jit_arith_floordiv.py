# JIT: floor division and modulo with negative operands (ints, floats, big
# ints), true division results, divmod, and int/float mixing in hot loops.
acc_q = 0
acc_r = 0
for i in range(-500, 500):
    d = (i % 13) - 6
    if d == 0:
        d = 7
    q = i // d
    r = i % d
    assert q * d + r == i
    acc_q += q
    acc_r += r
    if i % 100 == 0:
        print(i, d, q, r, divmod(i, d), acc_q, acc_r)
print("ints", acc_q, acc_r)

fq = 0.0
fr = 0.0
for i in range(-400, 400):
    x = i * 0.75
    d = -2.5 if i % 2 else 3.25
    fq += x // d
    fr += x % d
    if i % 80 == 0:
        print("f", i, x, d, x // d, x % d, divmod(x, d))
print("floats", fq, fr)

# big ints with negative operands
b = -(2 ** 70) + 12345
s = 0
for i in range(1, 300):
    q, r = divmod(b, i)
    s += q % 1000003 + r
    if i % 50 == 0:
        print("big", i, q, r, b // -i, b % -i)
print("big", s)

# true division always gives floats
t = 0.0
for i in range(1, 600):
    v = (i * 7) / (i % 11 + 1)
    t += v
    if i % 100 == 0:
        print("div", i, v, 10 / 4, -7 / 2, 2 ** 60 / 3)
print("div", t)

# mixing: int // float, float % int, negative zero
m = []
for i in range(-3, 4):
    m.append((i // 2.0, i % 2.0, -i % 3, i // -3, float(i) // -3))
print(m)
print(-0.0 % 5, 0.0 // -1, -7 % 7, -7 // 7, 7 // -1, -(2 ** 63) // -1, (-2 ** 63) % -1)
