# JIT: a loop variable / accumulator that becomes a bool (bool is an int
# subclass, so arithmetic still works but repr and type change).
flag = 0
acc = 0
for i in range(500):
    if i == 250:
        flag = True
    elif i == 251:
        flag = False
    elif i > 251:
        flag = (i % 3 == 0)
    else:
        flag = i % 2
    acc += flag
    acc += flag * 10
    if i % 50 == 0 or i in (249, 250, 251, 252, 253):
        print(i, repr(flag), type(flag).__name__, acc)
print("acc", acc)

vals = [i for i in range(200)] + [i % 2 == 0 for i in range(200)] + [i for i in range(200)]
tot = 0
trues = 0
for j, v in enumerate(vals):
    tot += v
    if v is True:
        trues += 1
    if j % 100 == 0:
        print("v", j, repr(v), tot, trues, -v, ~v, v & 1, v << 2)
print(tot, trues)

# bool as a loop variable driven by range replaced mid-loop
x = 5
out = []
i = 0
while i < 400:
    if i == 200:
        x = x > 0
    y = x + x
    if i % 40 == 0:
        out.append((i, repr(x), y, str(x)))
    i += 1
print(out)
print(sum([True] * 300), True + True, True * 1.5, True / 2, True // 1, -True)
