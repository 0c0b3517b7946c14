# JIT: while loops with complex conditions (and/or/not, `is None`, chained
# comparisons) whose deciding clause changes across iterations.
i = 0
node = None
total = 0
limit = 1000
while (i < limit and not (total > 40000)) or (i < 5 and node is None):
    total += i
    if i == 300:
        node = "set"
    i += 1
    if i % 100 == 0:
        print(i, total, node)
print("end", i, total, node)

class Node:
    def __init__(self, v, nxt):
        self.v = v
        self.next = nxt

head = None
for v in range(700):
    head = Node(v, head)
cur = head
s = 0
n = 0
while cur is not None and (cur.v % 250 != 0 or cur.v > 600):
    s += cur.v
    n += 1
    cur = cur.next
print("walk", n, s, cur.v if cur else None)

a, b = 0, 1000
steps = 0
while 0 <= a < b <= 1000 and not (a % 97 == 0 and a > 0):
    a += 3
    b -= 2
    steps += 1
    if steps % 25 == 0:
        print("ab", steps, a, b)
print("ab", steps, a, b)

x = 1
flags = []
while x and (x < 1 << 70 or x % 7):
    x = x * 3 + 1 if x % 5 else x + 7
    if x.bit_length() in (47, 48, 63, 64, 65):
        flags.append(x.bit_length())
print("x", x, x.bit_length(), sorted(set(flags)))

# short-circuit side effects inside the condition
calls = []
def probe(tag, val):
    calls.append(tag)
    return val

k = 0
while probe("a", k < 600) and (probe("b", k % 2 == 0) or probe("c", k % 1000 != 457)):
    k += 1
print("k", k, len(calls), calls.count("a"), calls.count("b"), calls.count("c"))

# or/and returning non-bool values
vals = []
for i in range(200):
    v = (i % 3 and "x") or (i % 5 and i) or None
    w = i % 4 == 0 and [i] or ()
    vals.append((v, w))
print(vals[:8], sum(1 for v, w in vals if v is None), sum(len(w) for v, w in vals))
