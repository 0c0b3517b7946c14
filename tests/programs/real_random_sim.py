# Seeded random: Monte Carlo, shuffles, choices and distributions must match CPython.
import random

random.seed(12345)
print([random.randint(1, 100) for _ in range(10)])
print([round(random.random(), 6) for _ in range(5)])
print(random.uniform(-1, 1), random.randrange(0, 1000, 7), random.randrange(50))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.choice(deck), random.sample(deck, 5), random.sample(range(100), 4))
print(random.choices("abc", k=8), random.choices(range(5), weights=[5, 1, 1, 1, 10], k=10))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=6))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(10, 2), 10))
print(round(random.expovariate(1.5), 10), round(random.triangular(0, 10, 3), 10))
print(round(random.betavariate(2, 3), 10), round(random.gammavariate(2.0, 1.5), 10))
print(random.getrandbits(70), random.getrandbits(8), random.randbytes(0) if False else "")

rng = random.Random(99)
walk = [0]
for _ in range(30):
    walk.append(walk[-1] + rng.choice((-1, 1)))
print(walk, max(walk), min(walk))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
b = [rng.random() for _ in range(3)]
print(a == b, a)

random.seed("a string seed")
print(random.random(), random.randint(0, 10 ** 20))
random.seed(2 ** 100 + 17)
print(random.random(), random.randrange(-50, 50))
random.seed(0)
inside = 0
N = 2000
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print("pi estimate", 4 * inside / N)

# Bucket a simulation of dice rolls.
random.seed(7)
counts = {}
for _ in range(600):
    s = random.randint(1, 6) + random.randint(1, 6)
    counts[s] = counts.get(s, 0) + 1
for total in sorted(counts):
    print(f"{total:2d} {'#' * (counts[total] // 5)} {counts[total]}")
lst = list(range(20))
random.Random(5).shuffle(lst)
print(lst)
print(random.Random(3).sample(["red", "green", "blue", "gold"], k=4))
