# Expressions: chained comparisons evaluate middle operands once and short-circuit.
def v(x, log):
    log.append(x)
    return x

print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2, 1 < 2 > 0)
print(1 <= 1 < 2 <= 2 < 3, 5 > 4 >= 4 > 3 != 2 == 2)
print(0 < 0.5 < 1, "a" < "b" < "c", [1] < [2] < [3])
log = []
r = v(1, log) < v(2, log) < v(3, log)
print(r, log)
log = []
r = v(3, log) < v(2, log) < v(1, log)
print(r, log)
log = []
r = v(1, log) < v(2, log) > v(5, log) < v(9, log)
print(r, log)
log = []
r = v(2, log) == v(2, log) == v(2, log) == v(3, log)
print(r, log)
x = 5
print(0 < x < 10, 0 < x < 5, x in [5] in [[5]], 1 < x is not None)
print(1 in [1, 2] == True, (1 in [1, 2]) == True)
print(2 < 3 == 3, (2 < 3) == 3)
print(not 1 < 2 < 3, not 3 < 2 < 1)
for i in range(-1, 5):
    print(i, 0 <= i < 3, 0 < i <= 3, i == i == i, i != i != i)
