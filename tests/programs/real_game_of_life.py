from itertools import product
def step(live):
    counts = {}
    for (r, c) in live:
        for dr, dc in product((-1, 0, 1), repeat=2):
            if dr or dc:
                k = (r + dr, c + dc)
                counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in live)}
def show(live, h, w):
    return "\n".join("".join("#" if (r, c) in live else "." for c in range(w)) for r in range(h))
glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
g = set(glider)
for i in range(8):
    g = step(g)
print(show(g, 6, 6))
print(sorted(g), len(g))
pulsar_rows = ["..###...###..", "", "#....#.#....#", "#....#.#....#", "#....#.#....#", "..###...###.."]
pulsar = {(r, c) for r, row in enumerate(pulsar_rows) for c, ch in enumerate(row) if ch == "#"}
pulsar |= {(12 - r, c) for r, c in pulsar}
p = set(pulsar)
periods = []
for i in range(1, 7):
    p = step(p)
    if p == pulsar:
        periods.append(i)
print(len(pulsar), periods)
rpent = {(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)}
pop = []
s = rpent
for i in range(120):
    s = step(s)
    pop.append(len(s))
print(pop[::10], max(pop), pop.index(max(pop)))
minr = min(r for r, _ in s); minc = min(c for _, c in s)
print(minr, minc, max(r for r, _ in s) - minr, max(c for _, c in s) - minc)
