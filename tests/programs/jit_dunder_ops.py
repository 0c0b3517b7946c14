# JIT: operator overloading in hot loops where the operand types change
# mid-loop (__add__ returning NotImplemented, __radd__, __eq__/__hash__ keys,
# __lt__ used by sorted, __len__/__bool__ in conditions).
class Money:
    def __init__(self, c):
        self.c = c

    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented

    def __radd__(self, o):
        if o == 0:
            return self
        return Money(self.c + o * 100)

    def __repr__(self):
        return "Money(%d)" % self.c

acc = 0
for i in range(400):
    if i < 150:
        acc = acc + i
    elif i < 300:
        acc = acc + Money(i)        # int + Money -> __radd__
    else:
        acc = acc + 1               # Money + int -> __add__
    if i % 50 == 0 or i in (149, 150, 151, 299, 300):
        print(i, acc)
print("acc", acc)
try:
    Money(1) + "x"
except TypeError as e:
    print("TypeError", e)
print(sum([Money(1), Money(2), Money(3)]))

class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return isinstance(o, Key) and self.k % 10 == o.k % 10

    def __hash__(self):
        return self.k % 10

d = {}
for i in range(300):
    k = Key(i)
    d[k] = d.get(k, 0) + i
print(len(d), sorted(v for v in d.values()))

class Ver:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))

    def __lt__(self, o):
        return self.parts < o.parts

    def __repr__(self):
        return ".".join(map(str, self.parts))

vs = [Ver("%d.%d.%d" % (i % 3, (i * 7) % 5, i % 11)) for i in range(200)]
srt = sorted(vs)
print(srt[:4], srt[-4:], min(vs), max(vs))

class Bag:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return len(self.items) % 4 != 3

    def __iter__(self):
        return iter(self.items)

    def __contains__(self, v):
        return v in self.items

    def __getitem__(self, i):
        return self.items[i]

b = Bag()
truthy = 0
for i in range(300):
    b.items.append(i)
    if b:
        truthy += 1
    if i % 60 == 0:
        print("bag", i, len(b), truthy, (i // 2) in b, b[-1])
print("bag", truthy, sum(b), sum(x for x in b if x % 2))

class Num:
    def __init__(self, v):
        self.v = v

    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))

    __rmul__ = __mul__

    def __neg__(self):
        return Num(-self.v)

    def __lt__(self, o):
        return self.v < (o.v if isinstance(o, Num) else o)

n = Num(1)
for i in range(1, 80):
    n = -(n * 3) if i % 2 else 2 * n
    if n < 0 and i % 20 == 1:
        print("num", i, n.v)
print("num", n.v)
