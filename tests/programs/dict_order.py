# Types: dict insertion order: updating an existing key keeps its position, delete + reinsert moves it to the end.
d = {}
d["b"] = 1
d["a"] = 2
d["c"] = 3
print(d)
d["b"] = 100
print(d, list(d))
del d["b"]
print(d)
d["b"] = 1000
print(d, list(d.keys()), list(d.values()), list(d.items()))
for k in ["z", "y", "x"]:
    d[k] = len(d)
print(d)
n = {}
for i in [5, 3, 9, 1, 3, 5, 7]:
    n[i] = n.get(i, 0) + 1
print(n)
del n[9]
n[9] = "again"
n[5] = "updated"
print(n)
m = {3: "c", 1: "a", 2: "b"}
print(m, sorted(m), sorted(m.items()), list(m.items()))
nums = {}
for i in range(20, 0, -3):
    nums[i] = i * i
print(nums)
for k in list(nums.keys()):
    if k % 2 == 0:
        del nums[k]
print(nums)
mixed = {1: "int", 1.5: "float", "s": "str", (1,): "tuple", None: "none", True: "true?"}
print(mixed)
print({1: "a", 1.0: "b", True: "c"})
e = {}
for w in "the cat and the hat and the bat".split():
    e[w] = e.get(w, 0) + 1
print(e)
print(list(e.items())[0], list(e.keys())[-1])
big = {}
for i in range(1000):
    big[i * 7919 % 1000] = i
print(len(big), list(big.items())[:5], list(big.items())[-3:])
for i in range(0, 1000, 2):
    del big[i]
print(len(big), list(big.keys())[:6])
big[0] = "new"
print(list(big.items())[-2:])
