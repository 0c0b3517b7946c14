# Golden trace: a range loop with constant divisors and a branch.
def f(n):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i // 7
        else:
            total -= i % 5
    return total


print(f(3000))
