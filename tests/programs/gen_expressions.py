# Generator expressions: laziness, single use, scope, as arguments, chaining.
log = []


def noisy(x):
    log.append(x)
    return x


ge = (noisy(x) * 2 for x in range(5))
print(log)
print(next(ge), log)
print(list(ge), log)
print(list(ge))
print(sum(x * x for x in range(10)))
print(max((len(w), w) for w in ["apple", "fig", "banana"]))
print(sorted((c for c in "hello"), reverse=True))
print("".join(ch.upper() for ch in "abc" if ch != "b"))
pairs = ((i, j) for i in range(3) for j in range(i))
print(list(pairs))
nums = [1, 2, 3]
g = (n * 10 for n in nums)
nums.append(4)
print(list(g))
nums2 = [1, 2, 3]
g2 = (n for n in nums2)
nums2 = [9, 9]
print(list(g2))
k = 5
g3 = (x + k for x in range(3))
k = 100
print(list(g3))
stage1 = (x for x in range(20))
stage2 = (x for x in stage1 if x % 3 == 0)
stage3 = (x * x for x in stage2)
print(list(stage3))
print(any(noisy(x) > 2 for x in [1, 5, 0, 9]), log[-2:])
print(type(x for x in []).__name__)
print(dict((str(i), i) for i in range(3)))
print(tuple(x for x in "ab"), set(x % 2 for x in range(5)) == {0, 1})
print(min(x for x in [4, -2, 8]), list(zip((a for a in "xy"), (b for b in range(5)))))
