# JIT: an attribute added to an instance mid-loop (shadowing a class
# attribute), attributes deleted, and a new class attribute appearing.
class P:
    scale = 2

    def __init__(self, x):
        self.x = x

p = P(1)
total = 0
for i in range(500):
    if i == 200:
        p.scale = 10          # instance attribute now shadows the class one
    if i == 300:
        p.extra = 7
    if i == 400:
        del p.scale           # back to the class attribute
    total += p.x * p.scale + getattr(p, "extra", 0)
    p.x += 1
    if i % 50 == 0 or i in (199, 200, 299, 300, 399, 400):
        print(i, p.x, p.scale, total)
print("total", total, sorted(p.__dict__))

# class attribute added mid-loop, looked up through instances
class Q:
    pass

objs = [Q() for _ in range(4)]
s = 0
for i in range(400):
    if i == 150:
        Q.bonus = 3
    if i == 250:
        objs[1].bonus = 100
    o = objs[i % 4]
    s += getattr(o, "bonus", -1)
    if i % 50 == 0 or i in (149, 150, 151, 249, 250, 251):
        print("q", i, s)
print("s", s)

# instances with different attribute layouts in one loop
class R:
    def __init__(self, k):
        if k % 3 == 0:
            self.a = k
        if k % 2 == 0:
            self.b = k * 2
        self.c = k

rs = [R(k) for k in range(300)]
acc = 0
for i, r in enumerate(rs):
    acc += getattr(r, "a", 0) + getattr(r, "b", 0) + r.c
    if hasattr(r, "a") and hasattr(r, "b"):
        acc += 1
    if i % 60 == 0:
        print("r", i, acc, sorted(vars(r)))
print("acc", acc)
