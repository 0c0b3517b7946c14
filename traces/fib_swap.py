# Golden trace: `a, b = b, a + b`, both carried in registers.
def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


print(fib(60))
