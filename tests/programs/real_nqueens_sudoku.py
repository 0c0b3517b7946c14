# Backtracking: n-queens (pyperformance style), a sudoku solver, permutations.
def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    indices = list(range(n))
    cycles = list(range(n - r + 1, n + 1))[::-1]
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return

def n_queens(queen_count):
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec

sols = list(n_queens(6))
print(len(sols), sols[:2])
print(sum(1 for _ in n_queens(7)))

def solve_nq(n):
    count = 0
    cols, d1, d2 = set(), set(), set()
    board = []
    first = None
    def place(r):
        nonlocal count, first
        if r == n:
            count += 1
            if first is None:
                first = board[:]
            return
        for c in range(n):
            if c in cols or (r - c) in d1 or (r + c) in d2:
                continue
            cols.add(c); d1.add(r - c); d2.add(r + c); board.append(c)
            place(r + 1)
            cols.remove(c); d1.discard(r - c); d2.discard(r + c); board.pop()
    place(0)
    return count, first
for n in range(1, 9):
    print(n, *solve_nq(n))

PUZZLE = """
53..7....
6..195...
.98....6.
8...6...3
4..8.3..1
7...2...6
.6....28.
...419..5
....8..79"""
def parse(p):
    rows = [r for r in p.strip().splitlines()]
    return [[0 if ch == "." else int(ch) for ch in r] for r in rows]
def candidates(g, r, c):
    used = set(g[r]) | {g[i][c] for i in range(9)}
    br, bc = 3 * (r // 3), 3 * (c // 3)
    used |= {g[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3)}
    return [d for d in range(1, 10) if d not in used]
steps = 0
def solve(g):
    global steps
    best = None
    for r in range(9):
        for c in range(9):
            if g[r][c] == 0:
                cand = candidates(g, r, c)
                if best is None or len(cand) < len(best[2]):
                    best = (r, c, cand)
    if best is None:
        return True
    r, c, cand = best
    for d in cand:
        steps += 1
        g[r][c] = d
        if solve(g):
            return True
    g[r][c] = 0
    return False
g = parse(PUZZLE)
print(solve(g), steps)
for row in g:
    print(" ".join(map(str, row)))
assert all(sorted(row) == list(range(1, 10)) for row in g)
assert all(sorted(g[r][c] for r in range(9)) == list(range(1, 10)) for c in range(9))
print(list(permutations("abc", 2)))
