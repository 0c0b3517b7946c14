# Error: calling next() on an exhausted iterator without a default raises StopIteration at top level.
it = iter([1, 2])
print(next(it))
print(next(it))
print(next(it, "default"))
print(next(it))
