# math.sqrt / math.fabs and module attributes read in hot loops: domain errors,
# NaN and infinities, ints mixed with floats, a module attribute rebound or
# deleted while the loop runs.
import math
from math import sqrt, fabs


def norms(n):
    t = 0.0
    for i in range(n):
        x = i * 0.5
        t += math.sqrt(x) + sqrt(x + 1.0) + math.fabs(-x) + fabs(x - 3.0)
    return t


print(round(norms(500), 6))

vals = [4.0, 2.25, -0.0, float("inf"), 9, 16.0, float("nan"), -1.0, 0.0]
out = []
for k in range(200):
    v = vals[k % len(vals)]
    try:
        out.append(math.sqrt(v))
    except ValueError as e:
        out.append(str(e))
print(out[:10], len(out))
print([math.fabs(v) for v in vals])
print(math.copysign(1.0, math.sqrt(-0.0)))

calls = []


def fake_sqrt(x):
    calls.append(x)
    return -x


acc = 0.0
for i in range(300):
    if i == 150:
        math.sqrt = fake_sqrt
    acc += math.sqrt(float(i))
print(round(acc, 6), len(calls))
del math.sqrt
try:
    for i in range(100):
        math.pi * i
        if i == 60:
            del math.pi
except AttributeError as e:
    print("AttributeError:", e)
try:
    math.sqrt(2.0)
except AttributeError as e:
    print("AttributeError:", e)
