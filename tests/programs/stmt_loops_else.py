# Statements: while/for with else clauses (else runs only without break), loops over various iterables.
for i in range(3):
    print("for", i)
else:
    print("for-else ran")
for i in range(10):
    if i == 4:
        print("breaking at", i)
        break
else:
    print("not printed")
print("i after break", i)
for i in []:
    print("never")
else:
    print("empty for-else ran")
n = 0
while n < 3:
    n += 1
else:
    print("while-else ran, n =", n)
while True:
    n -= 1
    if n == 0:
        break
else:
    print("not printed")
print("n", n)
def find(seq, target):
    for idx, item in enumerate(seq):
        if item == target:
            break
    else:
        return -1
    return idx
print(find([5, 6, 7], 7), find([5, 6, 7], 8), find([], 1))
for ch in "hey":
    print(ch)
for k in {"b": 1, "a": 2}:
    print("key", k)
for item in (1, "two", 3.0, None):
    print("item", item)
for v in range(10, 0, -3):
    print("down", v)
for count in range(2):
    for inner in range(3):
        if inner == 1:
            continue
        print(count, inner)
    else:
        print("inner else", count)
x = 3
while x:
    x -= 1
    if x == 1:
        continue
    print("while x", x)
else:
    print("while-else after continue")
for i in range(3):
    pass
print("loop var persists", i)
total = 0
for i in range(1, 101):
    total += i
print(total)
lst = [1, 2, 3]
for v in lst:
    if v == 2:
        lst.append(4)
    print("growing", v)
print(lst)
