# math: elementary functions, constants, rounding to ints.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
for x in [0, 0.5, 1, 2, 2.5, 10, 100, 1e-8, 123456.789]:
    print(x, math.sqrt(x), math.exp(x) if x < 700 else "-", math.log1p(x), math.expm1(x) if x < 700 else "-")
for x in [-2.0, -0.5, 0.0, 0.3, 1.0, 3.0]:
    print(x, math.sin(x), math.cos(x), math.tan(x), math.atan(x), math.sinh(x), math.cosh(x), math.tanh(x))
for x in [-1.0, -0.5, 0.0, 0.25, 1.0]:
    print(x, math.asin(x), math.acos(x), math.asinh(x))
for x in [1, 2, 10, 1000, 0.001, 2**0.5]:
    print(x, math.log(x), math.log2(x), math.log10(x), math.log(x, 3), math.acosh(x) if x >= 1 else "-")
print(math.log(8, 2), math.log(100, 10), math.log(2**100, 2), math.log10(10**300))
print(math.log(10**1000), math.log2(2**5000), math.log10(7**900))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0.0, -0.0), math.atan2(-0.0, 0.0))
print(math.degrees(math.pi), math.radians(180), math.degrees(1), math.radians(45))
print(math.pow(2, 10), math.pow(2.5, 3.5), math.pow(-2, 3), math.pow(0, 0), math.pow(4, 0.5))
print(math.pow(math.inf, -1), math.pow(-math.inf, 3), math.pow(1, math.nan), math.pow(math.nan, 0))
print(math.fabs(-3), math.fabs(-0.0), math.fabs(2.5), math.copysign(3, -0.0), math.copysign(-2, 1))
print(math.cbrt(27), math.cbrt(-8), math.cbrt(2), math.exp2(10), math.exp2(0.5))
print(math.erf(0.5), math.erfc(0.5), math.erf(-2), math.atanh(0.5))

# floor / ceil / trunc return ints, exactly, also for big values
for x in [2.5, -2.5, 0.0, -0.0, 1e20, -1e20, 3.9999999, 7, -7, True, 2**100, 1.5e300]:
    print(repr(x), math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)


class Thing:
    def __floor__(self):
        return "floor!"

    def __ceil__(self):
        return "ceil!"

    def __trunc__(self):
        return 42


class Num:
    def __float__(self):
        return 2.75


t = Thing()
print(math.floor(t), math.ceil(t), math.trunc(t))
print(math.floor(Num()), math.ceil(Num()), math.sqrt(Num()))
print(math.isfinite(1.0), math.isfinite(math.inf), math.isinf(-math.inf), math.isnan(math.nan), math.isnan(3))
print(math.sqrt(True), math.exp(False), math.fabs(-10**20))
