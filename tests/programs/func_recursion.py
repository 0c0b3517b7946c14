# Functions: recursion (factorial, fibonacci, mutual recursion, ackermann, hanoi), deep-but-legal recursion depth.
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print([fact(i) for i in range(12)])
print(fact(60))

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print([fib(i) for i in range(20)])

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(7), is_odd(0))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3), ackermann(3, 3))

moves = []
def hanoi(n, src, dst, via):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst)
    moves.append(src + dst)
    hanoi(n - 1, via, dst, src)
hanoi(4, "A", "C", "B")
print(len(moves), " ".join(moves))

def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))

def flatten(x):
    if type(x) != list:
        return [x]
    out = []
    for item in x:
        out += flatten(item)
    return out
print(flatten([1, [2, [3, [4, [5]]]], [[6]], 7]))

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(48, 18), gcd(2**100, 6**50), gcd(17, 5))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    with_first = []
    for r in rest:
        with_first.append([items[0]] + r)
    return rest + with_first
print(power_set([1, 2, 3]))

def permutations(s):
    if len(s) <= 1:
        return [s]
    out = []
    for i in range(len(s)):
        for p in permutations(s[:i] + s[i + 1:]):
            out.append(s[i] + p)
    return out
print(permutations("abc"), len(permutations("abcde")))
