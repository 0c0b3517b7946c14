# sum_loop: tight integer arithmetic in `for` and `while` loops over small ints.
N = 6000000  # bench: quick=100000


def for_loop(n):
    total = 0
    for i in range(n):
        total += i % 7 * 3 + i % 13 - i % 5 * 2
    return total


def while_loop(n):
    total = 0
    i = 0
    while i < n:
        total = (total + i * 5 + 3) % 1000003
        i += 1
    return total


def main():
    a = for_loop(N)
    b = while_loop(N)
    print("sum_loop %d %d" % (a, b))


main()
