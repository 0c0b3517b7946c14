# math: exact integer functions on small and big ints.
import math

print(math.gcd(), math.gcd(0), math.gcd(-12), math.gcd(12, 18), math.gcd(12, -18, 27))
print(math.gcd(2**100, 6**50), math.gcd(3**200 * 5, 3**150 * 7), math.gcd(0, 0), math.gcd(True, 4))
print(math.lcm(), math.lcm(-4), math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(0, 5), math.lcm(2**64, 3**40))
print(math.isqrt(0), math.isqrt(1), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(True))
print(math.isqrt(10**100), math.isqrt(10**101), math.isqrt(2**1001 - 1))
n = 12345678901234567890123456789
r = math.isqrt(n)
print(r, r * r <= n < (r + 1) * (r + 1))
for k in [0, 1, 5, 10, 20, 21, 25, 50]:
    print(k, math.factorial(k))
f = math.factorial(1000)
print(len(str(f)), f % (10**20 + 39), str(f)[:30])
print(math.factorial(True), type(math.factorial(False)).__name__)
print(math.comb(5, 2), math.comb(5, 0), math.comb(5, 5), math.comb(5, 6), math.comb(10, 3), math.comb(0, 0))
print(math.comb(100, 50), math.comb(1000, 3), math.comb(10**20, 2), math.comb(60, 30))
print(math.perm(5), math.perm(5, 2), math.perm(5, 0), math.perm(5, 6), math.perm(10, 10), math.perm(5, None))
print(math.perm(100, 10), math.perm(10**15, 3))
total = 0
for n in range(30):
    row = [math.comb(n, k) for k in range(n + 1)]
    total += sum(row)
    assert sum(row) == 2**n
print(total)


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(math.gcd(Idx(12), Idx(8)), math.factorial(Idx(6)), math.comb(Idx(6), 2), math.isqrt(Idx(99)))
print(math.prod(range(1, 21)), math.prod([2, 3.5]), math.prod([]), math.prod([], start=5))
print(math.prod([1, 2, 3], start=0.5), math.prod(x for x in range(1, 6)), math.prod([10**20] * 3))
