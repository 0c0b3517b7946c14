# time: only deterministic facts about the clocks are printed.
import time

t0 = time.time()
print(type(t0).__name__, t0 > 1_600_000_000, t0 < 5_000_000_000)
ns = time.time_ns()
print(type(ns).__name__, ns > 1_600_000_000 * 10**9, abs(ns / 1e9 - t0) < 60)

p0 = time.perf_counter()
m0 = time.monotonic()
pn0 = time.perf_counter_ns()
mn0 = time.monotonic_ns()
c0 = time.process_time()
total = 0
for i in range(200000):
    total += i * i
print(total)
p1 = time.perf_counter()
m1 = time.monotonic()
print(p1 >= p0, m1 >= m0, time.perf_counter_ns() >= pn0, time.monotonic_ns() >= mn0)
print(type(p0).__name__, type(pn0).__name__, type(c0).__name__, time.process_time() >= c0)
print(type(time.process_time_ns()).__name__)

start = time.perf_counter()
time.sleep(0.02)
elapsed = time.perf_counter() - start
print(elapsed >= 0.019, elapsed < 5)
time.sleep(0)
time.sleep(False)
start = time.monotonic()
time.sleep(1 / 100)
print(time.monotonic() - start >= 0.009)

for bad in [-1, -0.5, "a", None, float("nan"), 10**30]:
    try:
        time.sleep(bad)
        print("slept", bad)
    except Exception as e:
        print(repr(bad), type(e).__name__ + ":", e)
for f in [time.time, time.perf_counter, time.monotonic]:
    try:
        f(1)
    except TypeError as e:
        print(e)
try:
    time.sleep()
except TypeError as e:
    print(e)

# A deadline loop.
deadline = time.monotonic() + 0.01
spins = 0
while time.monotonic() < deadline:
    spins += 1
print(spins > 0)
