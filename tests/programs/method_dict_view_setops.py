# Set operators on dict keys/items views: results are sets in CPython's order.
d = {1: "a", 2: "b", 3: "c", 40: "d", 17: "e"}
e = {3: "x", 40: "d", 99: "z", 17: "q"}
k, ek = d.keys(), e.keys()
print(k & ek, k | ek, k - ek, k ^ ek, ek - k, ek ^ k)
print(k & {1, 2, 100}, k & [17, 3, 3], k | [5, 6], k - [1, 40], k ^ [1, 500], k & range(3))
print({1, 2, 100} & k, [17, 3] & k, [5] | k, {1, 99} - k, (1, 99) ^ k, range(5) - k)
print(type(k & ek).__name__, type(k | []).__name__, type({1} & k).__name__, type(frozenset([1]) | k).__name__)
it, eit = d.items(), e.items()
print(sorted(it & eit), sorted(it - eit), sorted(eit - it), sorted(it ^ eit), len(it | eit))
print(it & {(1, "a"), (2, "x")}, it & [(40, "d"), [3, "c"], 5], it - {(1, "a")} == {(2, "b"), (3, "c"), (40, "d"), (17, "e")})
print({(2, "b")} & it, [(3, "c")] | {3: "c"}.items())
x = {i: None for i in range(0, 50, 7)}
y = {i: None for i in range(0, 50, 5)}
print(x.keys() & y.keys(), x.keys() | y.keys(), x.keys() - y.keys(), x.keys() ^ y.keys())
print(x.keys() & set(range(0, 50, 3)), set(range(0, 50, 3)) & x.keys(), x.keys() - range(20), x.keys() ^ range(10))
small = {5: 1}
print(small.keys() & set(range(100)), set(range(100)) & small.keys(), small.keys() & x.keys(), x.keys() & small.keys())
ops = [("&", lambda a, b: a & b), ("|", lambda a, b: a | b), ("-", lambda a, b: a - b), ("^", lambda a, b: a ^ b)]
for name, op in ops:
    try:
        print(name, op({1: 2}.keys(), 5))
    except TypeError as ex:
        print(name, "TypeError", ex)
    try:
        print(name, op({1: 2}.values(), {1}))
    except TypeError as ex:
        print(name, "TypeError", ex)
    try:
        print(name, op(5, {1: 2}.items()))
    except TypeError as ex:
        print(name, "TypeError", ex)
try:
    print({1: 2}.keys() + {1})
except TypeError as ex:
    print("TypeError", ex)
try:
    print({1: 2}.keys() & [[1]])
except TypeError as ex:
    print("TypeError", ex)
try:
    print({1: 2}.keys() | [[1]])
except TypeError as ex:
    print("TypeError", ex)
s = {1, 2}
s |= {5: 0}.keys()
print(s)
s &= {1: 0, 5: 0}.keys()
print(s)
s -= {1: 0}.keys()
print(s)
s ^= {5: 0, 7: 0}.keys()
print(s)
