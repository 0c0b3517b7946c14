# Expressions: indexing with negative indices and slicing with steps on lists, tuples, strings and ranges.
s = "abcdefghij"
l = list(range(10))
t = tuple(range(10))
print(s[0], s[-1], s[3], s[-3], l[0], l[-1], l[-10], t[5], t[-5])
slices = [(None, None, None), (2, None, None), (None, 3, None), (2, 7, None), (-3, None, None), (None, -3, None),
          (-7, -2, None), (None, None, 2), (1, None, 3), (None, None, -1), (None, None, -2), (8, 2, -1),
          (8, 2, -3), (-1, -11, -1), (2, 8, -1), (100, None, None), (None, 100, None), (-100, 100, None),
          (-100, None, -1), (100, -100, -1), (5, 5, None), (7, 3, None), (3, 3, -1), (None, None, 11), (0, 10, 4)]
for a, b, c in slices:
    print(a, b, c, s[a:b:c], l[a:b:c], t[a:b:c])
print(s[:], l[:], s[::], l[::-1] == list(reversed(l)))
print(l[1:][1:][1:], s[::-1][::-1], s[::2][::-1])
print(s[len(s) - 1], l[len(l) // 2])
nested = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(nested[1][2], nested[-1][-1], nested[0][1:], nested[::2], nested[1:][0][::-1])
d = {"a": [10, 20, 30], (1, 2): "tuple key", 3: {"x": "deep"}}
print(d["a"][1], d[(1, 2)], d[1, 2], d[3]["x"], d["a"][-1:])
print("hello"[1:4][::-1], (1, 2, 3)[::-1][0], [[0] * 2][0])
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-2:], list(r[1::3]))
for i in [-4, -1, 0, 3]:
    print(i, l[i], s[i], t[i], r[i])
for bad in [10, -11, 100]:
    try:
        print(l[bad])
    except IndexError as e:
        print("IndexError", e)
    try:
        print(s[bad])
    except IndexError as e:
        print("IndexError", e)
    try:
        print(t[bad])
    except IndexError as e:
        print("IndexError", e)
    try:
        print(range(10)[bad])
    except IndexError as e:
        print("IndexError", e)
try:
    print(l[::0])
except ValueError as e:
    print("ValueError", e)
try:
    print(l["1"])
except TypeError as e:
    print("TypeError", e)
try:
    print(l[1.0])
except TypeError as e:
    print("TypeError", e)
print(l[True], s[False], l[2**64:], l[-2**64:2])
