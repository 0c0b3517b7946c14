# Loops: break/continue/return out of the middle of hot loops, searching, and loops whose exit depends on changing state.
def first_square_over(limit):
    i = 0
    while True:
        i += 1
        if i * i > limit:
            return i
def find_pair(target, nums):
    for i in range(len(nums)):
        for j in range(i + 1, len(nums)):
            if nums[i] + nums[j] == target:
                return (i, j)
    return None
nums = [(i * 31) % 97 for i in range(200)]
print(first_square_over(10**6), first_square_over(2**34), find_pair(150, nums), find_pair(1000, nums))
count = 0
for i in range(100000):
    if i % 7 == 0:
        continue
    if i % 1000 == 999:
        count += 10
        continue
    count += 1
    if count > 70000:
        break
print(i, count)
def sum_until_negative(vals):
    s = 0
    for v in vals:
        if v < 0:
            break
        s += v
    else:
        return ("complete", s)
    return ("stopped", s)
print(sum_until_negative([1, 2, 3]), sum_until_negative([1, -2, 3]), sum_until_negative([]))
def nested_return():
    for a in range(50):
        for b in range(50):
            for c in range(50):
                if a * a + b * b == c * c and a > 20 and b > a:
                    return a, b, c
    return None
print(nested_return())
hits = []
for i in range(30):
    if i % 2:
        continue
    if i % 3 == 0:
        continue
    if i > 25:
        break
    hits.append(i)
print(hits)
def loop_returns_in_try():
    for i in range(10):
        try:
            if i == 3:
                return i * 100
        finally:
            if i == 3:
                print("  finally on return at", i)
print(loop_returns_in_try())
n = 0
steps = 0
while n < 1000:
    steps += 1
    n += steps
    if steps % 10 == 0:
        continue
    n -= 1
print(n, steps)
best = None
for cand in range(2, 10000):
    ok = True
    for d in range(2, cand):
        if d * d > cand:
            break
        if cand % d == 0:
            ok = False
            break
    if not ok:
        continue
    if cand > 9000:
        best = cand
        break
print(best)
