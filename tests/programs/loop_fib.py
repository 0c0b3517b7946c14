# Loops: iterative Fibonacci crossing int64 into bigints, modular Fibonacci, and float Fibonacci ratio convergence.
a, b = 0, 1
for i in range(100):
    a, b = b, a + b
    if i in (45, 46, 90, 91, 92, 93, 99):
        print(i + 1, a)
print(len(str(a)))
a, b = 0, 1
for i in range(1000):
    a, b = b, a + b
print(len(str(a)), str(a)[:20], a % 1000000007)
m = 1000000007
a, b = 0, 1
for i in range(200000):
    a, b = b, (a + b) % m
print("fib(200000) mod p", a)
x, y = 1.0, 1.0
for i in range(60):
    x, y = y, x + y
print(y / x, y)
fibs = [0, 1]
while fibs[-1] < 10**30:
    fibs.append(fibs[-1] + fibs[-2])
print(len(fibs), fibs[-1], fibs[-1] > 2**64)
even_sum = 0
for f in fibs:
    if f % 2 == 0 and f < 4000000:
        even_sum += f
print(even_sum)
