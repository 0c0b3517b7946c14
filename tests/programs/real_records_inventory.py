# Record classes without dataclasses: __slots__, properties, class methods,
# __eq__/__hash__/__repr__, sorting by keys, grouping with dicts and sets.
class Item:
    __slots__ = ("sku", "name", "price", "qty", "tags")
    count = 0
    def __init__(self, sku, name, price, qty=0, tags=()):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = frozenset(tags)
        Item.count += 1
    @classmethod
    def parse(cls, line):
        sku, name, price, qty, *tags = line.split(";")
        return cls(sku.strip(), name.strip(), float(price), int(qty), [t.strip() for t in tags if t.strip()])
    @staticmethod
    def money(x):
        return f"${x:,.2f}"
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price!r}, {self.qty!r})"
    def __eq__(self, other):
        if not isinstance(other, Item):
            return NotImplemented
        return self.sku == other.sku
    def __hash__(self):
        return hash(self.sku)

DATA = """A100; widget; 2.50; 10; metal; small
B200; gadget; 12.00; 3; plastic
C300; doohickey; 0.99; 250; small; bulk
D400; gizmo; 99.95; 1
E500; thingamajig; 5.25; 0; metal
A100; widget-dup; 2.75; 4; metal"""
items = [Item.parse(l) for l in DATA.splitlines()]
print(items[0], Item.count, len(set(items)), items[0] == items[-1], items[0] == "A100")
try:
    items[0].color = "red"
except AttributeError as e:
    print("AttributeError:", e)
try:
    items[0].value = 3
except AttributeError as e:
    print("AttributeError:", e)
print([i.sku for i in sorted(items, key=lambda i: (-i.value, i.name))])
print(sorted(items, key=lambda i: i.price)[0].name, max(items, key=lambda i: i.qty).name)
tags = {}
for it in items:
    for t in sorted(it.tags):
        tags.setdefault(t, set()).add(it.sku)
for t in sorted(tags):
    print(t, sorted(tags[t]))
print(Item.money(sum(i.value for i in items)), Item.money(1234567.891))
in_stock = {i.sku for i in items if i.qty}
metal = {i.sku for i in items if "metal" in i.tags}
print(sorted(in_stock & metal), sorted(in_stock - metal), sorted(in_stock ^ metal), in_stock >= metal, metal.isdisjoint({"Z"}))
by_price = dict(sorted(((i.sku, i.price) for i in items), key=lambda kv: kv[1]))
print(by_price)
inv = {}
for i in items:
    if i.sku in inv:
        inv[i.sku].qty += i.qty
    else:
        inv[i.sku] = i
print({k: v.qty for k, v in inv.items()})
print(sorted(inv.keys() - {"A100", "Q"}), sorted(inv.keys() | {"Z"}))
d = dict.fromkeys("abc", 0)
d.update(b=2, z=26)
d |= {"c": 3}
print(d, d.pop("z"), d.popitem(), list(d.items()))
print({k: v for k, v in zip("xyz", range(3)) if v}, dict([("a", 1)], b=2))
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
from collections import Counter, defaultdict, OrderedDict, namedtuple, deque
c = Counter("abracadabra")
print(c.most_common(3), c["z"], sum(c.values()))
dd = defaultdict(list)
for i in items:
    dd[i.qty > 5].append(i.sku)
print(dict(dd))
Point = namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p._replace(x=1), p._asdict(), p.x + p.y, Point._fields)
dq = deque(maxlen=3)
for k in range(6):
    dq.append(k)
print(dq, list(dq), dq.popleft(), dq)
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od), od)
print(getattr(items[0], "name"), hasattr(items[0], "nope"), getattr(items[0], "nope", "dflt"))
print(type(items[0]).__slots__, Item.__name__, Item.value.__doc__)
