# ints: 3-argument pow, including negative exponents (modular inverse), negative bases and moduli, errors.
print(pow(2, 10, 1000))
print(pow(2, 100, 10**9 + 7))
print(pow(3, 200, 2**64))
print(pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(7, 0, 13), pow(7, 0, 1), pow(0, 0, 7))
print(pow(5, 1, 1))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7))
print(pow(38, -1, 97), pow(10, -1, 2**61 - 1))
print(pow(2**100 + 1, -1, 2**89 - 1))
print(pow(2**100, 2**100, 10**20 + 39))
print(pow(123456789, 987654321, 1000000007))
print(pow(3, -1, -7))
for bad in [(2, -1, 4), (0, -1, 5), (6, -1, 9)]:
    try:
        print(pow(bad[0], bad[1], bad[2]))
    except ValueError as e:
        print("ValueError", e)
try:
    print(pow(2, 3, 0))
except ValueError as e:
    print("ValueError", e)
try:
    print(pow(2.0, 3, 5))
except TypeError as e:
    print("TypeError", e)
print(pow(2, 10), pow(2, -1), pow(-2, -2), pow(2.0, 3))
print(pow(10, 20), pow(-10, 21))
