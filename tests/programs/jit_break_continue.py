# JIT: break / continue / return out of traced loops at data-dependent
# iterations, for-else and while-else, nested loops with inner breaks.
def first_square_over(limit):
    for i in range(10000):
        if i * i > limit:
            return i
    return -1

for lim in (0, 3000, 10 ** 6, 10 ** 8):
    print("first_square_over", lim, first_square_over(lim))

def find(seq, target):
    for idx, v in enumerate(seq):
        if v == target:
            break
    else:
        return "not found"
    return "found at %d" % idx

seq = [(i * 37) % 1001 for i in range(1001)]
for t in (0, 37, 999, 500, 1001, -5):
    print("find", t, find(seq, t))

# continue skipping a data-dependent subset
s = 0
skipped = 0
for i in range(2000):
    if i % 7 == 3 or (i > 1500 and i % 2):
        skipped += 1
        continue
    s += i
    if i % 250 == 0:
        print("cont", i, s, skipped)
print("cont", s, skipped)

# while-else: the else runs only when the condition becomes false
def collatz_steps(n, cap):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
        if steps >= cap:
            break
    else:
        return ("done", steps)
    return ("capped", steps, n)

for n in (27, 97, 871, 6171, 1):
    print("collatz", n, collatz_steps(n, 100), collatz_steps(n, 1000))

# nested loops with inner break and outer continue
pairs = []
count = 0
for a in range(1, 120):
    if a % 10 == 0:
        continue
    for b in range(a, 400):
        count += 1
        if (a * b) % 97 == 0:
            pairs.append((a, b))
            break
    else:
        pairs.append((a, None))
    if a % 20 == 1:
        print("nested", a, count, pairs[-1])
print("pairs", len(pairs), count, pairs[:5], pairs[-3:])

# primes by trial division: for-else inside a hot loop
primes = []
for n in range(2, 3000):
    for p in primes:
        if p * p > n:
            primes.append(n)
            break
        if n % p == 0:
            break
    else:
        primes.append(n)
    if n % 500 == 0:
        print("primes", n, len(primes), primes[-1])
print(len(primes), primes[-5:])

# return from inside nested loops
def search(grid_n, want):
    for r in range(grid_n):
        for c in range(grid_n):
            if r * grid_n + c == want:
                return (r, c)
            if c > r + 50:
                break
    return None

for w in (0, 75, 5000, 39999, 123):
    print("search", w, search(200, w))

# break out of while True with multiple exits
i = 0
total = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    total += i
    if total > 50000:
        reason = "total"
        break
    if i > 100000:
        reason = "i"
        break
print("while-true", i, total, reason)
