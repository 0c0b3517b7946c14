# Differential fuzz of set/frozenset methods and operators on int sets with
# removals (dummies), resizes and collisions: element order must match CPython.
state = 987654
def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n

def rset():
    s = set()
    for _ in range(rnd(30)):
        s.add(rnd(64) * (1 + rnd(3) * 31))
    for _ in range(rnd(10)):
        s.discard(rnd(64))
    return s

def rother():
    k = rnd(6)
    base = [rnd(70) * (1 + rnd(2) * 32) for _ in range(rnd(25))]
    if k == 0:
        return set(base)
    if k == 1:
        return frozenset(base)
    if k == 2:
        return base
    if k == 3:
        return dict.fromkeys(base)
    if k == 4:
        return tuple(base)
    return {x: 0 for x in base}.keys()

BIN = ["union", "intersection", "difference", "symmetric_difference", "issubset", "issuperset", "isdisjoint"]
UPD = ["update", "intersection_update", "difference_update", "symmetric_difference_update"]
for i in range(300):
    a = rset()
    if rnd(4) == 0:
        a = frozenset(a)
    o = rother()
    k = rnd(4)
    if k == 0:
        name = BIN[rnd(len(BIN))]
        r = getattr(a, name)(o)
    elif k == 1 and isinstance(a, set):
        name = UPD[rnd(len(UPD))]
        getattr(a, name)(o)
        r = a
    elif k == 2:
        name = "multi"
        r = (a.union(o, rother()), a.intersection(o, rother()), a.difference(o, rother()))
    else:
        name = "ops"
        b = set(o) if rnd(2) else frozenset(o)
        r = (a | b, a & b, a - b, a ^ b, a <= b, a < b, a == b)
    if isinstance(a, set) and a and rnd(3) == 0:
        r = (r, a.pop(), a.pop() if a else None, a)
    print(i, name, r)
