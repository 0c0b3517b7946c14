# Golden trace: constant subexpressions and identities left by the compiler.
def run(n):
    x = 0.0
    k = 0
    for i in range(n):
        x = x * 1.0 + (2.0 * 0.5)
        k = k + 0 + i * 1
    return x, k


print(run(1000))
