# Shifts and ~ on ints in hot loops: large and negative counts, overflow into
# big ints, negative operands.


def shifts(n):
    t = 0
    for i in range(n):
        x = i * 37 - 500
        k = i % 70
        t += (x >> k) + (x >> 3) + (~x & 0xFF)
        if k < 20:
            t += x << k
        t ^= (t >> 5) & 0xFFFF
        t %= 1000000007
    return t


def growing(n):
    v = 1
    out = []
    for i in range(n):
        v = v << 1
        if i % 10 == 0:
            out.append(v.bit_length())
    return out, v >> (n - 3)


def bad_counts(vals):
    out = []
    for k in vals:
        try:
            out.append(12345 >> k)
            out.append(3 << k)
        except ValueError as e:
            out.append(str(e))
    return out


def lfsr(state, n):
    for _ in range(n):
        bit = ((state >> 0) ^ (state >> 2) ^ (state >> 3) ^ (state >> 5)) & 1
        state = (state >> 1) | (bit << 15)
    return state


print(shifts(3000))
print(growing(120))
print(bad_counts([1, 2, 3, -1, 4, 70, 100, -5, 0] * 20)[-9:])
print(lfsr(0xACE1, 100000))
print([~v for v in range(-3, 4)], ~(2 ** 60))
