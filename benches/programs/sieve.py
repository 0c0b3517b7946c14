# sieve: sieve of Eratosthenes over a list of bools, repeated.
LIMIT = 2000000  # bench: quick=20000
REPS = 6


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = False
    flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    count = 0
    total = 0
    for k in range(n + 1):
        if flags[k]:
            count += 1
            total += k
    return count, total


def main():
    count = 0
    total = 0
    for r in range(REPS):
        c, t = sieve(LIMIT - r)
        count += c
        total = (total + t) % 1000000007
    print("sieve limit=%d primes=%d checksum=%d" % (LIMIT, count, total))


main()
