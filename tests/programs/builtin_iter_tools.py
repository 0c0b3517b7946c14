# Builtins: enumerate, zip, map, filter, reversed, iter, next (with default) and iterator exhaustion semantics.
print(list(enumerate("abc")), list(enumerate(["x", "y"], 1)), list(enumerate([], 5)), list(enumerate("ab", start=-2)))
for i, ch in enumerate("hey"):
    print(i, ch)
print(list(zip([1, 2, 3], "abc")), list(zip([1, 2], "abcd", (True, False, None))), list(zip()), list(zip([1])))
print(dict(zip(["a", "b"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "a", [], [0], None, False, 2.5])), list(filter(lambda v: v > 2, range(6))))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), list(reversed([])))
it = iter([10, 20, 30])
print(next(it), next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
it2 = iter("ab")
print(next(it2), list(it2), list(it2))
it3 = iter(range(5))
for v in it3:
    if v == 2:
        break
print("rest", list(it3))
m = map(lambda v: v * 10, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip([1, 2, 3], [4, 5, 6])
print(next(z), list(z))
e = enumerate("xyz")
print(next(e), next(e), list(e))
f = filter(lambda v: v % 3 == 0, range(1, 20))
print(next(f), next(f), list(f))
r = reversed([1, 2, 3])
print(next(r), list(r))
it4 = iter([1, 2, 3, 4, 5, 6])
pairs = list(zip(it4, it4))
print(pairs)
d = {"k1": 1, "k2": 2}
di = iter(d)
print(next(di), next(di), next(di, "end"))
print(list(iter(iter([7, 8]))), sum(map(len, ["ab", "cde"])), max(map(abs, [-9, 3])))
print(list(enumerate(zip("ab", "cd"))), [(i, a, b) for i, (a, b) in enumerate(zip("xy", "zw"))])
nested = list(map(list, zip(*[[1, 2, 3], [4, 5, 6]])))
print(nested)
print(sorted(map(lambda s: s[::-1], ["abc", "zy", "m"])))
print(any(map(lambda v: v > 5, range(10))), all(filter(None, [1, 0, 2])))
