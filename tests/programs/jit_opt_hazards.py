# Loops whose traces tempt the optimizer into wrong folds and merges: every
# result must stay exactly CPython's with each pass on or off.
import math


def signed_zeros(n):
    out = []
    z = -0.0
    for i in range(n):
        a = z + 0.0          # 0.0, not -0.0
        b = z * 1.0          # -0.0
        c = z - 0.0          # -0.0
        d = (z * -1.0) * 0.0  # 0.0
        out.append((math.copysign(1.0, a), math.copysign(1.0, b),
                    math.copysign(1.0, c), math.copysign(1.0, d)))
    return out[-1]


def specials(n):
    inf = float("inf")
    nan = float("nan")
    r = []
    for i in range(n):
        x = inf if i % 2 else nan
        r.append((x * 0.0 == x * 0.0, x - x == 0.0, x == x, x != x, x + 0.0 == x))
    return r[-2:]


def overflow_edges(n):
    big = 2 ** 46
    acc = []
    for i in range(n):
        k = big + big + i      # leaves the small-int range at some point
        m = k * 1 + 0 - 0
        acc.append(m - k)
        acc.append(k * 0)
        acc.append((k * 2) // 2 - k)
    return acc[-3:], k


def div_by_zero(n):
    caught = 0
    for i in range(n):
        d = i % 3
        try:
            caught += 10 // d + 10 % d
        except ZeroDivisionError:
            caught -= 1
        try:
            caught += int(1.0 / (d * 1.0))
        except ZeroDivisionError:
            caught -= 100
    return caught


def swap_changes_type(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
        if i == n // 2:
            b = b + 0.5
    return a, b


SCALE = 3


def rebind_scale(k):
    global SCALE
    SCALE = k


def global_rebound_by_call(n):
    s = 0
    for i in range(n):
        s += SCALE
        if i == n // 2:
            rebind_scale(-2)
        s += SCALE
    rebind_scale(3)
    return s


class Box:
    def __init__(self):
        self.v = 1

    def get(self):
        return self.v


def attrs_and_lists(n):
    b = Box()
    xs = [0, 0, 0]
    t = 0
    for i in range(n):
        t += b.v
        b.v = i
        t += b.v
        xs[1] = t
        t += xs[1] - xs[1] + xs[0]
        if i == n // 2:
            Box.get = lambda self: -self.v
        t += b.get()
    return t, xs


def same_guard_twice(n):
    vals = [1, 2, 3.5, 4]
    t = 0
    for i in range(n):
        x = vals[i % 4]
        t += x + x
        t += x * 1
    return t


for f in (signed_zeros, specials, overflow_edges, div_by_zero, swap_changes_type,
          global_rebound_by_call, attrs_and_lists, same_guard_twice):
    print(f.__name__, f(300))
