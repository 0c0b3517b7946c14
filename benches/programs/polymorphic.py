# polymorphic: one hot loop whose element types change between phases and
# within a phase: small ints, floats, big ints and strings, then all mixed.
N = 300000  # bench: quick=3000
BIG = 2 ** 89 - 1


def combine(a, b):
    # meaningful for int, float, big int and str alike
    return a + b + a


def measure(v):
    if isinstance(v, str):
        return len(v) * 31 + ord(v[0]) + ord(v[-1])
    if isinstance(v, float):
        return int(v * 1000.0) % 1000003
    return v % 1000003


def shrink(v):
    # keep every type bounded so the phases stay comparable
    if isinstance(v, str):
        if len(v) > 24:
            return v[-12:]
        return v
    if isinstance(v, float):
        if v > 1e6:
            return v / 1e6 + 0.5
        return v
    if v > BIG:
        return v % BIG + 2 ** 70
    if v > 1000000000:
        return v % 1000003
    return v


def make_items(kind, n):
    items = []
    for i in range(n):
        k = kind if kind != "mixed" else ("int", "float", "big", "str")[i % 4]
        if k == "int":
            items.append(i % 1000 + 1)
        elif k == "float":
            items.append((i % 1000) * 0.25 + 0.125)
        elif k == "big":
            items.append(2 ** 70 + i * 12345678901)
        else:
            items.append("w%d" % (i % 1000))
    return items


def run_phase(items):
    acc = items[0]
    checksum = 0
    for i in range(1, len(items)):
        x = items[i]
        if type(acc) is not type(x):
            acc = x
        acc = shrink(combine(acc, x))
        checksum = (checksum * 17 + measure(acc)) % 2147483647
    return checksum


def main():
    results = []
    for kind in ("int", "float", "big", "str", "mixed", "int"):
        results.append(run_phase(make_items(kind, N)))
    total = 0
    for r in results:
        total = (total * 1000003 + r) % 2305843009213693951
    print("polymorphic " + " ".join([str(r) for r in results]))
    print("total=%d" % total)


main()
