# JIT: a long allocating loop (200k small lists/objects/dicts created and
# dropped) to exercise the GC during traced code; also reference cycles.
class Obj:
    def __init__(self, a, b):
        self.a = a
        self.b = b

check = 0
keep = []
for i in range(200000):
    l = [i, i + 1, i + 2]
    o = Obj(i, l)
    check = (check * 31 + o.a + o.b[2] + len(l)) % 1000000007
    if i % 5000 == 0:
        keep.append(o)
    if i % 40000 == 0:
        print(i, check, len(keep))
print("check", check, len(keep), keep[-1].b)

# cycles: nodes referencing each other, dropped every iteration
cyc = 0
for i in range(20000):
    a = Obj(i, None)
    b = Obj(a, None)
    a.b = b
    cyc += b.a.a
    if i % 10000 == 0:
        print("cyc", i, cyc)
print("cyc", cyc)

# dicts and tuples and strings
h = 0
for i in range(30000):
    d = {"k": i, "t": (i, str(i))}
    h = (h + d["k"] + len(d["t"][1])) % 999983
print("h", h)
keep2 = [Obj(i, [i]) for i in range(50000)]
del keep2
print("done", sum(o.a for o in keep))
