# len(), ord() and big-int arithmetic in hot loops: every argument type, errors
# raised from traced code, and values that move between small and big ints.


class MyList(list):
    def __len__(self):
        return 42


def lens(n):
    t = 0
    data = [[1, 2], (3,), "abc", {"k": 1}, {1, 2, 3}, frozenset([1]), range(5), MyList([1])]
    for i in range(n):
        d = data[i % len(data)]
        t += len(d)
        if i % 50 == 0:
            data[0].append(i)
    return t


def ords(s, reps):
    h = 0
    for _ in range(reps):
        for ch in s:
            h = (h * 31 + ord(ch)) % 1000003
    return h


def bad_ord(items):
    out = []
    for x in items:
        try:
            out.append(ord(x))
        except TypeError as e:
            out.append(str(e))
    return out


def poly_hash(s):
    h = 7
    for ch in s:
        h = (h * 131 + ord(ch)) % 2305843009213693951
    return h


def mixed(n):
    v = 1
    out = []
    for i in range(n):
        v = v * 3 + i
        if v > 2 ** 80:
            v = v % 1000 - 500
        v = v - (v >> 3) + (v & 255) - (v | 1) + (v ^ 7)
        out.append(v % 97)
    return sum(out), v


def zero_div(vals):
    out = []
    big = 2 ** 70
    for d in vals:
        try:
            out.append(big // d + big % d)
        except ZeroDivisionError as e:
            out.append(str(e))
    return out[-4:]


print(lens(800))
print(ords("hello, world", 300))
print(bad_ord(["a", "b", "c"] * 10 + ["ab", "", 5, "é", "€"]))
print(poly_hash("The quick brown fox jumps over the lazy dog" * 50))
print(mixed(600))
print(zero_div([3, 7, 2 ** 65, 11] * 10 + [0, 5]))
print(True + 2 ** 70, 2 ** 70 - True)
