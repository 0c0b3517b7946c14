from collections import Counter

c = Counter("abracadabra")
print(c)
print(c["a"], c["z"], len(c), sorted(c), "z" in c)
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(10))
print(list(c.elements()), c.total())
words = "the quick brown fox jumps over the lazy dog the end".split()
wc = Counter(words)
print(wc.most_common(3), wc["the"])
print(Counter(), Counter({"x": 2, "y": 0, "z": -1}), Counter(a=3, b=1))
print(list(Counter({"x": 2, "y": 0, "z": -1}).elements()))

c = Counter(a=3, b=1)
c.update("aab")
print(c)
c.update({"b": 5, "q": 1})
print(c)
c.update(Counter(z=2), w=1)
print(c)
c.subtract("aaaa")
print(c)
c.subtract({"q": 3}, b=10)
print(c)
c["new"] += 1
c["b"] -= 1
print(c)
del c["nope"]
del c["new"]
print(c)

x = Counter(a=3, b=1, c=0, d=-2)
y = Counter(a=1, b=2, e=4)
print(x + y)
print(x - y)
print(x | y)
print(x & y)
print(+x, -x)
x2 = Counter(x)
x2 += y
print(x2)
x2 = Counter(x)
x2 -= y
print(x2)
x2 = Counter(x)
x2 |= y
print(x2)
x2 = Counter(x)
x2 &= y
print(x2)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) <= Counter(a=2))
print(Counter(a=1) < Counter(a=1), Counter(a=2, b=1) >= Counter(a=1), Counter(a=2) > Counter(a=1, b=1))
print(Counter("aab") == {"a": 2, "b": 1}, {"a": 2, "b": 1} == Counter("aab"))
cp = c.copy()
cp["a"] = 100
print(type(cp).__name__, cp["a"] != c["a"], dict(Counter("hello")))
print(sum(Counter("mississippi").values()), sorted(Counter("mississippi").items()))
print(Counter({"a": "x", "b": 1}))
print(Counter([1, 1, 2, 3, 3, 3]).most_common(1)[0], max(Counter("zzzyx").items(), key=lambda kv: kv[1]))

inventory = Counter(apples=5, pears=2)
order = Counter(apples=2, pears=3)
print(inventory - order, order - inventory, (inventory - order) + (order - inventory))


class Tally(Counter):
    pass


t = Tally("hello")
print(t, t.most_common(1), type(t + t).__name__, type(t.copy()).__name__, Tally())

for bad in [lambda: Counter.fromkeys("ab"), lambda: Counter(1), lambda: Counter("a") + 1,
            lambda: Counter("a") < {"a": 1}, lambda: hash(Counter())]:
    try:
        bad()
    except (TypeError, NotImplementedError) as e:
        print(type(e).__name__ + ":", e)
