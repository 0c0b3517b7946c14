# Exact rational arithmetic: Bernoulli numbers, continued fractions, a tiny
# linear-system solver, all with fractions.Fraction.
from fractions import Fraction
from math import comb


def bernoulli(n):
    b = [Fraction(0)] * (n + 1)
    b[0] = Fraction(1)
    for m in range(1, n + 1):
        b[m] = -sum(comb(m + 1, k) * b[k] for k in range(m)) / (m + 1)
    return b


for i, v in enumerate(bernoulli(20)):
    if v:
        print(f"B({i:2}) = {v}")


def continued_fraction(x, terms):
    out = []
    for _ in range(terms):
        whole = x.numerator // x.denominator
        out.append(whole)
        x -= whole
        if not x:
            break
        x = 1 / x
    return out


def convergents(cf):
    h0, h1 = 0, 1
    k0, k1 = 1, 0
    for a in cf:
        h0, h1 = h1, a * h1 + h0
        k0, k1 = k1, a * k1 + k0
        yield Fraction(h1, k1)


approx_e = sum(Fraction(1, 1) / Fraction(f) for f in [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880])
print(approx_e, float(approx_e))
cf = continued_fraction(approx_e, 12)
print(cf)
for c in convergents(cf):
    print(f"{str(c):>12}  err={float(abs(c - approx_e)):.3e}")


def solve(matrix, rhs):
    n = len(matrix)
    a = [[Fraction(v) for v in row] + [Fraction(r)] for row, r in zip(matrix, rhs)]
    for col in range(n):
        pivot = next(r for r in range(col, n) if a[r][col] != 0)
        a[col], a[pivot] = a[pivot], a[col]
        for r in range(n):
            if r != col and a[r][col]:
                factor = a[r][col] / a[col][col]
                a[r] = [x - factor * y for x, y in zip(a[r], a[col])]
    return [a[i][n] / a[i][i] for i in range(n)]


hilbert = [[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)]
sol = solve(hilbert, [1, 0, 0, 0])
print(sol, [str(x) for x in sol])
check = [sum(h * x for h, x in zip(row, sol)) for row in hilbert]
print(check)
harmonic = [Fraction(0)]
for k in range(1, 25):
    harmonic.append(harmonic[-1] + Fraction(1, k))
print(harmonic[24], round(harmonic[24], 5), harmonic[24] > 3.7, max(harmonic) == harmonic[-1])
print(sorted({Fraction(1, 2), Fraction(2, 4), 0.5, Fraction(1, 3)}, key=float))
