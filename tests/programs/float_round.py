# round(): banker's rounding without ndigits (returns int), correctly-rounded with ndigits, negative ndigits.
print(round(2.5), round(0.5), round(1.5), round(-1.5), round(-0.5), round(-2.5), round(3.5))
print(round(2.4), round(2.6), round(-2.4), round(-2.6), round(0.0), round(-0.0))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7)), type(round(7, -1)))
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(2.5, 0), round(-2.5, 0))
print(round(3.14159, 3), round(3.14159, 0), round(3.14159, 1), round(-3.14159, 4))
print(round(1234.5678, -1), round(1234.5678, -2), round(1250.0, -2), round(1350.0, -2))
print(round(15, -1), round(25, -1), round(-15, -1), round(-25, -1), round(14, -1), round(1234567, -3))
print(round(5, 2), round(-7, 0), round(2**70 + 5, -1), round(2**70, -20))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17))
print(round(1e20, 2), round(1.5e-10, 12), round(123.456, 10), round(123.456, -5))
print(round(1e300 * 1e10, 2), round(float("nan"), 2))
print(round(2.5e15 + 0.5), round(4503599627370497.5))
print(round(1e22), round(-1e22))
for x in [0.5, 1.5, 2.5, 3.5, 4.5, -0.5, -1.5, -2.5, 0.49999999999999994]:
    print(x, round(x))
for nd in range(-2, 6):
    print(nd, round(98765.4321, nd), round(-98765.4321, nd))
for bad in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(round(bad))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
