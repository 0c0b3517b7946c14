# Expressions: is / is not (with None, True, same object) and in / not in over lists, tuples, strings, dicts, sets, ranges.
a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a is b, a is c, a == c, a is not c, b is not a)
print(None is None, None is not None, True is True, False is not True)
x = None
print(x is None, x is not None, x == None)
print((a is b) is True, not a is c)
def f():
    return None
print(f() is None)
print(1 in a, 4 in a, 4 not in a, 1 not in a)
print(2 in (1, 2), 5 in (), "b" in "abc", "bc" in "abc", "ac" in "abc", "" in "abc", "" in "")
print("k" in {"k": 1}, 1 in {"k": 1}, "v" in {"k": "v"}, "k" not in {})
print(3 in {1, 2, 3}, 4 in {1, 2, 3}, 2.0 in {2}, True in {1})
print(5 in range(10), 10 in range(10), -1 in range(-5, 0), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(3.0 in range(5), 2**100 in range(10), 9 in range(10, 0, -1), 10 in range(10, 0, -1))
print([1, 2] in [[1, 2], [3]], [1] in [[1, 2]], (1,) in [(1,)], None in [0, None])
print(1 in [[1]], [] in [[]], "a" in ["abc"], "abc" in ["abc"])
nested = [[1, 2], [3, 4]]
print(nested[0] in nested, [3, 4] in nested, [4, 3] in nested)
print(float("nan") in [float("nan")])
n = float("nan")
print(n in [n], n == n, [n] == [n])
