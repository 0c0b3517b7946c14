# Ints crossing 48 bits (and 64 bits) inside traced loops: the trace leaves
# to the interpreter, which makes big ints, and results match CPython.


def lcg(seed, n):
    out = []
    s = seed
    for i in range(n):
        s = (s * 1103515245 + 12345) % 2147483648
        out.append(s >> 16)
    return out[-3:], s


print("lcg", lcg(42, 5000), lcg(2147483647, 300))


def mix(n):
    h = 0
    for i in range(n):
        h = (h * 31 + i * 2654435761) & 0xFFFFFFFFFFFF
        h ^= h >> 7
    return h


print("mix", mix(4000))


def grow(n):
    # crosses 2**47, then 2**63 (big ints from there on)
    x = 3
    steps = []
    for i in range(n):
        x = x * 7 + i
        steps.append(x)
    return [steps[k] for k in (10, 16, 17, 18, 22, 23, 24, 30)]


print("grow", grow(40))


def divide(n):
    total = 0
    for i in range(1, n):
        w = i * 98765432109 - 2**52
        total += w // i - w % 7 + (-w) // 13 + w // -(i + 1)
    return total


print("divide", divide(3000))


def counters():
    t = 0
    for i in range(2**50 - 5, 2**50 + 5):
        t += i - 2**50
    for i in range(2**62, 2**62 + 3):
        t += i % 1000
    for i in range(-(2**48) - 3, -(2**48) + 3):
        t += i + 2**48
    return t


print("counters", counters())


def stored(n):
    vals = []
    acc = 1
    for i in range(n):
        acc = acc * 3 + 1
        if i % 5 == 0:
            vals.append(acc)
    return vals[-2:], [type(v).__name__ for v in vals[-2:]], acc > 2**60


print("stored", stored(45))


def neg(n):
    out = []
    for i in range(n):
        v = -(2**47) - i
        out.append(-v)
        out.append(v * -1)
        out.append(0 - v)
    return out[-3:]


print("neg", neg(50))
big = 2**47
print("edges", big - 1 + 1, -big - 1, (big * big) // big, (-big) * 4 // 4)
