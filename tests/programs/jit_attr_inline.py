# Attribute loads, stores and method lookups compiled inline (class, shape and
# class-epoch guards): every way the guarded facts can change mid-loop.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


def loads_and_stores(n):
    p = P(1, 2)
    for i in range(n):
        p.x = p.x + p.y
        p.y = i
    return p.x, p.y


print("loads/stores", loads_and_stores(300))


def shape_grows(n):
    ps = [P(i, -i) for i in range(n)]
    total = 0
    for i, p in enumerate(ps):
        if i == n // 2:
            p.z = 5  # this instance gets a new shape
        total += p.x + p.y + getattr(p, "z", 0)
    return total


print("shape grows", shape_grows(200))


def class_attr_changes(n):
    p = P(3, 4)
    total = 0
    for i in range(n):
        if i == 120:
            P.scale = 10  # any class change: the epoch moves
        total += p.norm1()
    return total


print("class attr", class_attr_changes(240))


def method_redefined(n):
    p = P(3, 4)
    total = 0
    for i in range(n):
        if i == 100:
            P.norm1 = lambda self: self.x * self.y
        total += p.norm1()
    return total


print("method redefined", method_redefined(200))


def instance_shadows_method(n):
    ps = [P(i, 1) for i in range(n)]
    total = 0
    for i, p in enumerate(ps):
        if i % 50 == 49:
            p.norm1 = lambda: 1000
        total += p.norm1()
    return total


class Q:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return self.x - self.y


print("instance shadows", instance_shadows_method(200))


def property_appears(n):
    q = Q(5, 2)
    total = 0
    for i in range(n):
        if i == 90:
            Q.x = property(lambda self: 100)
        total += q.x
    return total


print("property appears", property_appears(180))


class A:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class B:
    def __init__(self, v):
        self.w = 0
        self.v = v * 2

    def get(self):
        return self.v + self.w


def polymorphic_sites(n):
    objs = [A(i) if i % 3 else B(i) for i in range(n)]
    total = 0
    for o in objs:
        total += o.get()
        o.v = o.v + 1
    return total, sum(o.v for o in objs)


print("polymorphic", polymorphic_sites(300))


def deleted_attr(n):
    ps = [P(i, i) for i in range(n)]
    total = 0
    for i, p in enumerate(ps):
        if i == 150:
            del ps[i + 1].x
        try:
            total += p.x
        except AttributeError as e:
            print("AttributeError:", e)
    return total


print("deleted", deleted_attr(200))


class Slots:
    __slots__ = ("a", "b")

    def __init__(self, a):
        self.a = a
        self.b = a * 2


def slots(n):
    s = Slots(1)
    total = 0
    for i in range(n):
        s.a = i
        total += s.a + s.b
    return total


print("slots", slots(200))


class Node:
    def __init__(self, val, nxt):
        self.val = val
        self.next = nxt


def linked(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    total = 0
    node = head
    while node is not None:
        total += node.val
        node = node.next
    return total


print("linked", linked(500))


def same_object_two_names(n):
    p = P(0, 0)
    alias = p
    for i in range(n):
        p.x = i
        if i == 70:
            alias.extra = 1
        alias.y = p.x + alias.y
    return p.x, p.y, alias.extra


print("aliases", same_object_two_names(150))


def missing(n):
    ps = [P(i, i) for i in range(n)]
    total = 0
    for i, p in enumerate(ps):
        if i == n - 10:
            del p.y
        total += p.y
    return total


print(missing(120))
