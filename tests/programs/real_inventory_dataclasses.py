# An order-processing simulation in the style of application test programs:
# dataclasses, enums, json round trips, sorting and grouping, custom errors.
import json
from dataclasses import dataclass, field, asdict
from enum import Enum
from collections import defaultdict
from typing import List, Optional


class Status(Enum):
    PENDING = "pending"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"


class OutOfStock(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"{sku}: wanted {wanted}, have {have}")
        self.sku = sku


@dataclass(order=True)
class Item:
    sku: str
    price: float
    stock: int = 0
    tags: List[str] = field(default_factory=list, compare=False)


@dataclass
class Line:
    sku: str
    qty: int


@dataclass
class Order:
    oid: int
    customer: str
    lines: List[Line]
    status: Status = Status.PENDING
    note: Optional[str] = None

    def total(self, catalog):
        return round(sum(catalog[l.sku].price * l.qty for l in self.lines), 2)


catalog = {i.sku: i for i in [
    Item("A-100", 9.99, 10, ["tool"]),
    Item("B-200", 24.5, 3, ["garden", "tool"]),
    Item("C-300", 0.75, 100),
    Item("D-400", 120.0, 1, ["premium"]),
]}

orders = [
    Order(1, "ann", [Line("A-100", 2), Line("C-300", 10)]),
    Order(2, "bob", [Line("D-400", 1)]),
    Order(3, "ann", [Line("B-200", 2), Line("D-400", 1)]),
    Order(4, "cy", [Line("C-300", 95), Line("A-100", 1)], note="rush"),
    Order(5, "bob", [Line("B-200", 2)]),
]


def fulfil(order):
    for line in order.lines:
        item = catalog[line.sku]
        if item.stock < line.qty:
            raise OutOfStock(line.sku, line.qty, item.stock)
    for line in order.lines:
        catalog[line.sku].stock -= line.qty
    order.status = Status.SHIPPED


for o in orders:
    try:
        fulfil(o)
        print(f"order {o.oid}: shipped, total {o.total(catalog):8.2f}")
    except OutOfStock as e:
        o.status = Status.CANCELLED
        o.note = str(e)
        print(f"order {o.oid}: cancelled ({e}; sku={e.sku})")

print(sorted(catalog.values()))
print(max(catalog.values()), min(catalog.values(), key=lambda i: i.stock))
by_customer = defaultdict(list)
for o in orders:
    by_customer[o.customer].append(o)
for name, os_ in sorted(by_customer.items()):
    shipped = [o for o in os_ if o.status is Status.SHIPPED]
    print(name, [o.oid for o in os_], sum(o.total(catalog) for o in shipped))


def encode(obj):
    if isinstance(obj, Enum):
        return obj.value
    raise TypeError(repr(obj))


text = json.dumps([asdict(o) for o in orders], default=encode, sort_keys=True)
print(text[:160])
back = json.loads(text)
print(len(back), back[3]["note"], [l["qty"] for l in back[3]["lines"]], back[2]["status"])
restored = [Order(d["oid"], d["customer"], [Line(**l) for l in d["lines"]], Status(d["status"]), d["note"]) for d in back]
print(restored == orders, restored[0])
print(json.dumps({s.name: [o.oid for o in orders if o.status is s] for s in Status}, indent=2))
print(Status("shipped"), Status.CANCELLED.name, [s.value for s in Status], Status.PENDING in Status)
report = {sku: {"stock": i.stock, "value": round(i.stock * i.price, 2)} for sku, i in catalog.items()}
print(json.dumps(report, separators=(",", ":")))
