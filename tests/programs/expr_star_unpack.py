# Expressions: star unpacking in list/tuple/set displays and dict ** unpacking in dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [0, *a, 5, *b, 6], (*range(3),), [*"abc"])
print([*a], [*()], (*[],), [*a, *a])
print({*a, *b, 1}, {**{"x": 1}, "y": 2, **{"x": 3}}, {"y": 0, **{"y": 9}})
t = *a, *b
print(t)
print(*a, *b, sep=",")
print(*[], "only")
x = [*range(5), *range(5, 0, -1)]
print(x)
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print({**d1, **d2}, {**d2, **d1}, {**d1, "b": 0}, {"b": 0, **d1})
merged = {**{}, **{}}
print(merged)
def pair():
    return 1, 2
print([*pair(), *pair()], (*pair(),))
nested = [*[*a, *b], *[[*a]]]
print(nested)
