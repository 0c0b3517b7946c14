# set methods: add/remove/discard/pop/clear/copy, errors, and CPython's element order.
def t(label, f, *args, **kw):
    try:
        print(label, repr(f(*args, **kw)))
    except Exception as e:
        print(label, type(e).__name__, e)

s = set()
for x in [5, 13, 21, 29, 8, 16, 3, 100, 37]:
    s.add(x)
print(s, len(s))
s.add(13); s.discard(8); s.discard(999); s.remove(16)
print(s)
s.add(8); s.add(24)
print(s)
popped = []
while s:
    popped.append(s.pop())
print(popped, s)
s = {1, 2, 3}
s.clear(); s.add(40); s.add(8); print(s, s.pop(), s)
c = {9, 17, 25, 1}
d = c.copy(); d.add(33); print(c, d, c is d)
big = set(range(0, 200, 9))
print(big.pop(), big.pop(), len(big), 9 in big)
for x in range(0, 200, 18):
    big.discard(x)
print(big)
big.add(18); big.add(1000); big.add(-5)
print(big)
fs = {frozenset({1, 2}), frozenset({3})}
fs.remove({1, 2}); print(fs)
fs.discard({3}); print(fs)
t("remove missing", {1}.remove, 2)
t("remove missing tuple", {1}.remove, (1, 2))
t("remove missing set", {1}.remove, {5})
t("remove unhashable", {1}.remove, [])
t("discard unhashable", {1}.discard, {})
t("add unhashable", set().add, [1])
t("pop empty", set().pop)
t("add 0", set().add)
t("add 2", set().add, 1, 2)
t("add kw", lambda: set().add(x=1))
t("pop arg", set().pop, 1)
t("clear arg", set().clear, 1)
t("copy arg", set().copy, 1)
t("descriptor", set.add, frozenset(), 1)
t("descriptor list", set.add, [], 1)
t("unbound", set.pop)
u = {1, 2}
set.add(u, 3); set.discard(u, 1)
print(u, set.copy(u))
t("frozenset add", lambda: frozenset().add(1))
t("frozenset pop", lambda: frozenset([1]).pop())
t("frozenset clear", lambda: frozenset().clear())
t("frozenset update", lambda: frozenset().update([1]))
