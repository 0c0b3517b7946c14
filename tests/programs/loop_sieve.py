# Loops: sieve of Eratosthenes up to 200000 with list indexing and step slicing, plus prime statistics.
N = 200000
is_prime = [True] * (N + 1)
is_prime[0] = False
is_prime[1] = False
i = 2
while i * i <= N:
    if is_prime[i]:
        for j in range(i * i, N + 1, i):
            is_prime[j] = False
    i += 1
primes = []
for k in range(N + 1):
    if is_prime[k]:
        primes.append(k)
print(len(primes), primes[:15], primes[-5:])
print(sum(primes), sum(primes) % 1000000007)
twins = 0
for k in range(1, len(primes)):
    if primes[k] - primes[k - 1] == 2:
        twins += 1
print("twin pairs", twins)
max_gap = 0
at = 0
for k in range(1, len(primes)):
    gap = primes[k] - primes[k - 1]
    if gap > max_gap:
        max_gap = gap
        at = primes[k - 1]
print("max gap", max_gap, "after", at)
sieve2 = [True] * 1000
sieve2[0] = sieve2[1] = False
for p in range(2, 32):
    if sieve2[p]:
        sieve2[p * p::p] = [False] * len(sieve2[p * p::p])
print(sum(sieve2), [x for x in range(100) if sieve2[x]])
