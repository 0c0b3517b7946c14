# JIT: a method redefined on the class mid-loop, a method replaced on a single
# instance, and a subclass override appearing mid-loop.
class Counter:
    def __init__(self):
        self.n = 0

    def step(self, k):
        self.n += k
        return self.n

def step_double(self, k):
    self.n += 2 * k
    return self.n

def step_neg(self, k):
    self.n -= k
    return -self.n

c = Counter()
res = 0
for i in range(600):
    if i == 200:
        Counter.step = step_double
    if i == 400:
        Counter.step = step_neg
    res += c.step(i)
    if i % 50 == 0 or i in (199, 200, 201, 399, 400, 401):
        print(i, c.n, res)
print("res", res, c.n)

# instance attribute that shadows the method
class Shape:
    def area(self):
        return 1

s = Shape()
tot = 0
for i in range(300):
    if i == 120:
        s.area = lambda: 5
    if i == 240:
        del s.area
    tot += s.area()
    if i % 40 == 0 or i in (119, 120, 239, 240):
        print("shape", i, tot)
print("tot", tot)

# subclass gains an override mid-loop
class Base:
    def val(self):
        return 1

class Child(Base):
    pass

objs = [Base(), Child(), Child()]
acc = 0
for i in range(450):
    if i == 150:
        Child.val = lambda self: 10
    if i == 300:
        Base.val = lambda self: 100
    acc += objs[i % 3].val()
    if i % 75 == 0:
        print("inh", i, acc)
print("acc", acc)
