# Types: sets of ints print in CPython's hash-table iteration order (depends on hash values, table size and history).
print({3, 1, 2})
print({100, 5, 37, 8, 1000})
print({10, 20, 30, 40, 50, 60, 70, 80, 90})
print({8, 16, 24, 32, 0})
print({-1, -2, -3, 0, 1, 2, 3})
print({2**64, 2**63, 2**32, 1, 0})
print({33, 1, 65, 97})
print({1000000, 999999, 5, 64, 128})
print({7, 15, 23, 31, 39})
s = set()
for i in [50, 40, 30, 20, 10, 0, -10]:
    s = s | {i}
print(s)
print(set([5, 4, 3, 2, 1]), set(range(10, 0, -1)), set((9, 17, 25)))
print(set(range(20)))
print(set(range(0, 200, 9)))
print(set([1, 1, 2, 2, 3, 3]), len({1, 1, 1}))
print({1, 1.0, True}, {0, False, 0.0})
print({5, 13, 21, 29, 37, 45})
print({2**61 - 1, 2**61, 2**61 + 1, 5})
print({-5, 5, -100, 100})
big = set()
for i in range(100):
    big = big | {(i * 37) % 101}
print(big)
removed = set(range(16)) - {0, 3, 5, 7, 11, 13}
print(removed)
print(removed | {100, 33})
print(sorted({3, 1, 2}), list({9, 1, 5}), tuple({4, 2}))
for x in {40, 8, 3}:
    print("iter", x)
