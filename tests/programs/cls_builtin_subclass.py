# Subclassing built-in types: list, dict with __missing__, int, str.
class Stack(list):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3).push(4)
print(s, len(s), s.peek(), s.pop(), s, isinstance(s, list), type(s).__name__)
print(s + [9], sum(s), sorted(s, reverse=True))


class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        v = self[key] = self.factory()
        return v


d = DefaultDict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, len(d), sorted(d.keys()), "c" in d)


class Counter(dict):
    def add(self, k):
        self[k] = self.get(k, 0) + 1


c = Counter()
for ch in "mississippi":
    c.add(ch)
print(sorted(c.items()), c["s"])


class Meters(int):
    def __repr__(self):
        return "Meters(%d)" % int(self)

    def __add__(self, other):
        return Meters(int(self) + int(other))


m = Meters(5) + Meters(7)
print(m, repr(m), m * 2, m > 10, isinstance(m, int), m == 12)


class Shout(str):
    def shout(self):
        return self.upper() + "!"


w = Shout("hey")
print(w.shout(), w + " you", len(w), w[1:], isinstance(w, str), w == "hey")


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]


p = Point(3, 4)
print(p, p.x, p.y, p == (3, 4), len(p), type(p).__name__)
