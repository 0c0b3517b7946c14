# collatz: longest Collatz chain below LIMIT (integer loop with branches).
LIMIT = 200000  # bench: quick=5000


def chain_length(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def main():
    best = 0
    best_start = 1
    total = 0
    for start in range(1, LIMIT):
        length = chain_length(start)
        total += length
        if length > best:
            best = length
            best_start = start
    print("collatz best_start=%d best_len=%d total_steps=%d" % (best_start, best, total))


main()
