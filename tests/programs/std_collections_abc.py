import collections.abc
from collections.abc import (Mapping, MutableMapping, Sequence, MutableSequence, Set, MutableSet,
                             Iterable, Iterator, Generator, Sized, Container, Callable, Hashable,
                             Collection, Reversible, KeysView, ItemsView, ValuesView, MappingView,
                             Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
                             ByteString)
import collections

print(len(collections.abc.__all__), collections.abc.Mapping is Mapping, collections.abc.Sequence.__name__)


class Registry(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, key):
        return self._d[key]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


r = Registry(a=1, b=2)
print(r["a"], r.get("z", "dflt"), "a" in r, "z" in r, len(r), list(r), list(r.keys()), list(r.items()), list(r.values()))
print(r == {"a": 1, "b": 2}, r == Registry(b=2, a=1), r != {"a": 1}, sorted(r.keys() | {"c"}), r.keys() & {"a"})
print(("a", 1) in r.items(), 2 in r.values(), len(r.items()), repr(r.keys())[:8])


class Store(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, key):
        return self._d[key.lower()]

    def __setitem__(self, key, value):
        self._d[key.lower()] = value

    def __delitem__(self, key):
        del self._d[key.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


s = Store()
s["A"] = 1
s.update({"B": 2}, C=3)
s.update([("D", 4)])
print(dict(s.items()), s.setdefault("e", 5), s.setdefault("A", 0), s.pop("b"), s.pop("zz", None))
print(s.popitem(), len(s), sorted(s))
s.clear()
print(len(s), dict(s))
try:
    s.pop("nothing")
except KeyError as e:
    print("KeyError:", e)


class Deck(Sequence):
    def __init__(self, cards):
        self._cards = list(cards)

    def __getitem__(self, i):
        return self._cards[i]

    def __len__(self):
        return len(self._cards)


d = Deck("AKQJ")
print(list(d), "Q" in d, "2" in d, d.index("J"), d.count("A"), list(reversed(d)), d[1], len(d))
try:
    d.index("9")
except ValueError:
    print("ValueError from index")


class Vec(MutableSequence):
    def __init__(self):
        self._v = []

    def __getitem__(self, i):
        return self._v[i]

    def __setitem__(self, i, x):
        self._v[i] = x

    def __delitem__(self, i):
        del self._v[i]

    def __len__(self):
        return len(self._v)

    def insert(self, i, x):
        self._v.insert(i, x)


v = Vec()
v.append(1)
v.extend([2, 3, 4])
v.insert(0, 0)
v += [5]
print(list(v), v.pop(), v.pop(0), list(v))
v.remove(2)
v.reverse()
print(list(v), len(v))
v.clear()
print(list(v))


class Bag(MutableSet):
    def __init__(self, items=()):
        self._items = []
        for x in items:
            self.add(x)

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def add(self, x):
        if x not in self._items:
            self._items.append(x)

    def discard(self, x):
        if x in self._items:
            self._items.remove(x)

    def __repr__(self):
        return "Bag(%r)" % (self._items,)


a = Bag([1, 2, 3])
b = Bag([3, 4])
print(a | b, a & b, a - b, a ^ b, a <= Bag([1, 2, 3, 4]), a < a, a == Bag([3, 2, 1]), a.isdisjoint(b))
a |= [9]
a -= [1]
print(a, a.pop(), a)
a.remove(3)
print(a, len(a))
try:
    a.remove(100)
except KeyError as e:
    print("KeyError:", e)
print(Bag([1, 2])._hash() == Bag([2, 1])._hash())


class Countdown(Iterator):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


print(list(Countdown(3)), iter(Countdown(1)).__class__.__name__)
