# matmul: integer matrix multiply with nested loops over lists of lists.
N = 200  # bench: quick=20
REPS = 4


def make_matrix(n, seed):
    m = []
    x = seed
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1103515245 + 12345) % 2147483648
            row.append(x % 100 - 50)
        m.append(row)
    return m


def transpose(m, n):
    return [[m[i][j] for i in range(n)] for j in range(n)]


def matmul(a, b, n):
    bt = transpose(b, n)
    c = []
    for i in range(n):
        row = a[i]
        out = []
        for j in range(n):
            col = bt[j]
            s = 0
            for k in range(n):
                s += row[k] * col[k]
            out.append(s)
        c.append(out)
    return c


def main():
    checksum = 0
    trace = 0
    for r in range(REPS):
        a = make_matrix(N, 42 + r)
        b = make_matrix(N, 1234 + r)
        c = matmul(a, b, N)
        for i in range(N):
            trace += c[i][i]
            for v in c[i]:
                checksum = (checksum * 31 + v) % 1000000007
    print("matmul n=%d trace=%d checksum=%d" % (N, trace, checksum))


main()
