import copy

a = [1, [2, 3], {"k": [4]}]
b = copy.copy(a)
c = copy.deepcopy(a)
a[1].append(99)
a[2]["k"].append(5)
a.append("new")
print(a)
print(b)
print(c)
print(b[1] is a[1], c[1] is a[1], b is a)

d = {"x": [1], "y": {"z": (1, [2])}}
dc = copy.deepcopy(d)
ds = copy.copy(d)
d["y"]["z"][1].append(3)
print(d, dc, ds, ds["x"] is d["x"], dc["x"] is d["x"])

t = (1, 2, "s")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
t2 = (1, [2])
t2c = copy.deepcopy(t2)
print(t2c == t2, t2c is t2, t2c[1] is t2[1])
s = {1, 2, 3}
sc = copy.copy(s)
sd = copy.deepcopy(s)
s.add(4)
print(sorted(s), sorted(sc), sorted(sd), sc is s)
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)
print(copy.copy(5), copy.deepcopy("str"), copy.copy(None), copy.deepcopy(3.5), copy.copy(range(3)))
print(copy.copy(len) is len, copy.deepcopy(print) is print)

# shared references and cycles are preserved by deepcopy
shared = [0]
pair = [shared, shared]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[0] is shared)
cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, cc)
dd = {}
dd["self"] = dd
ddc = copy.deepcopy(dd)
print(ddc["self"] is ddc, ddc)

# memo
memo = {}
x = [1, 2]
y1 = copy.deepcopy([x, x], memo)
print(id(x) in memo, memo[id(x)] == x, y1[0] is y1[1])
nested = [[[[1]]]]
deep = copy.deepcopy(nested)
deep[0][0][0].append(2)
print(nested, deep)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
