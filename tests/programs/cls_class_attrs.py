# Class attributes vs instance attributes, class-level counters, shadowing.
class Counter:
    count = 0
    kind = "counter"
    registry = []

    def __init__(self, name):
        Counter.count += 1
        self.id = Counter.count
        self.name = name
        Counter.registry.append(name)


a = Counter("a")
b = Counter("b")
c = Counter("c")
print(Counter.count, a.count, b.count, c.id)
print(Counter.registry)
print(a.kind, Counter.kind)
a.kind = "special"
print(a.kind, b.kind, Counter.kind)
Counter.kind = "changed"
print(a.kind, b.kind, c.kind)
del a.kind
print(a.kind)
print("kind" in a.__dict__, "kind" in Counter.__dict__)


class Shared:
    items = []

    def add(self, x):
        self.items.append(x)


s1 = Shared()
s2 = Shared()
s1.add(1)
s2.add(2)
print(s1.items, s2.items, Shared.items is s1.items)


class Config:
    debug = False
    level = 1

    def bump(self):
        self.level = self.level + 1
        return self.level


cfg = Config()
print(cfg.bump(), cfg.bump(), Config.level, cfg.level)
Config.level = 100
print(cfg.level, Config().level)
