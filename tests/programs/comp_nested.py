# Nested comprehensions building matrices, flattening, and grouping.
n = 4
identity = [[1 if r == c else 0 for c in range(n)] for r in range(n)]
for row in identity:
    print(row)
a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
product = [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
print(product)
transposed = [list(col) for col in zip(*a)]
print(transposed)
flat = [x for row in product for x in row]
print(flat)
groups = {k: [w for w in ["ant", "bee", "cat", "ape", "bat", "cow"] if w[0] == k] for k in "abc"}
print(groups)
table = {i: {j: i * j for j in range(1, 4)} for i in range(1, 4)}
print(table)
print(table[2][3])
triangle = [[1]]
for _ in range(5):
    prev = triangle[-1]
    triangle.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
for row in triangle:
    print(f"{' '.join(str(v) for v in row):^20}".rstrip())
chess = ["".join("#" if (r + c) % 2 else "." for c in range(8)) for r in range(3)]
print("\n".join(chess))
sets = [{x % m for x in range(10)} for m in (2, 3)]
print([sorted(s) for s in sets])
deep = [[[i + j + k for k in range(2)] for j in range(2)] for i in range(2)]
print(deep)
print(sum(sum(sum(inner) for inner in mid) for mid in deep))
print({(i, j) for i in range(3) for j in range(3) if i == j} == {(0, 0), (1, 1), (2, 2)})
print([[c for c in word if c not in "aeiou"] for word in ["queue", "rhythm", "idea"]])
