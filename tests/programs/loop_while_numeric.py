# Loops: numeric while loops: gcd, integer sqrt (Newton on bigints), digit sums, binary exponentiation, primality.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(2**64, 2**40 * 3), gcd(0, 5), gcd(-12, 18), gcd(123456789012345678, 987654321098765432))
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
print(isqrt(10**20), isqrt(2**127), isqrt(99), isqrt(10**50 + 12345), isqrt(2))
def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s
print(digit_sum(2**1000), digit_sum(12345), digit_sum(0))
def power(b, e, m):
    r = 1
    b %= m
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
print(power(2, 10**18, 10**9 + 7), power(3, 2**70, 2**61 - 1), pow(3, 2**70, 2**61 - 1))
def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    d = 3
    while d * d <= n:
        if n % d == 0:
            return False
        d += 2
    return True
print([n for n in range(50) if is_prime(n)], is_prime(1000003), is_prime(999999999989))
def reverse_digits(n):
    r = 0
    while n > 0:
        r = r * 10 + n % 10
        n //= 10
    return r
print(reverse_digits(1234567890123456789012345), reverse_digits(1000))
count = 0
n = 1
while n < 10**30:
    n *= 7
    count += 1
print(count, n)
x = 1.0
iters = 0
while abs(x * x - 3) > 1e-15:
    x = x - (x * x - 3) / (2 * x)
    iters += 1
print(x, iters)
a = 0
b = 0
while a < 300000:
    a += 3
    b ^= a
print(a, b)
