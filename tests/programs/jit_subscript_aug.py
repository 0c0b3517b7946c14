# JIT: augmented assignment on list elements, dict values, attributes and
# nested subscripts where the stored value's type changes mid-loop; tuple
# unpacking and swaps in hot loops.
grid = [[0] * 8 for _ in range(8)]
for i in range(2000):
    r, c = (i * 5) % 8, (i * 3) % 8
    grid[r][c] += 1
    if i == 1000:
        grid[2][6] = float(grid[2][6])
    if i == 1500:
        grid[0][0] = 2 ** 62
    grid[r][c] *= 1 if i % 97 else 3
    if i % 400 == 0:
        print(i, grid[r][c], sum(sum(row) for row in grid))
print([row[:4] for row in grid[:3]], type(grid[2][6]).__name__)

d = {"a": 0, "b": "", "c": []}
for i in range(500):
    d["a"] += i
    d["b"] += chr(97 + i % 26)
    d["c"] += [i] if i % 50 == 0 else []
    if i == 250:
        d["a"] = d["a"] / 4
    if i % 100 == 0:
        print("d", i, d["a"], len(d["b"]), d["c"])
print(d["a"], d["b"][-5:], len(d["c"]))

class C:
    pass

o = C()
o.v = 1
o.s = "x"
for i in range(300):
    o.v <<= 1 if i < 100 else 0
    o.v -= i if i >= 200 else 0
    o.s *= 1
    o.s += "y" if i % 100 == 0 else ""
print("o", o.v, o.s)

a, b = 0, 1
for i in range(300):
    a, b = b, a + b
    if i % 60 == 0:
        print("fib", i, a % 1000003, b.bit_length())
x, y, z = 1, 2, 3
for i in range(301):
    x, y, z = z, x, y
print("rot", x, y, z)
pairs = [(i, i * i) for i in range(300)]
s = 0
for (p, q) in pairs:
    s += q - p
first, *mid, last = range(100)
print("s", s, first, len(mid), last)

lst = list(range(20))
for i in range(400):
    j = (i * 7) % 20
    k = (i * 11) % 20
    lst[j], lst[k] = lst[k], lst[j]
    lst[i % 20] += 0 if i < 350 else 0.5
print(lst)
lst[2:5] = ["a", "b"]
del lst[::3]
print(lst)
