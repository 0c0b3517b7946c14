# Error: an uncaught exception from three frames deep inside a hot loop in a
# function called from module level, after the loop has run many iterations.
def h(x, d):
    return x // d

def g(x, d):
    return h(x, d) + 1

def f(x, d):
    return g(x, d) * 2

def run(n):
    acc = 0
    for i in range(n):
        d = 700 - i
        acc += f(i * 1000, d)
        if i % 100 == 0:
            print(i, acc)
    return acc

print(run(600))
print(run(1000))
print("unreachable")
