# fannkuch: pancake flips over all permutations of 0..N-1 (small-list shuffling).
N = 9  # bench: quick=7
REPS = 2


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k != 0:
            i = 0
            j = k
            while i < j:
                t = perm[i]
                perm[i] = perm[j]
                perm[j] = t
                i += 1
                j -= 1
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # advance to the next permutation
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            i = 0
            while i < r:
                perm1[i] = perm1[i + 1]
                i += 1
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main():
    checksum = 0
    max_flips = 0
    for _ in range(REPS):
        c, m = fannkuch(N)
        checksum += c
        if m > max_flips:
            max_flips = m
    print("%d\nPfannkuchen(%d) = %d" % (checksum, N, max_flips))


main()
