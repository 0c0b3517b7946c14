# ackermann: deep-ish non-tail recursion. Max depth stays near 260 frames.
REPS = 160  # bench: quick=2


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


def main():
    total = 0
    for r in range(REPS):
        total += ack(3, 5)
        total += ack(2, r % 40 + 60)
        total += ack(1, r % 50 + 100)
    print("ackermann reps=%d total=%d" % (REPS, total))


main()
