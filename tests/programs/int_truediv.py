# ints: true division always yields float, including exact and huge operands; errors for division by zero.
print(6 / 3, 7 / 2, -7 / 2, 1 / 3, 2 / 3, -1 / 3)
print(10 / 4, 0 / 5, -0 / 5, 0 / -5)
print(1 / 7, 22 / 7, 355 / 113)
print(2**53 / 1, (2**53 + 1) / 1, 2**64 / 2**32)
print(10**30 / 10**10, 10**300 / 10**299)
print((10**400) / (10**399))
print(1 / 2**100, -(2**100) / 3)
print(123456789123456789 / 1000)
print(True / 2, 5 / True)
print(type(4 / 2), 4 / 2 == 2)
for a, b in [(1, 0), (0, 0), (2**100, 0), (1.0, 0), (1, 0.0), (0.0, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (-5, 0)]:
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
try:
    print(10**400 / 3)
except OverflowError as e:
    print("OverflowError", e)
try:
    print(1 / 10**400)
except OverflowError as e:
    print("OverflowError", e)
print(10**400 // 10**399)
