# Arithmetic dunders and reflected forms on a Vector class.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return Vec(self.x + o, self.y + o)
        return NotImplemented

    def __radd__(self, o):
        print("radd with", o)
        return self + o

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if isinstance(k, Vec):
            return self.x * k.x + self.y * k.y
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(k * self.x, k * self.y)

    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)

    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)

    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __pos__(self):
        return Vec(+self.x, +self.y)

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __eq__(self, o):
        return isinstance(o, Vec) and self.x == o.x and self.y == o.y


a = Vec(3, 4)
b = Vec(1, -2)
print(a + b, a - b, a * b, a * 2, 3 * a)
print(a / 2, a // 2, a % 3, a ** 2)
print(-a, +b, abs(a))
print(a + 1, 1 + a)
print(sum([Vec(1, 1), Vec(2, 2), Vec(3, 3)], Vec(0, 0)))
print(sum([Vec(1, 1), Vec(2, 2)]))
print(a == Vec(3, 4), a != Vec(3, 4), a == 3)
print(Vec(7, 9) // 2 + Vec(1, 1) * 10)
print(Vec(2.5, -1.5) * 2, Vec(-7, 7) % 3, Vec(-7, 7) // 2)
