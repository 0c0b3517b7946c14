# In-place operators: __iadd__ mutating vs falling back to __add__.
class Bag:
    def __init__(self, items=()):
        self.items = list(items)

    def __iadd__(self, other):
        print("iadd")
        self.items.extend(other)
        return self

    def __add__(self, other):
        print("add")
        return Bag(self.items + list(other))

    def __repr__(self):
        return "Bag(%r)" % self.items


b = Bag([1])
alias = b
b += [2, 3]
print(b, alias, b is alias)
c = b + [4]
print(c, b, c is b)


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __sub__(self, o):
        return Num(self.v - o)

    def __mul__(self, o):
        return Num(self.v * o)

    def __isub__(self, o):
        self.v -= o * 2
        return self

    def __repr__(self):
        return "Num(%d)" % self.v


n = Num(10)
keep = n
n += 5
print(n, keep, n is keep)
n -= 1
print(n)
n *= 3
print(n)


class Bits:
    def __init__(self, v):
        self.v = v

    def __and__(self, o):
        return Bits(self.v & o.v)

    def __or__(self, o):
        return Bits(self.v | o.v)

    def __xor__(self, o):
        return Bits(self.v ^ o.v)

    def __invert__(self):
        return Bits(~self.v & 0xFF)

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __ior__(self, o):
        self.v |= o.v
        return self

    def __repr__(self):
        return "Bits(0b{:08b})".format(self.v)


x = Bits(0b1100)
y = Bits(0b1010)
print(x & y, x | y, x ^ y, ~x, x << 2, x >> 2)
x |= Bits(1)
print(x)
lst = [1]
lst2 = lst
lst += [2]
print(lst2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
