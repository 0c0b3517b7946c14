# Float-heavy geometry in the style of pyperformance's chaos/nbody benchmarks.
import math, random

class GVector:
    def __init__(self, x=0, y=0, z=0):
        self.x, self.y, self.z = x, y, z
    def Mag(self):
        return math.sqrt(self.x ** 2 + self.y ** 2 + self.z ** 2)
    def dist(self, other):
        return math.sqrt((self.x - other.x) ** 2 + (self.y - other.y) ** 2 + (self.z - other.z) ** 2)
    def __add__(self, other):
        if not isinstance(other, GVector):
            raise ValueError("Can't add GVector to " + str(type(other)))
        return GVector(self.x + other.x, self.y + other.y, self.z + other.z)
    def __sub__(self, other):
        return self + other * -1
    def __mul__(self, other):
        return GVector(self.x * other, self.y * other, self.z * other)
    __rmul__ = __mul__
    def linear_combination(self, other, l1, l2=None):
        if l2 is None:
            l2 = 1 - l1
        return GVector(self.x * l1 + other.x * l2, self.y * l1 + other.y * l2, self.z * l1 + other.z * l2)
    def __str__(self):
        return "<%f, %f, %f>" % (self.x, self.y, self.z)
    def __repr__(self):
        return "GVector(%r, %r, %r)" % (self.x, self.y, self.z)

class Spline:
    def __init__(self, points, degree, knots):
        if len(points) > len(knots) - degree + 1:
            raise ValueError("too many control points")
        elif len(points) < len(knots) - degree + 1:
            raise ValueError("not enough control points")
        last = knots[0]
        for cur in knots[1:]:
            if cur < last:
                raise ValueError("knots not strictly increasing")
            last = cur
        self.knots = knots
        self.points = points
        self.degree = degree
    def GetDomain(self):
        return (self.knots[self.degree - 1], self.knots[len(self.knots) - self.degree])
    def __call__(self, u):
        dom_start, dom_end = self.GetDomain()
        if u < dom_start or u > dom_end:
            raise ValueError("Function value not in domain")
        if u == dom_start:
            return self.points[0]
        if u == dom_end:
            return self.points[-1]
        I = self.GetIndex(u)
        d = [self.points[I - self.degree + 1 + ii] for ii in range(self.degree + 1)]
        U = self.knots
        for ik in range(1, self.degree + 1):
            for ii in range(I - self.degree + ik + 1, I + 2):
                ua = U[ii + self.degree - ik]
                ub = U[ii - 1]
                co1 = (ua - u) / (ua - ub)
                co2 = (u - ub) / (ua - ub)
                index = ii - I + self.degree - ik - 1
                d[index] = d[index].linear_combination(d[index + 1], co1, co2)
        return d[0]
    def GetIndex(self, u):
        dom_start, dom_end = self.GetDomain()
        for ii in range(self.degree - 1, len(self.knots) - self.degree):
            if u >= self.knots[ii] and u < self.knots[ii + 1]:
                I = ii
                break
        else:
            I = dom_end - 1
        return I
    def __len__(self):
        return len(self.points)

rng = random.Random(1234)
splines = [
    Spline([GVector(1.597350, 3.304460, 0.0), GVector(1.575810, 4.123260, 0.0),
            GVector(1.313210, 5.288350, 0.0), GVector(1.618900, 5.329910, 0.0),
            GVector(2.889940, 5.502700, 0.0), GVector(2.373060, 4.381830, 0.0),
            GVector(1.662000, 4.360280, 0.0)], 3, [0, 0, 0, 1, 1, 1, 2, 2, 2]),
    Spline([GVector(2.804500, 4.017350, 0.0), GVector(2.550500, 3.525230, 0.0),
            GVector(1.979010, 2.620360, 0.0), GVector(1.979010, 2.620360, 0.0)], 3, [0, 0, 0, 1, 1, 1]),
]
pts = []
for k in range(400):
    s = splines[k % 2]
    lo, hi = s.GetDomain()
    u = lo + (hi - lo) * rng.random()
    p = s(u)
    pts.append(p)
cx = sum(p.x for p in pts) / len(pts)
cy = sum(p.y for p in pts) / len(pts)
print("%.10f %.10f" % (cx, cy))
print(str(pts[0]), repr(pts[1]))
far = max(pts, key=lambda p: p.dist(GVector(cx, cy)))
print(round(far.Mag(), 9), len(splines[0]))
v = 2 * GVector(1, 2, 3) - GVector(0.5, 0.5, 0.5)
print(v, v.Mag())
try:
    GVector() + 3
except ValueError as e:
    print(e)
try:
    Spline([GVector()], 3, [0, 0, 0, 1])
except ValueError as e:
    print(e)
try:
    splines[1](5)
except ValueError as e:
    print(e)
print(math.hypot(3, 4), math.atan2(1, -1), math.fsum([0.1] * 10), math.isclose(0.1 * 3, 0.3))
print(f"{math.pi:.12g} {math.e:10.4f} {1e21:g} {123456789.123:,.2f} {0.000012345:.3e}")
