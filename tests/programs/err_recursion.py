# Error: uncaught RecursionError from unbounded recursion.
def down(n):
    return down(n + 1) + 1
print("starting")
print(down(0))
