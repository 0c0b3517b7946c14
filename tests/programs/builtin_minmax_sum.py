# Builtins: min, max (iterables, several args, key, default), sum (with start), abs, len.
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max((4, 5)), min("bca"), max(range(10)))
print(min([3, -7, 2], key=abs), max([3, -7, 2], key=abs), max(["aa", "b", "cccc", "dd"], key=len))
print(min(["aa", "b", "cccc", "dd"], key=len), max(["bb", "aa", "cc"], key=len))
print(min([], default="empty"), max([], default=None), min([5], default=0), max((), default=-1))
print(max(1, 2.5), min(1, 0.5), max(2**70, 3), min(-2**70, 3), max(True, 0), min(0, False))
print(max([1, 3, 3.0]), max([3.0, 1, 3]), min([0, 0.0, False]), min([False, 0, 0.0]))
print(max({"a": 5, "b": 1}), max({"a": 5, "b": 1}, key=lambda k: {"a": 5, "b": 1}[k]))
print(max([[1, 2], [1, 3], [0, 9]]), min((2, "b"), (2, "a")))
print(max("apple", "banana", key=len), max(3, 1, 2, key=lambda v: -v))
print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum((0.1, 0.2, 0.3)), sum([0.1] * 10))
print(sum(range(1, 101)), sum([2**64, 2**64, -1]), sum([1, 2.5]), sum([True, True, True]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([], 5), sum(range(10), start=100))
print(sum([1e100, 1.0, -1e100]), sum([0.1, 0.2, 0.3]) == 0.6)
print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-1.5), abs(-2**100), abs(float("-inf")), abs(-True))
print(len(""), len("abc"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(range(0, 100, 7)))
print(len([[], [], []]), len("\u00e9\u00e8"), len([None] * 1000))
for bad in [lambda: min(), lambda: max(5), lambda: sum(5), lambda: sum(["a"], "")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
