# list methods: append/extend/insert/pop/remove/index/count/reverse/copy/clear and errors.
def t(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.extend((7,)); l.extend(range(8, 10)); l.extend("ab"); l.extend({"k": 1})
print(l)
l.insert(0, "first"); l.insert(-1, "before-last"); l.insert(100, "end"); l.insert(-100, "start"); l.insert(2, 2.5)
print(l)
print(l.pop(), l.pop(0), l.pop(-1), l.pop(3), l, len(l))
l.remove(2.5); l.remove("a")
print(l, l.index(5), l.index(5, 2), l.index(5, 2, 7), l.index(7, -6), l.count(1), l.count("zz"))
m = [1, 2, 1, 2, 1]
print(m.index(1, 1), m.index(1, -2), m.index(2, 0, 10**20), m.index(1, -10**20), m.count(1), m.count(1.0), m.count(True))
m.reverse(); print(m)
c = m.copy(); c.append(9); print(m, c, c is m)
c.clear(); print(c, m)
x = [1]; x.extend(x); x.extend(x); print(x)
nested = [[1], [2]]; cp = nested.copy(); cp[0].append(99); print(nested)
e = []
for i in range(5):
    e.insert(i // 2, i)
print(e)
s = [1, 2, 3]
while s:
    print("popped", s.pop())
t("pop empty", [].pop)
t("pop empty idx", [].pop, 0)
t("pop range", [1].pop, 5)
t("pop range neg", [1].pop, -2)
t("pop str", [1].pop, "a")
t("pop empty str", [].pop, "a")
t("pop big", [1].pop, 10**20)
t("pop 2", [].pop, 1, 2)
t("pop kw", lambda: [1].pop(index=0))
t("remove missing", [1, 2].remove, 3)
t("remove 0", [].remove)
t("index missing", [1, 2].index, 3)
t("index missing str", ["a"].index, "b")
t("index range", [1, 2].index, 1, 1)
t("index start str", [1].index, 1, "a")
t("index start None", [1].index, 1, None)
t("index 0", [].index)
t("index 4", [].index, 1, 2, 3, 4)
t("count 0", [].count)
t("count 2", [].count, 1, 2)
t("append 0", [].append)
t("append 2", [].append, 1, 2)
t("append kw", lambda: [].append(x=1))
t("extend int", [].extend, 1)
t("extend 0", [].extend)
t("insert 1", [].insert, 1)
t("insert str", [].insert, "a", 1)
t("insert float", [].insert, 1.0, 1)
t("insert kw", lambda: [].insert(index=0, object=1))
t("reverse arg", [].reverse, 1)
t("copy arg", [].copy, 1)
t("clear arg", [].clear, 1)
t("descriptor", list.append, (), 1)
t("unbound", list.append)
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("eq", self.v, other)
        return self.v == other
items = [Eq(1), Eq(2), Eq(3)]
print(items.index(2), items.count(3), 3 in items)
items.remove(3)
print(len(items))
class Idx:
    def __index__(self):
        return 1
print([10, 20, 30].pop(Idx()), [10, 20].index(20, Idx()))
a = [1, 2]
list.append(a, 3)
list.extend(a, [4])
print(a, list.pop(a), list.index(a, 2), list.count(a, 1))
