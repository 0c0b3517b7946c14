# floats: arithmetic and int/float mixing (+ - * / // % ** and unary), results printed exactly.
a = 1.5
b = -0.25
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2, -a, +b, abs(b))
print(1 + 2.0, 2.0 + 1, 3 - 0.5, 0.5 - 3, 2 * 0.5, 7 / 2.0, 7.0 // 2, 7 % 2.5)
print(True + 0.5, False * 1.5, 1.0 * True)
print(0.1 * 3, 0.3 / 0.1, 0.3 // 0.1, 0.3 % 0.1)
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 10, 5e-324 / 2)
print(2**53 + 1.0 == 2**53, 2**53 + 2.0)
print(1e16 + 1.0 - 1e16, (1e16 + 2.0) - 1e16)
print(3.0 * 2**70, 2**70 / 3.0, 2**70 * 0.5)
print(10**20 + 0.5, 10**20 - 1.0)
print(type(1 + 1.0), type(1 * 1.0), type(2 ** 0.5), type(4 // 2.0))
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf, inf / inf)
print(nan + 1, nan * 0, nan == nan, nan != nan, nan < 1, nan > 1, inf > 10**400)
print(inf // 1, inf % 1 if False else "skip", -inf + inf)
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
y = 1.0
for i in range(60):
    y /= 2
print(y, y * 2**60)
z = 1e-310
print(z, z * 1e10, z / 1e10)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 5, 0.0 * -5, -(0.0), -0.0 == 0.0)
print(1.0 - 1.0, -(1.0 - 1.0))
print(2.5 * 4, 2.5 * 4 == 10, 10 / 4, 10 / 4 * 4)
