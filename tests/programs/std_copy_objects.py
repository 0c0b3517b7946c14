import copy
from collections import deque, Counter, OrderedDict, defaultdict, namedtuple


class Custom:
    def __init__(self, items):
        self.items = items

    def __copy__(self):
        print("__copy__ called")
        return Custom(self.items)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called")
        return Custom(copy.deepcopy(self.items, memo))


c = Custom([1, [2]])
c1 = copy.copy(c)
c2 = copy.deepcopy(c)
c.items[1].append(3)
print(c1.items, c2.items, c1.items is c.items)
holder = {"a": c, "b": c}
hc = copy.deepcopy(holder)
print(hc["a"] is hc["b"])

dq = deque([[1], [2]], maxlen=5)
dq2 = copy.copy(dq)
dq3 = copy.deepcopy(dq)
dq[0].append(9)
print(dq2, dq3, dq2.maxlen, dq3.maxlen, type(dq3).__name__)
ctr = Counter("aabc")
cc = copy.deepcopy(ctr)
cc["a"] += 5
print(ctr, cc, type(cc).__name__)
od = OrderedDict([("x", [1]), ("y", [2])])
od2 = copy.deepcopy(od)
od["x"].append(0)
print(od, od2)
dd = defaultdict(list, {"k": [1]})
dd2 = copy.deepcopy(dd)
dd2["new"].append(1)
print(dd, dd2)
P = namedtuple("P", "a b")
pp = P([1], 2)
pc = copy.deepcopy(pp)
pc.a.append(5)
print(pp, pc, copy.copy(pp) is pp or copy.copy(pp) == pp)
