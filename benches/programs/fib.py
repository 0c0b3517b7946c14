# fib: naive doubly-recursive Fibonacci (call overhead, recursion depth ~N).
N = 35  # bench: quick=20


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    r = fib(N)
    print("fib(%d) = %d" % (N, r))


main()
