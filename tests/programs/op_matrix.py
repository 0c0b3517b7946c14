# A Matrix class: __matmul__, __getitem__ with tuples, __eq__, __repr__, __mul__/__rmul__, iteration.
class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
        self.n = len(self.rows)
        self.m = len(self.rows[0]) if self.rows else 0

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, v):
        i, j = idx
        self.rows[i][j] = v

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError("shape mismatch: %dx%d @ %dx%d" % (self.n, self.m, other.n, other.m))
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(self.m)) for j in range(other.m)] for i in range(self.n)])

    def __mul__(self, k):
        return Matrix([[v * k for v in r] for r in self.rows])

    __rmul__ = __mul__

    def __add__(self, other):
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __iter__(self):
        return iter(self.rows)

    def __pow__(self, e):
        result = Matrix.identity(self.n)
        base = self
        while e:
            if e & 1:
                result = result @ base
            base = base @ base
            e >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    def __repr__(self):
        return "Matrix(%r)" % (self.rows,)


a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a @ b, b @ a)
print(a * 2, 3 * a, a + b)
print(a ** 5)
print(Matrix([[1, 1], [1, 0]]) ** 30)
print(a @ Matrix.identity(2) == a, a == b, a != b)
print(a.transpose(), Matrix([[1, 2, 3]]).transpose())
a[0, 0] = 10
print(a[0, 0], a[1, 1], [sum(r) for r in a])
try:
    a @ Matrix([[1, 2, 3]])
except ValueError as e:
    print("ValueError:", e)
m = Matrix([[1, 2, 3]])
m2 = m
m2 @= Matrix([[1], [1], [1]])
print(m2, m)
