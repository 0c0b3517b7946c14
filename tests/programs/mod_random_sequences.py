# random: shuffle, sample, choice, choices with fixed seeds.
import random

random.seed(1)
for n in [0, 1, 2, 5, 10, 30]:
    x = list(range(n))
    random.shuffle(x)
    print(n, x)
letters = list("abcdefghij")
random.shuffle(letters)
print(letters)

random.seed(3)
print([random.choice("xyz") for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice((1.5, 2.5)), random.choice(range(100, 200)))
print(random.choice({0: "zero", 1: "one"}))

random.seed(5)
print(random.sample(range(100), 10))
print(random.sample(range(10), 10))
print(random.sample("abcdefgh", 3))
print(random.sample((1, 2, 3, 4, 5, 6, 7), 7))
print(random.sample(range(1000000), 5))
print(random.sample(range(30), 20))
print(random.sample([1, 1, 2, 2], 0))
print(random.sample(["red", "blue"], counts=[4, 2], k=5))
print(random.sample(range(5), k=3, counts=[1, 2, 3, 4, 5]))
print(random.sample(population=range(50), k=4))

random.seed(11)
print(random.choices("abc", k=10))
print(random.choices(range(5), [10, 1, 1, 1, 1], k=10))
print(random.choices(["a", "b", "c"], weights=[0.2, 0.5, 0.3], k=8))
print(random.choices(["a", "b", "c"], cum_weights=[1, 2, 10], k=8))
print(random.choices([1, 2, 3]), random.choices([1, 2, 3], k=0), random.choices([1, 2, 3], k=-2))
print(random.choices("xy", [2**60, 1], k=5))
print(random.choices("pq", [0.5, 0], k=4))

# A Monte Carlo estimate, deterministic for a fixed seed.
random.seed(12345)
inside = 0
for _ in range(20000):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4 * inside / 20000)

# Dealing cards.
random.seed(52)
deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
for h in hands:
    print(" ".join(sorted(h)))
