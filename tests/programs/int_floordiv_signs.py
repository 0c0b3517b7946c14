# ints and floats: floor division and modulo sign rules (result of % takes the sign of the divisor).
nums = [7, -7, 0, 1, -1, 13, -13, 2**64 + 3, -(2**64) - 3]
dens = [2, -2, 3, -3, 7, -7, 2**33, -(2**33)]
for a in nums:
    for b in dens:
        q = a // b
        r = a % b
        ok = q * b + r == a
        print(a, b, q, r, ok)
fl = [7.5, -7.5, 0.0, -0.0, 1e20, -3.0]
fd = [2.0, -2.0, 0.5, -0.25, 3]
for a in fl:
    for b in fd:
        print(a, b, a // b, a % b)
print(5 // 2.0, -5 // 2.0, 5 % -2.0, -5 % 2.0)
print(1 % 0.3, -1 % 0.3, 1 // 0.3, -1 // 0.3)
print(0.0 % 5, -0.0 % 5, 0.0 % -5, -0.0 % -5)
print(6 // 3, -6 // 3, 6 // -3, -6 // -3)
print(True // 1, 7 // True, 7 % True, False % 3)
