# Builtins: sorted with key and reverse, stability, mixed int/float, strings, tuples; reversed vs sorted(reverse).
print(sorted([5, 2, 9, 1, 5, 6]), sorted([5, 2, 9, 1], reverse=True), sorted([]), sorted("hello"))
print(sorted([3.5, 1, 2.25, -1, 0, 2**70, -0.5]), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}), sorted({5, 3, 9}))
words = ["banana", "Apple", "cherry", "apple", "Banana", "fig", "date"]
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)), sorted(words, key=lambda w: w[-1]))
recs = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(recs, key=lambda r: r[1]))
print(sorted(recs, key=lambda r: r[1], reverse=True))
print(sorted(recs, key=lambda r: -r[1]))
print(sorted(recs))
by_name = sorted(recs)
print(sorted(by_name, key=lambda r: r[1]))
print(sorted([[2, 1], [1, 2], [1, 1], [2]]), sorted([(1, "b"), (1, "a"), (0, "z")]))
print(sorted(range(10), key=lambda v: v % 3), sorted(range(10), key=lambda v: v % 3, reverse=True))
print(sorted([True, False, 2, -1, 0.5]), sorted(["b", "B", "a", "A", "_", "1"]))
nums = [3, 1, 2]
out = sorted(nums)
print(nums, out, out is nums)
print(sorted([-3, 2, -1, 0], key=abs), sorted([-3, 3, -3, 3], key=abs), sorted([1, -1, 1, -1], key=abs, reverse=True))
big = [(i * 7919) % 1009 for i in range(200)]
s = sorted(big)
print(s[:10], s[-10:], len(s))
print(sorted(big, reverse=True)[:5])
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
print(sorted([0.1 + 0.2, 0.3, 0.30000000000000004, 0.1]))
print(list(reversed(sorted([4, 1, 3]))), sorted([4, 1, 3])[::-1])
try:
    sorted([3, "a", 1])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([{"a": 1}, {"b": 2}])
except TypeError as e:
    print("TypeError", e)
