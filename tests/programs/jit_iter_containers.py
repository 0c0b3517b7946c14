# JIT: loops over lists being mutated (append while iterating, with a bound),
# dict items, strings, enumerate and zip.
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 600:
        lst.append(x + len(lst))
    if len(lst) % 100 == 0:
        print("grow", len(lst), x)
print("grown", len(lst), sum(lst), lst[-3:])

# removing from the list being iterated skips elements (CPython semantics)
lst = list(range(400))
seen = 0
for x in lst:
    seen += 1
    if x % 3 == 0:
        lst.remove(x)
print("after remove", seen, len(lst), lst[:6], lst[-3:])

# iterate by index while the list shrinks
lst = list(range(500))
i = 0
popped = 0
while i < len(lst):
    if lst[i] % 5 == 0:
        lst.pop(i)
        popped += 1
    else:
        i += 1
    if i % 100 == 0 and i:
        pass
print("popped", popped, len(lst), sum(lst))

# dict items / keys / values in insertion order
d = {}
for i in range(300):
    d["k%03d" % ((i * 7) % 300)] = i
acc = 0
for n, (k, v) in enumerate(d.items()):
    acc += v * (n + 1)
    if n % 60 == 0:
        print("item", n, k, v, acc)
print("acc", acc, list(d)[:3], list(d.values())[-3:])

# modifying values while iterating keys (allowed)
for k in d:
    d[k] = d[k] * 2
print(sum(d.values()))

# adding keys while iterating is an error
try:
    for k in d:
        d[k + "x"] = 1
except RuntimeError as e:
    print("RuntimeError", e)

# strings
text = "the quick brown fox jumps over the lazy dog " * 20
vowels = 0
counts = {}
for pos, ch in enumerate(text):
    if ch in "aeiou":
        vowels += 1
    counts[ch] = counts.get(ch, 0) + 1
    if pos % 150 == 0:
        print("ch", pos, repr(ch), vowels)
print(vowels, sorted(counts.items())[:6])

# zip with unequal lengths, enumerate with start
a = list(range(700))
b = [x * 0.5 for x in range(500)]
c = "xyz" * 200
s = 0.0
last = None
for i, (x, y, z) in enumerate(zip(a, b, c), 10):
    s += x * y
    if z == "y":
        s -= 1
    last = (i, x, y, z)
    if i % 100 == 0:
        print("zip", i, s)
print("zip", s, last)

# reversed and sorted iteration
s = 0
for i, v in enumerate(reversed(a)):
    s += i * v
print("rev", s)
s = 0
for v in sorted(b, reverse=True)[:300]:
    s += v
print("sorted", s)

# tuple / set iteration
tup = tuple(range(0, 900, 3))
st = set(range(0, 900, 5))
both = 0
for v in tup:
    if v in st:
        both += 1
print("both", both, sum(x for x in st if x % 2 == 0))
