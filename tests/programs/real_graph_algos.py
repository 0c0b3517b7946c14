import heapq
from collections import deque, defaultdict
EDGES = """A B 4
A C 2
B C 5
B D 10
C E 3
E D 4
D F 11
E F 20
F G 1
G H 2
H F 3"""
graph = defaultdict(dict)
for line in EDGES.splitlines():
    a, b, w = line.split()
    graph[a][b] = int(w)
    graph[b].setdefault(a, int(w))
def dijkstra(g, src):
    dist = {src: 0}
    prev = {}
    pq = [(0, src)]
    seen = set()
    while pq:
        d, u = heapq.heappop(pq)
        if u in seen:
            continue
        seen.add(u)
        for v, w in sorted(g[u].items()):
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd
                prev[v] = u
                heapq.heappush(pq, (nd, v))
    return dist, prev
def path(prev, t):
    out = [t]
    while t in prev:
        t = prev[t]
        out.append(t)
    return out[::-1]
dist, prev = dijkstra(graph, "A")
print(sorted(dist.items()))
print(" -> ".join(path(prev, "H")))
def bfs(g, s):
    order, q, seen = [], deque([s]), {s}
    while q:
        u = q.popleft()
        order.append(u)
        for v in sorted(g[u]):
            if v not in seen:
                seen.add(v)
                q.append(v)
    return order
def dfs(g, s, seen=None):
    seen = [] if seen is None else seen
    seen.append(s)
    for v in sorted(g[s]):
        if v not in seen:
            dfs(g, v, seen)
    return seen
print(bfs(graph, "A"), dfs(graph, "A"))
deps = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "fmt"], "core": [], "fmt": [], "tests": ["app"]}
def topo(d):
    indeg = {k: 0 for k in d}
    for k, vs in d.items():
        for v in vs:
            indeg[k] += 1
    rev = defaultdict(list)
    for k, vs in d.items():
        for v in vs:
            rev[v].append(k)
    ready = sorted(k for k, n in indeg.items() if n == 0)
    out = []
    while ready:
        k = ready.pop(0)
        out.append(k)
        for m in sorted(rev[k]):
            indeg[m] -= 1
            if indeg[m] == 0:
                ready.append(m)
                ready.sort()
    if len(out) != len(d):
        raise ValueError("cycle")
    return out
print(topo(deps))
deps["core"] = ["tests"]
try:
    topo(deps)
except ValueError as e:
    print("error:", e)
class UnionFind:
    def __init__(self, items):
        self.parent = {i: i for i in items}
        self.rank = dict.fromkeys(items, 0)
    def find(self, x):
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x
    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True
edges = sorted({(w, min(a, b), max(a, b)) for a in graph for b, w in graph[a].items()})
uf = UnionFind(graph)
mst = [(a, b, w) for w, a, b in edges if uf.union(a, b)]
print(mst, sum(w for _, _, w in mst))
grid = ["S.#.....", ".##.###.", "....#...", ".##...#E"]
def maze(grid):
    R, C = len(grid), len(grid[0])
    start = next((r, c) for r in range(R) for c in range(C) if grid[r][c] == "S")
    q = deque([(start, 0)])
    seen = {start}
    while q:
        (r, c), d = q.popleft()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < R and 0 <= nc < C and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.append(((nr, nc), d + 1))
    return -1
print(maze(grid))
h = []
for i, w in enumerate(["pear", "fig", "apple", "kiwi", "date", "plum"]):
    heapq.heappush(h, (len(w), i, w))
print([heapq.heappop(h)[2] for _ in range(len(h))], heapq.nsmallest(2, [5, 1, 4, 1, 3]), heapq.nlargest(2, "hello"))
memo = {}
def lcs(a, b):
    if not a or not b:
        return ""
    key = (a, b)
    if key in memo:
        return memo[key]
    if a[0] == b[0]:
        r = a[0] + lcs(a[1:], b[1:])
    else:
        x, y = lcs(a[1:], b), lcs(a, b[1:])
        r = x if len(x) >= len(y) else y
    memo[key] = r
    return r
print(lcs("AGGTABQWERTY", "GXTXAYBWRT"))
def edit(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
print(edit("kitten", "sitting"), edit("", "abc"), edit("flaw", "lawn"))
