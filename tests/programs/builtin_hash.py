# Builtins: hash() of ints (incl. -1 and big ints, reduced modulo 2**61-1), floats, bools, tuples; equal values hash equal.
ints = [0, 1, -1, -2, 2, 100, -100, 2**31, 2**32, 2**60, 2**61 - 2, 2**61 - 1, 2**61, 2**62, 2**63, -2**63,
        2**64, -2**64, 2**100, -2**100, 10**30, -(10**30), 2**61 * 5 - 1]
for v in ints:
    print(v, hash(v))
floats = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -1.5, 2.5, 0.1, 1e100, -1e-100, 3.14159, float("inf"), float("-inf"), 2.0**61, 1e16]
for v in floats:
    print(v, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True), hash(2**70) == hash(float(2**70)))
tuples = [(), (1,), (1, 2), (2, 1), (1, (2, 3)), (-1,), (-2,), (1.5, 2), (True, None is None), ((),), (0, 0), (2**64, -1)]
for t in tuples:
    print(t, hash(t))
print(hash((1, 2)) == hash((1.0, 2.0)), hash(-1) == hash(-2), hash(-1.0))
print(hash(5) == 5, hash(-5) == -5, hash(2**61 - 1) == 0, hash(-(2**61 - 1)) == 0)
