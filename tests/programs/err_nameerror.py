# Error: uncaught NameError for an undefined global name used inside a function.
def compute(n):
    if n > 2:
        return n * x
    return n
print(compute(1))
print(compute(2))
print(compute(3))
