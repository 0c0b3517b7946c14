# JIT: attribute-heavy loops: several fields updated per iteration, properties,
# class attributes, __slots__ classes, inheritance.
class Particle:
    gravity = -9.8
    count = 0

    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy
        Particle.count += 1

    def step(self, dt):
        self.vy += self.gravity * dt
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.y < 0:
            self.y = -self.y
            self.vy = -self.vy * 0.5

    @property
    def speed2(self):
        return self.vx * self.vx + self.vy * self.vy

ps = [Particle(i, 10 + i, i % 3 - 1, 0) for i in range(5)]
for t in range(400):
    for p in ps:
        p.step(0.01)
    if t % 80 == 0:
        print(t, ["%.6f" % p.y for p in ps], "%.6f" % ps[0].speed2)
print("count", Particle.count, [round(p.x, 6) for p in ps])

class Vec:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

acc = Vec(0, 0, 0)
d = 0
for i in range(800):
    v = Vec(i, -i, i % 7)
    acc = acc.add(v)
    d += acc.dot(v)
    if i == 500:
        acc.z = 0.5          # slot switches to float
    if i % 100 == 0:
        print("vec", i, acc.x, acc.y, acc.z, d)
print("vec", acc.x, acc.y, acc.z, d)
try:
    acc.w = 1
except AttributeError as e:
    print("AttributeError", e)

class Temp:
    def __init__(self):
        self._c = 0.0
        self.sets = 0

    @property
    def c(self):
        return self._c

    @c.setter
    def c(self, v):
        self.sets += 1
        self._c = v

    @property
    def f(self):
        return self._c * 9 / 5 + 32

tmp = Temp()
tot = 0.0
for i in range(600):
    tmp.c = i - 300
    tot += tmp.f
    if i % 100 == 0:
        print("temp", i, tmp.c, tmp.f, tot)
print("temp", tmp.sets, tot)

class Animal:
    sound = "..."
    legs = 4

    def describe(self):
        return self.sound * (self.legs // 2)

class Bird(Animal):
    sound = "tweet"
    legs = 2

class Dog(Animal):
    sound = "woof"

zoo = [Animal(), Bird(), Dog()] * 100
out = {}
for i, a in enumerate(zoo):
    if i == 150:
        Dog.legs = 6
    s = a.describe()
    out[s] = out.get(s, 0) + 1
print(sorted(out.items()))

# counter fields on an object as loop state
class State:
    pass

st = State()
st.i = 0
st.total = 0
st.hist = []
while st.i < 700:
    st.total += st.i % 11
    if st.i % 140 == 0:
        st.hist.append(st.total)
    st.i += 1
print("state", st.i, st.total, st.hist)
