import bisect
from bisect import bisect_left, bisect_right, insort, insort_left, insort_right

a = [1, 2, 4, 4, 4, 7, 9]
for x in [0, 1, 3, 4, 5, 9, 10]:
    print(x, bisect_left(a, x), bisect_right(a, x), bisect.bisect(a, x))
print(bisect_left(a, 4, 4), bisect_right(a, 4, 0, 3), bisect_left(a, 4, hi=2))
print(bisect_left([], 1), bisect_right([], 1))

def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]

print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

l = []
for x in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    insort(l, x)
print(l)
l2 = []
for x in [3, 1, 2]:
    insort_left(l2, x)
    insort_right(l2, x)
print(l2)

pairs = [(1, "a"), (1, "b"), (2, "c")]
insort_left(pairs, (1, "z"))
print(pairs)
insort_right(pairs, (1, "a"))
print(pairs)

# key= (3.10+)
recs = [("ann", 20), ("bob", 25), ("cat", 30), ("dan", 30), ("eve", 41)]
ages = lambda r: r[1]
print(bisect_left(recs, 30, key=ages), bisect_right(recs, 30, key=ages))
insort(recs, ("fay", 30), key=ages)
insort_left(recs, ("gus", 30), key=ages)
print(recs)

# strings and floats
words = sorted(["pear", "apple", "fig", "kiwi"])
print(words, bisect_left(words, "grape"), bisect_right(words, "kiwi"))
fl = [0.5, 1.5, 2.5]
print(bisect_left(fl, 1.5), bisect_right(fl, 1.5), bisect_left(fl, 2))

try:
    bisect_left(a, 3, -1)
except ValueError as e:
    print("ValueError:", e)
try:
    insort(a, 3, lo=-2)
except ValueError as e:
    print("ValueError:", e)
try:
    bisect_right([1, "a"], 2)
except TypeError as e:
    print("TypeError:", e)
