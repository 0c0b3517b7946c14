# random: fixed seeds give CPython's exact sequences.
import random

for seed in [0, 1, 42, -42, 12345, 2**32, 2**32 - 1, 2**64 + 7, -(3**100), 10**40, True, 2.5, -1.5]:
    random.seed(seed)
    print(repr(seed), [random.random() for _ in range(3)])
    print("  ints", [random.randint(1, 6) for _ in range(10)], random.randrange(1000000))
    print("  ranges", random.randrange(10, 20), random.randrange(0, 100, 7), random.randrange(50, 0, -3))
    print("  bits", random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(100))

random.seed(7)
print([random.randrange(-10**20, 10**20) for _ in range(3)])
print([random.randint(0, 2**70) for _ in range(3)])
print([random.randrange(5, 10**30, 3) for _ in range(2)])
print(random.getrandbits(0), random.randint(5, 5), random.randrange(1), random.randrange(True, 4))

for text in ["", "hello", "hello world", "héllo ✓", "a" * 100]:
    random.seed(text)
    print(repr(text[:10]), random.random(), random.randint(1, 1000))
random.seed("hello", version=1)
print("v1", random.random())

# The same seed twice gives the same numbers; reseeding restarts the sequence.
random.seed(2024)
a = [random.random() for _ in range(5)]
random.seed(2024)
b = [random.random() for _ in range(5)]
print(a == b, a)

# A long run: the generator's state regenerates every 624 words.
random.seed(99)
acc = 0
for i in range(5000):
    acc = (acc * 31 + random.randint(0, 1000)) % 1000000007
print(acc, random.random())
