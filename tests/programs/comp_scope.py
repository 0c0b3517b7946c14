# Comprehension scope: loop variables do not leak, outer names visible, class scope rules.
x = "outer x"
res = [x for x in range(3)]
print(res, x)
i = 100
squares = {i: i * i for i in range(3)}
print(squares, i)
s = {y for y in "ab"}
y = "y after"
print(sorted(s), y)
n = 10
print([n + k for k in range(3)])
funcs = [lambda: k for k in range(3)]
print([f() for f in funcs])
funcs2 = [lambda k=k: k for k in range(3)]
print([f() for f in funcs2])
try:
    print(k)
except NameError as e:
    print("NameError:", e)


def f():
    total = 5
    vals = [total + v for v in range(3)]
    return vals, [v for v in range(2)]


print(f())


def g():
    data = [1, 2, 3]
    return [[d * m for d in data] for m in range(1, 3)]


print(g())


class C:
    base = [1, 2, 3]
    doubled = [v * 2 for v in base]
    factor = 3
    try:
        scaled = [v * factor for v in base]
    except NameError as e:
        scaled = "NameError: " + str(e)


print(C.doubled, C.scaled)


def counter():
    count = 0

    def bump():
        nonlocal count
        count += 1
        return count

    return [bump() for _ in range(4)], count


print(counter())
nested = [[j for j in range(i)] for i in range(4)]
print(nested)
z = 7
print([[z for z in range(2)] for _ in range(2)], z)
print([(a, b) for a in range(2) for b in range(a, 3)])
gen_scope = list(w * 2 for w in range(3))
try:
    w
except NameError as e:
    print("NameError:", e)
print(gen_scope)
