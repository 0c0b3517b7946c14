# floats: float()/int() conversions: strings, inf/nan spellings, truncation toward zero, big values.
print(float("1.5"), float("  -2.25  "), float("1e3"), float("1E-3"), float(".5"), float("5."), float("1_0.5"))
print(float("inf"), float("-inf"), float("+inf"), float("Infinity"), float("-INFINITY"), float("nan"), float("NaN"))
print(float("1e500"), float("-1e500"), float("1e-500"), float("-1e-500"))
print(float(3), float(-3), float(2**53 + 1), float(10**30), float(True), float(False), float())
print(float("0.1"), float("0.30000000000000004"), float("123456789012345678901234567890"))
print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(-0.0), int(1e20), int(1.5e300) % 1000)
print(int(2.0**63), int(-2.0**63), int(2.0**64), int(1e16), int(123456789.99))
print(int(float("1e22")), int(9.999999999999999e22))
print(int("7"), int(7.0), int(True))
for s in ["abc", "", "1.2.3", "1e", "--1", "inf5", "1_", "0x10", " "]:
    try:
        print(float(s))
    except ValueError as e:
        print("ValueError", e)
for v in [float("inf"), float("-inf")]:
    try:
        print(int(v))
    except OverflowError as e:
        print("OverflowError", e)
try:
    print(int(float("nan")))
except ValueError as e:
    print("ValueError", e)
try:
    print(float(10**400))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(float([1]))
except TypeError as e:
    print("TypeError", e)
try:
    print(float(None))
except TypeError as e:
    print("TypeError", e)
print(str(1.0), str(-2.5), str(1e16), str(float("inf")))
print(float(str(0.1)) == 0.1, float(repr(1/3)) == 1/3)
