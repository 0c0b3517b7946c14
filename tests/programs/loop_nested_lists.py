# Loops: nested loops over lists: matrix multiply, transposition, pairwise sums, running totals (JIT-friendly hot loops).
n = 30
a = []
b = []
for i in range(n):
    row_a = []
    row_b = []
    for j in range(n):
        row_a.append((i * j + i + 1) % 7 - 3)
        row_b.append((i * i + 2 * j) % 5 - 2)
    a.append(row_a)
    b.append(row_b)
c = []
for i in range(n):
    row = []
    for j in range(n):
        s = 0
        for k in range(n):
            s += a[i][k] * b[k][j]
        row.append(s)
    c.append(row)
print(c[0][:10], c[n - 1][-5:], sum([sum(r) for r in c]))
t = []
for j in range(n):
    col = []
    for i in range(n):
        col.append(c[i][j])
    t.append(col)
print(t[3][:8], t[0] == [row[0] for row in c])
trace = 0
for i in range(n):
    trace += c[i][i]
print("trace", trace)
vals = [(i * 37) % 101 for i in range(300)]
pairs = 0
for i in range(len(vals)):
    for j in range(i + 1, len(vals)):
        if vals[i] + vals[j] == 100:
            pairs += 1
print("pairs", pairs)
running = []
total = 0
for v in vals:
    total += v
    running.append(total)
print(running[:8], running[-1])
grid = [[0] * 20 for _ in range(20)]
for step in range(400):
    r = (step * 7) % 20
    q = (step // 20 + step * 3) % 20
    grid[r][q] += step
print([sum(row) for row in grid][:10], max([max(row) for row in grid]))
flat = []
for row in grid:
    for v in row:
        if v:
            flat.append(v)
print(len(flat), flat[:10])
