# pidigits-style spigot with big ints, plus assorted big-int operations.
def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    out = []
    while len(out) < n:
        if 4 * q + r - t < m * t:
            out.append(m)
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return out

digits = pi_digits(60)
s = "".join(map(str, digits))
for i in range(0, len(s), 10):
    print(s[i:i + 10], "\t:", i + 10)

big = 3 ** 200
print(big)
print(big.bit_length(), (-big).bit_length(), (0).bit_length())
print(divmod(big, 10 ** 40))
print(divmod(-big, 7 ** 30))
print(divmod(big, -(7 ** 30)))
print(pow(2, 1000, 10 ** 9 + 7), pow(3, 12345, 2 ** 61 - 1))
print(pow(7, -1, 101), pow(12345, -1, 10 ** 9 + 7))
print(-big // 12345678901234567890, -big % 12345678901234567890)
print(big >> 100, big << 3, -big >> 7)
print(big & (2 ** 64 - 1), big | 1, big ^ (big >> 1))
print(~big == -big - 1)
print(hex(big)[:30], oct(big)[-10:], bin(big)[:20])
print(format(big, ","), format(-big, "_x")[:30])
print(f"{big:>220}"[:15] == " " * 15)
print(int("1" * 50) * int("9" * 40))
print(int("-0x" + "f" * 30, 16), int("zz" * 10, 36))
print(abs(-big) == big, big == float(big), float(3 ** 50))

def isqrt_newton(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x

import math
for n in [10 ** 40, 2 ** 127 - 1, 12345678987654321 ** 3]:
    a = isqrt_newton(n)
    print(a, math.isqrt(n) == a, a * a <= n < (a + 1) ** 2)

def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

f = fact(60)
print(f, f == math.factorial(60))
print(math.gcd(fact(30), 2 ** 40 * 3 ** 5), math.comb(60, 30), math.perm(20, 5))
print(str(fact(100)).count("0"), len(str(fact(200))))
print(sum(int(c) for c in str(2 ** 1000)))
print(round(big, -90) == big - big % 10 ** 90 + (10 ** 90 if big % 10 ** 90 >= 5 * 10 ** 89 else 0))
print(big // 3 ** 199, big / 3 ** 199, (2 ** 70) / 2 ** 68)
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 70)), hash(10 ** 30))
