# JIT: a recursive function that hits RecursionError inside a hot loop; the
# error is caught each time and the loop continues normally.
import sys
sys.setrecursionlimit(200)

def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)

caught = 0
ok = 0
for i in range(120):
    depth = 50 if i % 3 else 100000
    try:
        r = down(depth)
        ok += 1
    except RecursionError:
        caught += 1
    if i % 20 == 0:
        print(i, "ok", ok, "caught", caught)
print("ok", ok, "caught", caught)

def forever(n):
    return forever(n + 1) + 1

states = []
for i in range(60):
    try:
        forever(0)
    except RecursionError:
        states.append(i)
print("forever caught", len(states), states[:3], states[-1])

# recursion error caught in a caller, with a hot loop in between
def looping(k):
    s = 0
    for j in range(100):
        s += j
        if j == k:
            s += forever(0)
    return s

res = []
for k in (-1, 0, 57, 99, 150):
    try:
        res.append(looping(k))
    except RecursionError:
        res.append("recursion at %d" % k)
print(res)
print("still works", down(100))
