# nqueens: count all N-queens solutions by recursive backtracking over bool lists.
N = 11  # bench: quick=6
REPS = 6


def place(row, n, cols, diag1, diag2, queens):
    if row == n:
        return 1
    count = 0
    for c in range(n):
        d1 = row + c
        d2 = row - c + n
        if not cols[c] and not diag1[d1] and not diag2[d2]:
            cols[c] = True
            diag1[d1] = True
            diag2[d2] = True
            queens.append(c)
            count += place(row + 1, n, cols, diag1, diag2, queens)
            queens.pop()
            cols[c] = False
            diag1[d1] = False
            diag2[d2] = False
    return count


def first_solution(n):
    queens = []

    def search(row):
        if row == n:
            return True
        for c in range(n):
            ok = True
            for r in range(row):
                q = queens[r]
                if q == c or q - c == r - row or q - c == row - r:
                    ok = False
                    break
            if ok:
                queens.append(c)
                if search(row + 1):
                    return True
                queens.pop()
        return False

    search(0)
    return queens


def main():
    total = 0
    for r in range(REPS):
        n = N - r % 2
        total += place(0, n, [False] * n, [False] * (2 * n), [False] * (2 * n + 1), [])
    first = first_solution(N + 7)
    print("nqueens n=%d total=%d first=%s" % (N, total, ",".join([str(q) for q in first])))


main()
