# Statements: chained assignment, tuple/list unpacking, starred targets, nested unpacking, swap, unpack errors.
a = b = c = 7
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = 1, 2
p, q = q, p
print(p, q)
(r, s), t = (3, 4), 5
print(r, s, t)
[u, v] = "uv"
print(u, v)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = range(5)
print(init, last)
head, *mid, tail = "abcdef"
print(head, mid, tail)
one, *empty, two = (1, 2)
print(one, empty, two)
*everything, = (9, 8)
print(everything)
(a1, *b1), c1 = [1, 2, 3], 4
print(a1, b1, c1)
[[n1, n2], [n3, *n4]] = [[1, 2], [3, 4, 5]]
print(n1, n2, n3, n4)
i, (j, (k, l)) = 1, (2, (3, 4))
print(i, j, k, l)
for idx, (key, val) in enumerate([("a", 1), ("b", 2)]):
    print(idx, key, val)
for fst, *others in [(1, 2, 3), (4,), "xy"]:
    print(fst, others)
lst = [0, 0, 0]
lst[0], lst[2] = "L", "R"
print(lst)
d = {}
d["k"], d["j"] = 1, 2
print(d)
m = [1, 2]
m[0], m[1] = m[1], m[0]
print(m)
z = zz = 1, 2
print(z, zz)
aa, bb = bb_src = (10, 20)
print(aa, bb, bb_src)
i = 0
arr = [10, 20, 30]
i, arr[i] = 1, 99
print(i, arr)
for thunk_src in ["2to3", "1to2", "star_short"]:
    try:
        if thunk_src == "2to3":
            e1, e2, e3 = [1, 2]
        elif thunk_src == "1to2":
            e1, e2 = [1, 2, 3]
        else:
            e1, e2, *e3 = [1]
    except ValueError as e:
        print("ValueError", e)
try:
    g1, g2 = 5
except TypeError as e:
    print("TypeError", e)
try:
    h1, h2 = None
except TypeError as e:
    print("TypeError", e)
w1, w2 = {"k1": 1, "k2": 2}
print(w1, w2)
v1, v2, v3 = range(3)
print(v1, v2, v3)
