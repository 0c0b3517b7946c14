# random: distributions, generator state and Random instances.
import random

random.seed(8)
print([random.uniform(1, 2) for _ in range(3)], random.uniform(5, 5), random.uniform(10, 0))
print([random.gauss(0, 1) for _ in range(5)])
print([random.gauss(100, 15) for _ in range(3)], random.gauss(), random.gauss(mu=1, sigma=0))
print([random.normalvariate(0, 1) for _ in range(3)], random.normalvariate(5, 2))
print([random.expovariate(1.5) for _ in range(3)], random.expovariate(-2))
print([random.triangular(0, 10, 3) for _ in range(3)], random.triangular(), random.triangular(1, 1, 1))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1, 4), random.vonmisesvariate(0, 0))
print(random.gammavariate(0.5, 2), random.gammavariate(1, 3), random.gammavariate(4.5, 1))
print(random.betavariate(2, 5), random.betavariate(0.5, 0.5), random.paretovariate(3))
print(random.weibullvariate(1, 1.5), random.weibullvariate(2, 0.5))

# getstate / setstate replay the same numbers (gauss's saved deviate included).
random.seed(21)
random.gauss()
state = random.getstate()
first = [random.random(), random.gauss(), random.randint(1, 10**9)]
random.setstate(state)
second = [random.random(), random.gauss(), random.randint(1, 10**9)]
print(first == second, first)
print(state[0], len(state[1]), state[1][-1], type(state[2]).__name__)

# Independent generators.
r1 = random.Random(5)
r2 = random.Random(5)
r3 = random.Random("five")
print(r1.random() == r2.random(), r1.random(), r3.random())
print(r1.randint(1, 100), r1.choice("abc"), r1.sample(range(10), 3), r1.gauss(0, 1))
x = list(range(8))
r2.shuffle(x)
print(x, r2.getrandbits(64), r2.uniform(0, 1), r2.choices("ab", k=4))
r1.seed(5)
print(r1.random(), random.Random(5).random())
print(isinstance(r1, random.Random), type(r1).__name__, random.Random.VERSION)
random.seed(5)
print(random.random() == random.Random(5).random())
r4 = random.Random()
r4.setstate(random.Random(77).getstate())
print(r4.random() == random.Random(77).random())
