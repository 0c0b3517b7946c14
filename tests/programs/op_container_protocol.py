# Container protocol: __len__, __getitem__/__setitem__/__delitem__, __contains__, __bool__.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}

    def __len__(self):
        return self.w * self.h

    def __getitem__(self, key):
        r, c = key
        if not (0 <= r < self.h and 0 <= c < self.w):
            raise IndexError("cell out of range")
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value

    def __delitem__(self, key):
        del self.cells[key]

    def __contains__(self, value):
        return value in self.cells.values()

    def render(self):
        return "\n".join("".join(self[r, c] for c in range(self.w)) for r in range(self.h))


g = Grid(4, 3)
g[0, 0] = "#"
g[1, 2] = "@"
g[2, 3] = "#"
print(len(g))
print(g.render())
print("@" in g, "x" in g, "x" not in g)
del g[1, 2]
print("@" in g)
print(g.render())
try:
    g[5, 5]
except IndexError as e:
    print("IndexError:", e)
try:
    del g[0, 1]
except KeyError as e:
    print("KeyError:", e)


class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if i >= self.n or i < 0:
            raise IndexError("Seq index out of range")
        return i * i


s = Seq(6)
print(list(s), s[2], s[-1])
print(3 * 3 in s, 10 in s)
for v in s:
    print(v, end=" ")
print()
print(sorted(s, reverse=True), max(s), bool(s), bool(Seq(0)))
a, b, *rest = s
print(a, b, rest)


class Truthy:
    def __init__(self, flag):
        self.flag = flag

    def __bool__(self):
        print("bool called")
        return self.flag


print("yes" if Truthy(True) else "no")
print(not Truthy(False))
print(Truthy(False) or "fallback")
print([bool(Truthy(x)) for x in (True, False)])


class LenOnly:
    def __len__(self):
        return 0


print(bool(LenOnly()), "empty" if not LenOnly() else "full")
