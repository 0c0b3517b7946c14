from fractions import Fraction
import math
F = Fraction
print(F(3, 4), repr(F(6, -8)), F(5), F(0, 3), F(-0.5), F(0.1), F("3/4"), F(" -1.25e2 "), F(".5"), F("5."), F("1_000/3"), F("2E-3"))
print(F(F(1, 3), F(2, 5)), F(F(7, 2)), F(True), F(3, 4).numerator, F(3, 4).denominator, F(3, 4).as_integer_ratio())
a, b = F(1, 3), F(5, 7)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(b, a), -a, +a, abs(F(-2, 9)))
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, 7 // a, 7 % b)
print(a + 0.5, 0.5 + a, a * 1.5, a / 0.25, 1.0 - b, b ** 2, b ** -2, F(-2, 3) ** -3, b ** 0, 2 ** F(3), 4 ** F(1, 2), b ** 0.5, b ** F(1, 2))
print(a < b, a > 0.3, a == F(2, 6), a == 1 / 3, F(1, 2) == 0.5, F(2) == 2, a != b, b >= F(5, 7), sorted([b, a, F(1, 2), F(-1)]))
print(max(F(1, 3), 0.3, 1), min([F(7, 3), 2, F(9, 4)]), sum([F(1, n) for n in range(1, 11)]))
print(float(F(1, 3)), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 3), round(F(1234, 1), -2))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10 ** 30, 7)), len({F(1, 2), 0.5, F(2, 4)}))
print(F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(10), F("3.14159").limit_denominator(100), F(1, 3).limit_denominator(5))
print(F.from_float(0.75), F.from_float(2), bool(F(0)), bool(F(1, 9)), str(F(10, 5)), f"{F(3, 9)}", "%s|%r" % (F(1, 6), F(1, 6)))
h = F(0)
for k in range(1, 30):
    h += F(1, k * k)
print(h.numerator % 10 ** 12, h.denominator % 10 ** 12, float(h))
def egyptian(fr):
    out = []
    while fr.numerator:
        d = -(-fr.denominator // fr.numerator)
        out.append(F(1, d))
        fr -= F(1, d)
    return out
print(egyptian(F(7, 15)), egyptian(F(5, 121))[:3])
for bad in [lambda: F(1, 0), lambda: F("1/0"), lambda: F("abc"), lambda: F("1/-2"), lambda: F("1 /2"), lambda: F(1.5, 2), lambda: F([1]), lambda: a / 0, lambda: F(0) ** -1, lambda: F(float("nan")), lambda: F(float("inf")), lambda: F("1__0"), lambda: F(1, 2) + "x", lambda: F(1, 2) < "x"]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
