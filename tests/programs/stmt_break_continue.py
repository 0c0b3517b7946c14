# Statements: break and continue in nested loops, inside try/finally, and in while loops with complex conditions.
for i in range(5):
    if i % 2 == 0:
        continue
    for j in range(5):
        if j > i:
            break
        if j == 1:
            continue
        print(i, j)
found = None
for a in range(1, 20):
    for b in range(a, 20):
        if a * a + b * b == 13 * 13:
            found = (a, b)
            break
    if found:
        break
print("found", found)
i = 0
result = []
while i < 20:
    i += 1
    if i % 3 == 0:
        continue
    if i > 14:
        break
    result.append(i)
print(result)
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("finally", i)
for i in range(3):
    try:
        if i == 1:
            break
        print("body2", i)
    finally:
        print("finally2", i)
n = 0
while True:
    n += 1
    if n < 5:
        continue
    break
print("n", n)
out = []
for x in range(4):
    for y in range(4):
        for z in range(4):
            if z == y:
                break
            if (x + y + z) % 2:
                continue
            out.append((x, y, z))
print(len(out), out[:6], out[-3:])
