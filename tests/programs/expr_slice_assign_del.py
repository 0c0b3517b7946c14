# Expressions: slice assignment (growing, shrinking, extended slices), del of items and slices, index assignment.
l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-2, -1]
print(l)
l[len(l):] = [100, 101]
print(l)
l[1:3] = []
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l[::-3] = ["x", "y", "z", "w"]
print(l)
l[3:3] = (7, 8, 9)
print(l)
l[:] = "abc"
print(l)
l[5:] = [1]
print(l)
l[-1:-100] = [9]
print(l)
m = list(range(10))
m[1::3] = [11, 44, 77]
print(m)
try:
    m[::2] = [1, 2]
except ValueError as e:
    print("ValueError", e)
try:
    m[::-1] = []
except ValueError as e:
    print("ValueError", e)
m[2:8:1] = []
print(m)
m[0] = "first"
m[-1] = "last"
print(m)
n = list(range(12))
del n[0]
print(n)
del n[-1]
print(n)
del n[2:4]
print(n)
del n[::2]
print(n)
del n[::-2]
print(n)
del n[:]
print(n, len(n))
o = list(range(10))
del o[5:100]
del o[-100:1]
print(o)
del o[1], o[1]
print(o)
try:
    del o[10]
except IndexError as e:
    print("IndexError", e)
try:
    o[10] = 1
except IndexError as e:
    print("IndexError", e)
nested = [[1, 2], [3, 4]]
nested[1][0] = 30
nested[0][:] = [10, 20, 25]
del nested[1][-1]
print(nested)
d = {"a": 1, "b": 2, "c": 3}
d["d"] = 4
d["a"] = 10
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
t = (1, 2, 3)
try:
    t[0] = 5
except TypeError as e:
    print("TypeError", e)
try:
    del t[0]
except TypeError as e:
    print("TypeError", e)
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print("TypeError", e)
a = [1, 2, 3]
a[1:2] = a
print(a)
