# Statements: del of names, list items, list slices, dict items; NameError/UnboundLocalError after del.
a = 1
b = [1, 2, 3, 4, 5, 6]
c = {"x": 1, "y": 2, "z": 3}
del a
try:
    print(a)
except NameError as e:
    print("NameError", e)
a = "back"
print(a)
del b[0]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del c["y"]
print(c)
c["y"] = 20
print(c)
x, y, z = 1, 2, 3
del x, y
print(z)
try:
    print(x)
except NameError as e:
    print("NameError", e)
def f():
    v = 5
    del v
    try:
        return v
    except NameError as e:
        return type(e).__name__ + ": " + str(e)
print(f())
def g():
    w = [1, 2]
    del w[0]
    return w
print(g())
nested = {"a": {"b": [1, 2, 3]}}
del nested["a"]["b"][1]
print(nested)
del nested["a"]["b"]
print(nested)
try:
    del undefined_name
except NameError as e:
    print("NameError", e)
lst = [0, 1, 2]
for i in range(3):
    del lst[0]
    print(lst)
