# Function-entry traces and calls from traces into them: recursion, exits in
# the middle of a call, exceptions crossing traced calls, type changes, and
# functions rebound while they run.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print("fib", [fib(i) for i in range(20)], fib(24))
# The same trace meets floats, then big ints.
print("fib float", fib(15.0), fib(16.5))


def fib_big(n, a, b):
    if n == 0:
        return a
    return fib_big(n - 1, b, a + b)


print("fib big", fib_big(120, 0, 1), fib_big(10, 0, 1))


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


print("ack", ack(2, 3), ack(2, 60), ack(3, 4))


# Mutual recursion.
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print("parity", [is_even(i) for i in range(12)], is_odd(301))


# Recursive methods on a tree (the receiver is the first argument).
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

    def total(self):
        t = self.value
        if self.left is not None:
            t += self.left.total()
        if self.right is not None:
            t += self.right.total()
        return t

    def depth(self):
        a = 0 if self.left is None else self.left.depth()
        b = 0 if self.right is None else self.right.depth()
        return 1 + (a if a > b else b)


def build(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid), build(mid + 1, hi))


tree = build(0, 300)
print("tree", tree.total(), tree.depth())
for i in range(30):
    tree.total()
tree.left.value = 2.5
print("tree float", tree.total())
tree.right.value = "x"
try:
    tree.total()
except TypeError as e:
    print("tree error", e)


# An exception raised deep in a traced recursion, caught at every level or
# only at the top.
def down(n, fail_at):
    if n == fail_at:
        raise ValueError("failed at %d" % n)
    if n == 0:
        return 0
    return 1 + down(n - 1, fail_at)


def catching(n, fail_at):
    try:
        return down(n, fail_at)
    except ValueError as e:
        return str(e)


print("down", [catching(12, k) for k in (-1, 0, 5, 12)])
for i in range(200):
    catching(20, i % 25)
print("down again", catching(20, 3), catching(20, -1))


def guarded_levels(n):
    if n == 0:
        return {}["missing"]
    try:
        return guarded_levels(n - 1)
    except KeyError:
        if n <= 2 or n % 4 == 0:
            raise
        return n


def top_level(k):
    try:
        return guarded_levels(k)
    except KeyError as e:
        return "top " + repr(e)


print("levels", [top_level(k) for k in range(1, 9)])
for i in range(100):
    top_level(i % 9)


# A recursion deeper than the limit.
def endless(n):
    return endless(n + 1) + 1


for attempt in range(3):
    try:
        endless(0)
    except RecursionError as e:
        print("recursion", attempt, type(e).__name__)


# A function rebound while calls to it are running.
def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)


print("countdown", countdown(50))
original = countdown


def replacement(n):
    return "replaced at %d" % n


def rebind_midway(n):
    global countdown
    if n == 5:
        countdown = replacement
    return original(n)


for i in range(40):
    countdown = original
    countdown(30)
countdown = original
print("rebound", rebind_midway(3), countdown(2))


# Defaults, keyword calls and closures around a traced function.
def power(base, exp=2):
    if exp == 0:
        return 1
    return base * power(base, exp - 1)


print("power", [power(i) for i in range(6)], power(2, 40), power(base=3, exp=4))


def make_counter(step):
    def walk(n):
        if n <= 0:
            return 0
        return step + walk(n - 1)

    return walk


walkers = [make_counter(k) for k in range(1, 4)]
print("closures", [w(30) for w in walkers], [w(30) for w in walkers])


# A function trace that runs a loop of its own.
def looping(n):
    s = 0
    for i in range(n):
        s += i * i
    if n > 3:
        s += looping(n // 2)
    return s


print("looping", [looping(k) for k in range(0, 200, 17)])


# A traced function that is also a generator's helper and a sort key.
def key_of(x):
    if x < 0:
        return -x * 2
    return x * 2 + 1


data = [(i * 37) % 101 - 50 for i in range(300)]
print("sorted", sorted(data, key=key_of)[:12])


def gen_fib(limit):
    for i in range(limit):
        yield fib(i % 12)


print("gen", sum(gen_fib(500)))
