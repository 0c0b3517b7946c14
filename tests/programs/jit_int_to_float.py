# JIT: an accumulator that starts as an int and becomes a float mid-loop,
# mixed int/float comparisons, and a loop counter compared against floats.
def run(n, switch):
    acc = 0
    hits = 0
    for i in range(n):
        if i == switch:
            acc = acc + 0.5
        acc += i
        if acc > 1000.25:
            hits += 1
        if i % 100 == 0:
            print("i", i, "acc", acc, type(acc).__name__, "hits", hits)
    return acc, hits

print(run(600, 300))
print(run(600, 57))
print(run(600, 1))

# float becoming int again through int()
x = 1.5
total = 0
for i in range(400):
    if i == 200:
        x = int(x)
    total += x * 2
    if i % 50 == 0:
        print(i, total, type(total).__name__)
print("total", total)

# mixed comparisons: int vs float at the boundary
cnt_lt = cnt_eq = cnt_gt = 0
for i in range(-300, 300):
    f = i / 2
    if i < f:
        cnt_lt += 1
    elif i == f:
        cnt_eq += 1
    else:
        cnt_gt += 1
    if i % 100 == 0:
        print("cmp", i, f, cnt_lt, cnt_eq, cnt_gt)
print(cnt_lt, cnt_eq, cnt_gt)
big = 2 ** 53
c = 0
for i in range(300):
    if big + i == float(big + i):
        c += 1
print("exact", c)
