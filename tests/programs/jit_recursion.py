# JIT: recursion called from hot loops: fib(15) 200 times, mutual recursion,
# recursion with accumulating arguments, recursion whose result type changes.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

t = 0
for i in range(200):
    t += fib(15)
    if i % 40 == 0:
        print("fib", i, t)
print("fib total", t)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

ev = 0
for i in range(300):
    if is_even(i % 97):
        ev += 1
    if i % 60 == 0:
        print("even", i, ev)
print("even", ev)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print("ack", [ackermann(2, n) for n in range(60)][-3:], ackermann(3, 3))

def power(base, e):
    if e == 0:
        return 1
    half = power(base, e // 2)
    return half * half * (base if e % 2 else 1)

ps = 0
for i in range(300):
    v = power(3, i)
    ps = (ps + v) % (10 ** 12 + 39)
    if i % 50 == 0:
        print("pow", i, v % 1000000007, ps)
print("pow", ps, power(1.5, 20), power(-2, 63))

def depth_sum(tree):
    if isinstance(tree, list):
        s = 0
        for sub in tree:
            s += depth_sum(sub)
        return s
    return tree

def build(d, k):
    if d == 0:
        return k if k % 3 else k * 0.5
    return [build(d - 1, k * 2 + j) for j in range(2)]

for d in range(0, 10, 3):
    print("tree", d, depth_sum(build(d, 1)))

def hanoi(n, a, b, c, moves):
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)

mv = []
hanoi(10, "A", "B", "C", mv)
print("hanoi", len(mv), mv[:3], mv[-1])
