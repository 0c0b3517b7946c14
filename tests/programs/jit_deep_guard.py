# JIT: f calls g calls h; h's type assumption (int argument, int field, list
# element type) fails at a data-dependent iteration k, three frames deep.
def h(x, scale):
    return x * scale + 1

def g(x, scale):
    return h(x, scale) - h(x - 1, scale)

def f(x, scale):
    return g(x, scale) + g(x + 1, scale)

def run(n, k, newscale):
    scale = 3
    acc = 0
    for i in range(n):
        if i == k:
            scale = newscale
        acc += f(i, scale)
        if i % 100 == 0 or i == k or i == k + 1:
            print("  i", i, "scale", repr(scale), "acc", acc)
    return acc

print("int->float", run(500, 250, 2.5))
print("int->big", run(500, 60, 2 ** 62))
print("int->bool", run(300, 1, True))
print("int->str-safe", run(200, 199, 4))

# h reads an attribute whose type flips
class Box:
    def __init__(self, v):
        self.v = v

def h2(b):
    return b.v + b.v

def g2(b):
    return h2(b) * 2

def f2(b):
    return g2(b) - 1

box = Box(1)
out = []
tot = 0
for i in range(600):
    if i == 300:
        box.v = 1.25
    if i == 450:
        box.v = "x"
    r = f2(box) if not isinstance(box.v, str) else len(h2(box))
    tot += r
    if i % 75 == 0 or i in (299, 300, 449, 450):
        out.append((i, r, tot))
for row in out:
    print(row)

# h indexes a list whose element kind changes
def h3(lst, i):
    return lst[i % len(lst)]

def g3(lst, i):
    return h3(lst, i) + h3(lst, i + 1)

def f3(lst, i):
    return g3(lst, i)

lst = list(range(10))
t = 0
for i in range(500):
    if i == 333:
        lst[4] = 4.5
    if i == 400:
        lst = [0.5] * 10
    t += f3(lst, i)
    if i % 100 == 0 or i in (333, 334, 400):
        print("lst", i, t)
print("t", t)
