# JIT: a module-level global read inside a hot function is rebound to another
# type mid-loop (int -> float -> str -> list -> None).
LIMIT = 10
def body(i):
    if LIMIT is None:
        return -1
    if isinstance(LIMIT, list):
        return len(LIMIT) + i
    if isinstance(LIMIT, str):
        return len(LIMIT * 2)
    return i % LIMIT

tot = 0
for i in range(1000):
    if i == 200:
        LIMIT = 7.5
    elif i == 400:
        LIMIT = "abc"
    elif i == 600:
        LIMIT = [1, 2, 3]
    elif i == 800:
        LIMIT = None
    tot += body(i)
    if i % 100 == 0 or i in (199, 200, 201, 399, 400, 599, 600, 799, 800):
        print(i, repr(LIMIT), tot)
print("tot", tot)

# global counter mutated through a 'global' statement in a callee
COUNT = 0
def bump(k):
    global COUNT
    if k == 300:
        COUNT = float(COUNT)
    if k == 450:
        COUNT = COUNT * 2 ** 60
    COUNT += 1

for k in range(600):
    bump(k)
    if k % 75 == 0 or k in (299, 300, 449, 450, 451):
        print("count", k, COUNT, type(COUNT).__name__)
print("COUNT", COUNT)

# global deleted and recreated
FLAG = True
seen = []
for i in range(300):
    if i == 100:
        del FLAG
    if i == 200:
        FLAG = 0
    try:
        v = FLAG
    except NameError:
        v = "missing"
    if i % 50 == 0 or i in (99, 100, 199, 200):
        seen.append((i, v))
print(seen)
