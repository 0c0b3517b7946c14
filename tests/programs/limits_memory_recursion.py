# Resource limits behave like CPython: absurd allocations are MemoryError (or
# OverflowError past Py_ssize_t) before anything is allocated, never an abort or a
# hang; sys.setrecursionlimit bounds Python recursion with RecursionError.
import sys
cases = [
    ('[0]*(2**62)', lambda: [0]*(2**62)),
    ('[0]*(2**63)', lambda: [0]*(2**63)),
    ('[]*(2**63)', lambda: []*(2**63)),
    ('[]*(2**62)', lambda: []*(2**62)),
    ("''*(2**62)", lambda: ''*(2**62)),
    ('[1]*(-2**70)', lambda: [1]*(-2**70)),
    ('[0]*10**12', lambda: [0]*10**12),
    ("'x'*10**13", lambda: 'x'*10**13),
    ('(1,)*10**12', lambda: (1,)*10**12),
    ('list(range(10**12))', lambda: list(range(10**12))),
    ('tuple(range(10**12))', lambda: tuple(range(10**12))),
    ('sorted(range(10**12))', lambda: sorted(range(10**12))),
    ("'a'.ljust(10**12)", lambda: 'a'.ljust(10**12)),
    ("'a'.rjust(10**12)", lambda: 'a'.rjust(10**12)),
    ("'a'.center(10**12)", lambda: 'a'.center(10**12)),
    ("'1'.zfill(10**12)", lambda: '1'.zfill(10**12)),
    ("'%*d' % (10**12, 1)", lambda: '%*d' % (10**12, 1)),
    ("'%-*s' % (10**12, 'a')", lambda: '%-*s' % (10**12, 'a')),
    ('list(range(10**30))', lambda: list(range(10**30))),
    ('[[]]*10**12', lambda: [[]]*10**12),
]
for text, make in cases:
    try:
        make()
        print(text, 'ok')
    except (MemoryError, OverflowError) as e:
        print(text, type(e).__name__, e)
x = [0]
try:
    x *= 10**12
except MemoryError as e:
    print("inplace", type(e).__name__, len(x))
def deep(n):
    return deep(n + 1) + 1
for limit in (50, 200, 1000):
    sys.setrecursionlimit(limit)
    depth = 0
    def count(n):
        global depth
        depth = n
        count(n + 1)
    try:
        count(0)
    except RecursionError as e:
        print(limit, "RecursionError", e, depth > limit // 2, depth <= limit)
print(sys.getrecursionlimit())
