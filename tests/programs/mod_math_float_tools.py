# math: fsum, hypot, dist, isclose, modf, frexp, ldexp, fmod, remainder, gamma.
import math

print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([1e-16, 1.0, 1e16]), math.fsum([]), math.fsum([-0.0]), math.fsum(range(10)))
print(math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]), math.fsum(x / 7 for x in range(100)))
print(math.fsum([2.0**53, -0.5, -2.0**-54]), math.fsum([1, 2, 3]), math.fsum([0.1, 0.2, 0.3]))

print(math.hypot(), math.hypot(-5), math.hypot(3, 4), math.hypot(1, 1), math.hypot(3, 4, 12))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(math.inf, math.nan))
print(math.hypot(math.nan, 1), math.hypot(1.5, 2.5, 3.5, 4.5), math.hypot(*range(10)))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]), math.dist((), ()))
print(math.dist((1.5,), (-2.5,)), math.dist(range(3), (5, 5, 5)))

print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(0.0, 1e-10))
print(math.isclose(0.0, 1e-10, abs_tol=1e-9), math.isclose(100, 101, rel_tol=0.01))
print(math.isclose(math.inf, math.inf), math.isclose(math.inf, 1e308), math.isclose(math.nan, math.nan))
print(math.isclose(a=1, b=1), math.isclose(1, 2, rel_tol=0.5, abs_tol=0.0))

for x in [3.75, -3.75, 0.0, -0.0, 5.0, -5.0, 1e300, math.inf, -math.inf, 0.1]:
    print(repr(x), math.modf(x), math.frexp(x))
print(math.modf(math.nan), math.frexp(math.nan), math.frexp(5e-324), math.frexp(-1e-310))
print(math.ldexp(0.75, 4), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(3, -1075))
print(math.ldexp(-0.0, 10), math.ldexp(math.inf, -5), math.ldexp(1.5, 1023), math.ldexp(5, -10**100))
print(math.fmod(10, 3), math.fmod(-10, 3), math.fmod(10, -3), math.fmod(5.5, 1.5), math.fmod(-0.0, 1))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-10, 3), math.remainder(2.5, 1))
print(math.remainder(3.5, 1), math.remainder(5, math.inf), math.remainder(-4, 8))
print(math.nextafter(1, 2), math.nextafter(1, 0), math.nextafter(0.0, -1), math.nextafter(5, 5))
print(math.ulp(1), math.ulp(0), math.ulp(1e300), math.ulp(-2.5), math.ulp(math.inf), math.ulp(1.7976931348623157e308))
print(math.copysign(0.0, -1), math.copysign(math.inf, -2), math.copysign(math.nan, -1))
for x in [0.5, 1, 1.5, 2, 3, 4.5, 10, 23, 24, 30.5, 100.25, 171, -0.5, -1.5, -2.5, -10.3, 1e-25]:
    print(x, math.gamma(x), math.lgamma(x))
print(math.lgamma(-200.5), math.lgamma(1e300), math.gamma(-200.5), math.gamma(170.5))
