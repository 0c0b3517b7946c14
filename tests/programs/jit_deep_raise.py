# JIT: an exception raised three frames deep (f -> g -> h) inside a hot loop,
# caught by a handler outside the loop, inside the loop, and in a caller.
class Custom(Exception):
    def __init__(self, i, msg):
        super().__init__(msg)
        self.i = i

def h(i, k, kind, data, table):
    if i == k:
        if kind == "zero":
            return i // (i - k)
        if kind == "index":
            return data[i + 1000]
        if kind == "key":
            return table["missing-%d" % i]
        if kind == "custom":
            raise Custom(i, "custom at %d" % i)
    return data[i % len(data)] + table["a"]

def g(i, k, kind, data, table):
    return h(i, k, kind, data, table) + 1

def f(i, k, kind, data, table):
    return g(i, k, kind, data, table) * 2

data = list(range(7))
table = {"a": 5}

# 1. handler outside the loop
for kind, k in (("zero", 300), ("index", 57), ("key", 1), ("custom", 555)):
    acc = 0
    i = -1
    try:
        for i in range(1000):
            acc += f(i, k, kind, data, table)
            if i % 200 == 0:
                print("  ", kind, i, acc)
    except (ZeroDivisionError, IndexError, KeyError, Custom) as e:
        print("outside:", kind, type(e).__name__, str(e), "i", i, "acc", acc)

# 2. handler inside the loop; the loop continues
for kind in ("zero", "index", "key", "custom"):
    acc = 0
    errors = []
    for i in range(600):
        try:
            acc += f(i, i if i % 150 == 149 else -1, kind, data, table)
        except ZeroDivisionError as e:
            errors.append((i, "Z", str(e)))
            acc -= 1000
        except LookupError as e:
            errors.append((i, type(e).__name__, str(e)))
            acc -= 2000
        except Custom as e:
            errors.append((i, "C", e.i, str(e)))
            acc -= 3000
        if i % 100 == 0:
            print("  inside", kind, i, acc)
    print("inside:", kind, acc, errors)

# 3. handler in a caller of the function that owns the loop
def looper(kind, k):
    acc = 0
    for i in range(800):
        acc += f(i, k, kind, data, table)
        if i % 200 == 0:
            print("  looper", kind, i, acc)
    return acc

def caller(kind, k):
    try:
        return looper(kind, k)
    except Exception as e:
        return "caller caught %s: %s" % (type(e).__name__, e)

for kind, k in (("zero", 444), ("index", 100), ("key", 700), ("custom", 56), ("none", -1)):
    print(caller(kind, k))

# 4. try/finally in the middle frame records the state when unwinding
log = []
def g_fin(i, k):
    try:
        return h(i, k, "custom", data, table)
    finally:
        if i >= k - 2:
            log.append(i)

total = 0
try:
    for i in range(500):
        total += g_fin(i, 321)
except Custom as e:
    print("finally path:", e, e.i, total, log)
