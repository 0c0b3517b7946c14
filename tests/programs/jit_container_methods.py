# JIT: list/dict/str method calls in hot loops: append, pop, insert, get,
# setdefault, join, split, replace, find, and a list used as a stack/queue.
stack = []
popped = 0
for i in range(2000):
    if i % 3 == 2:
        popped += stack.pop()
    else:
        stack.append(i)
    if i % 250 == 0:
        print("stack", i, len(stack), popped)
print("stack", len(stack), popped, stack[-3:])

queue = list(range(50))
s = 0
for i in range(600):
    v = queue.pop(0)
    s += v
    if v % 2 == 0:
        queue.append(v + 1)
    if i % 3 == 0:
        queue.insert(0, i)
    if not queue:
        print("queue empty at", i)
        break
    if i % 100 == 0:
        print("queue", i, len(queue), s)
print("queue", len(queue), s)

d = {}
for i in range(1500):
    k = i % 37
    d[k] = d.get(k, 0) + i
    d.setdefault("n%d" % (i % 5), []).append(i)
    if i % 300 == 0:
        print("dict", i, len(d), d.get(k), d.get("absent", "none"))
print(sum(v for k, v in d.items() if isinstance(k, int)), len(d["n3"]))
print(d.pop(5), d.pop("zz", "default"), len(d))

parts = []
for i in range(400):
    parts.append(str(i * i)[::-1])
    if i % 80 == 0:
        print("join", i, "-".join(parts[-3:]))
joined = ",".join(parts)
print(len(joined), joined[:40])
fields = joined.split(",")
acc = 0
for f in fields:
    acc += int(f) if f.isdigit() else -1
print("acc", acc, len(fields))

text = "abracadabra " * 50
cnt = 0
pos = text.find("cad")
while pos != -1:
    cnt += 1
    pos = text.find("cad", pos + 1)
print("find", cnt, text.count("abra"), text.replace("abra", "X")[:20])
words = []
for i in range(300):
    w = ("w%d" % i).upper().lower().strip()
    if w.endswith("7") or w.startswith("w1"):
        words.append(w.replace("w", "W"))
print(len(words), words[:5], " ".join(words[-3:]))

# list methods mixed: extend, index, count, reverse, sort
lst = []
for i in range(300):
    lst.extend([i % 10, i % 7])
print(lst.count(3), lst.index(6), lst.index(6, 100))
lst.sort()
print(lst[:5], lst[-5:])
lst.reverse()
print(lst[:5])
lst.sort(key=lambda v: (v % 3, -v))
print(lst[:8], lst[-8:])
