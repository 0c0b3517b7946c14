# Loops: Collatz sequence lengths with a while loop inside a for loop, values that grow past 2**31 temporarily.
best = 0
best_n = 0
total_steps = 0
for n in range(1, 15001):
    x = n
    steps = 0
    while x != 1:
        if x % 2 == 0:
            x = x // 2
        else:
            x = 3 * x + 1
        steps += 1
    total_steps += steps
    if steps > best:
        best = steps
        best_n = n
print(best_n, best, total_steps)
peak = 0
x = 77671
while x != 1:
    if x > peak:
        peak = x
    x = x // 2 if x % 2 == 0 else 3 * x + 1
print("peak", peak)
x = 2**100 + 1
steps = 0
while x != 1:
    x = x // 2 if x % 2 == 0 else 3 * x + 1
    steps += 1
print("big start steps", steps)
cache = {1: 0}
def clen(n):
    path = []
    while n not in cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    c = cache[n]
    while path:
        c += 1
        cache[path.pop()] = c
    return c
print([clen(i) for i in range(1, 21)], clen(837799), len(cache) > 100)
