# ints: int() from strings (whitespace, signs, underscores, bases, base 0 prefixes) and str()/repr() of ints.
print(int("0"), int("-0"), int("+7"), int("  -12_3 "), int("\t42\n"))
print(int("ff", 16), int("FF", 16), int("-ff", 16), int("0xff", 16), int("0XfF", 0))
print(int("0x1f", 0), int("0o17", 0), int("0b101", 0), int("42", 0), int("0", 0), int("00", 0))
print(int("777", 8), int("0o777", 8), int("1010", 2), int("0b1010", 2), int("z", 36), int("ZZ", 36))
print(int("1_000_000"), int("0x_ff", 16), int("0b_1_0", 0))
print(int("123456789012345678901234567890"))
print(int("-123456789012345678901234567890", 10))
print(int("ffffffffffffffffffff", 16))
print(int(" 11 ", 2), int("10", 3), int("10", 36))
print(int(True), int(False), int(7), int(-7))
print(int(), int(2**70))
print(str(0), str(-5), str(2**64), str(-2**64), repr(123), repr(-2**100))
print(str(1_000), str(0xff), str(True), str(False))
print(len(str(10**100)), str(10**100)[0], str(-10**100)[:2])
print(int(str(2**200)) == 2**200)
bad = ["abc", "", " ", "1.5", "1_", "_1", "1__0", "0x", "12a", "--1", "+-1", "1 2", "0b2", "1e5"]
for s in bad:
    try:
        print(int(s))
    except ValueError as e:
        print("ValueError", e)
for s, base in [("0x1f", 10), ("9", 8), ("2", 2), ("g", 16), ("010", 0), ("0b", 0)]:
    try:
        print(int(s, base))
    except ValueError as e:
        print("ValueError", e)
for base in [1, 37, -1]:
    try:
        print(int("1", base))
    except ValueError as e:
        print("ValueError", e)
try:
    int(None)
except TypeError as e:
    print("TypeError", e)
try:
    int([1])
except TypeError as e:
    print("TypeError", e)
try:
    int(5, 10)
except TypeError as e:
    print("TypeError", e)
