# JIT: iterating a list whose element types change: ints, then floats, then
# strings, then None, then ints again.
items = list(range(200)) + [i + 0.25 for i in range(200)] + [str(i) for i in range(200)] + [None] * 100 + list(range(100))

def describe(v):
    if v is None:
        return 0
    if isinstance(v, str):
        return len(v)
    return v

total = 0
kinds = {}
for idx, v in enumerate(items):
    t = type(v).__name__
    kinds[t] = kinds.get(t, 0) + 1
    total += describe(v)
    if idx % 100 == 0:
        print(idx, repr(v), t, total)
print("total", total)
print(sorted(kinds.items()))

# in-place update changes element type mid-loop
data = [1] * 500
for i in range(len(data)):
    if i >= 250:
        data[i] = data[i - 1] * 1.5 if i < 260 else data[i - 1]
    else:
        data[i] = data[i - 1] + 1 if i > 0 else 1
    if i % 50 == 0 or i in (249, 250, 251, 259, 260):
        print("data", i, data[i])
print(data[-1], type(data[-1]).__name__)

# concatenation where + changes meaning by type
acc = []
vals = [1, 2, 3] * 100 + ["a", "b"] * 100 + [[1], [2]] * 50
out_int = 0
out_str = ""
out_list = []
for i, v in enumerate(vals):
    if isinstance(v, int):
        out_int = out_int + v
    elif isinstance(v, str):
        out_str = out_str + v
    else:
        out_list = out_list + v
    if i % 97 == 0:
        print("cat", i, out_int, len(out_str), len(out_list))
print(out_int, out_str[:10], len(out_str), sum(out_list))

# same arithmetic expression applied to heterogeneous elements
mix = []
for i in range(600):
    r = i % 4
    if r == 0:
        mix.append(i)
    elif r == 1:
        mix.append(i * 0.5)
    elif r == 2:
        mix.append(True)
    else:
        mix.append(-i)
s = 0
for i, v in enumerate(mix):
    s = s + v * 2
    if i % 100 == 0:
        print("mix", i, s)
print("mix", s)
