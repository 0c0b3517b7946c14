# JIT: a builtin (len, abs, min) shadowed by a module global mid-loop, then
# un-shadowed by deleting the global.
words = ["a", "bb", "ccc", "dddd"] * 100
total = 0
for i, w in enumerate(words):
    if i == 150:
        def len(x):
            return 100
    if i == 300:
        del len
    total += len(w)
    if i % 50 == 0 or i in (149, 150, 151, 299, 300, 301):
        print(i, total)
print("total", total)

def use_abs(v):
    return abs(v)

s = 0
for i in range(400):
    if i == 100:
        abs = lambda v: -v
    if i == 300:
        del abs
    s += use_abs(i - 200)
    if i % 50 == 0 or i in (99, 100, 299, 300):
        print("abs", i, s)
print("s", s)

def shadow_min(on):
    global min
    if on:
        min = max
    else:
        del min

m = 0
for i in range(300):
    if i == 120:
        shadow_min(True)
    if i == 240:
        shadow_min(False)
    m += min(i, 150)
    if i % 40 == 0 or i in (119, 120, 239, 240):
        print("min", i, m)
print("m", m)

# a local variable named like a builtin inside a hot function
def local_shadow(n):
    total = 0
    for i in range(n):
        if i == n // 2:
            sum = lambda xs: -1
        else:
            sum = None if i < n // 2 else sum
        total += i if sum is None else sum([i])
    return total

print("local", local_shadow(400), local_shadow(3))
