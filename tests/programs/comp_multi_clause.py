# Comprehensions with several for and if clauses: list, dict, set.
print([(x, y) for x in range(4) for y in range(x) if (x + y) % 2])
print([x * y for x in range(1, 4) if x != 2 for y in range(1, 4) if y != x])
print([c + d for c in "ab" for d in "xyz" if d != "y"])
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([v for row in matrix for v in row if v % 2 == 0])
print([[row[i] for row in matrix] for i in range(3)])
print({k: v for k, v in zip("abcdef", range(6)) if v % 2 == 0})
print({x % 5 for x in range(20) if x > 3})
print({(a, b): a * b for a in range(3) for b in range(3) if a <= b})
print(sorted({x * y for x in range(1, 5) for y in range(1, 5)}))
words = ["apple", "banana", "cherry", "date", "elderberry", "fig"]
print({w[0]: len(w) for w in words if len(w) > 3})
print([w.upper() if len(w) < 5 else w[:3] for w in words])
print({len(w) for w in words} == {3, 4, 5, 6, 10})
print([i for i in range(30) if i % 2 if i % 3 if i % 5])
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
inv = {v: k for k, v in {"one": 1, "two": 2, "three": 3}.items()}
print(inv)
counts = {}
text = "the quick brown fox jumps over the lazy dog the end"
print({w: text.split().count(w) for w in text.split() if text.split().count(w) > 1})
print([(i, ch) for i, ch in enumerate("hello") if ch in "lo"])
print([x for x, y in [(1, 2), (3, 4), (5, 6)] if y > 2])
print([a + b + c for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
print([n for n in [x * 2 for x in range(6)] if n > 4])
print({k: 0 for k in [k for k in "abca"]})
