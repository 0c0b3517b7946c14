# list.sort: stability, key, reverse (int-valued), errors, mutation during sort.
def t(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

a = [5, 2, 9, 1, 5, 6]
a.sort(); print(a)
a.sort(reverse=True); print(a)
a.sort(reverse=0); print(a)
a.sort(reverse=5); print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
w = words.copy(); w.sort(); print(w)
w = words.copy(); w.sort(key=str.lower); print(w)
w = words.copy(); w.sort(key=str.lower, reverse=True); print(w)
w = words.copy(); w.sort(key=len); print(w)
w = words.copy(); w.sort(key=len, reverse=True); print(w)
w = words.copy(); w.sort(key=None); print(w)
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "y"), (2, "c")]
p = pairs.copy(); p.sort(key=lambda x: x[0]); print(p)
p = pairs.copy(); p.sort(key=lambda x: x[0], reverse=True); print(p)
p = pairs.copy(); p.sort(); print(p)
f = [3.5, -1, 2, 0.0, -0.0, 10**20, True]
f.sort(); print(f)
s = ["b", "a", "C"]
s.sort(key=lambda x: (len(x), x)); print(s)
e = []; e.sort(); e.sort(key=1); print(e)
print([3, 1].sort(), sorted([3, 1]))
t("mixed", [1, "a"].sort)
t("mixed reverse", ["a", 1, 2].sort)
t("positional", [].sort, 1)
t("positional 2", [].sort, 1, 2)
t("too many kw", lambda: [].sort(key=1, reverse=False, x=3))
t("bad kw", lambda: [].sort(x=3))
t("reverse None", lambda: [1, 2].sort(reverse=None))
t("reverse float", lambda: [1].sort(reverse=1.5))
t("key not callable", lambda: [1, 2].sort(key=1))
t("key raises", lambda: [1, 0].sort(key=lambda x: 1 / x))
def bad_key(x):
    lst.append(x)
    return x
lst = [3, 1, 2]
t("modified", lst.sort, key=bad_key)
print(lst)
lst2 = [3, 1, 2]
def clear_key(x):
    return -x
lst2.sort(key=clear_key); print(lst2)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return "K(%d)" % self.v
ks = [K(3), K(1), K(2), K(1)]
ks.sort(); print(ks)
ks.sort(reverse=True); print(ks)
stable = [(i % 3, i) for i in range(12)]
stable.sort(key=lambda x: x[0]); print(stable)
stable.sort(key=lambda x: x[0], reverse=True); print(stable)
