# ints and floats: ** with negative, zero and fractional exponents, and right-associativity.
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 4 ** -0.5)
print(2 ** 3 ** 2, (2 ** 3) ** 2, -2 ** 2, (-2) ** 2)
print(2.0 ** 10, 2 ** 0.5, 9 ** 0.5, 2.0 ** -1, 0.5 ** 2)
print(10 ** 15, 10 ** 16, 10.0 ** 15, 10.0 ** 16, 10.0 ** -5)
print(type(2 ** 2), type(2 ** -2), type(2.0 ** 2))
print(2 ** 64, 2 ** 63 - 1, (-2) ** 63, (-2) ** 64)
print(3 ** 40, 7 ** 25)
print(1.1 ** 2, 1.5 ** 3, 100 ** 0.5)
print(0.0 ** 0, 0 ** 0.0, 0.0 ** 0.0)
try:
    print(0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(0.0 ** -1)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(2.0 ** 10000)
except OverflowError as e:
    print("OverflowError raised")
try:
    print(2 ** -10000)
except Exception as e:
    print(type(e).__name__)
print(2 ** -1074, 2 ** -1075)
x = 3
x **= 4
print(x)
x **= -1
print(x)
