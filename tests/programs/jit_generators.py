# JIT: generators with hot loops that yield every k iterations, consumed by
# another hot loop; generator expressions in sum() inside a hot loop; a
# generator closed early (finally runs) and one abandoned via break.
def chunks(n, k):
    acc = 0
    for i in range(n):
        acc += i * i
        if i % k == k - 1:
            yield (i, acc)
            acc = 0
    if acc:
        yield ("tail", acc)

total = 0
count = 0
for tag, val in chunks(3000, 7):
    count += 1
    total += val
    if count % 60 == 0:
        print("chunk", count, tag, val, total)
print("chunks", count, total)

# genexpr in sum() in a hot loop
s = 0
for i in range(300):
    s += sum(j * j for j in range(i % 17))
    s -= sum(x for x in (i, -i, 1) if x > 0)
    if i % 50 == 0:
        print("gsum", i, s)
print("gsum", s)

# a generator closed early: finally runs, later next() raises StopIteration
log = []
def counter(limit):
    i = 0
    try:
        while i < limit:
            yield i
            i += 1
    finally:
        log.append(("finally", i))

gen = counter(10 ** 9)
got = 0
for v in gen:
    got += v
    if v == 444:
        break
print("broke at", v, got, log)
gen.close()
print("closed", log)
try:
    next(gen)
except StopIteration:
    print("StopIteration after close")

# close() inside a hot loop over many generators
made = 0
for k in range(200):
    g = counter(1000)
    for _ in range(k % 9):
        next(g)
    g.close()
    made += 1
print("made", made, len(log), log[-3:], sum(x[1] for x in log))

# pipeline of generators
def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v

def scaled(it, f):
    for v in it:
        yield v * f

def take(it, n):
    for v in it:
        if n <= 0:
            return
        n -= 1
        yield v

res = list(take(scaled(evens(range(100000)), 3), 400))
print(len(res), res[:5], res[-3:], sum(res))

# send() driving a generator inside a hot loop
def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        v = yield avg
        if v is None:
            break
        total += v
        n += 1
        avg = total / n
    return n

av = averager()
next(av)
for i in range(500):
    a = av.send(i if i < 300 else i * 1.5)
    if i % 100 == 0:
        print("avg", i, a)
try:
    av.send(None)
except StopIteration as e:
    print("returned", e.value)

# yield from with a hot inner loop
def inner(n):
    for i in range(n):
        yield i
    return n * 10

def outer():
    tot = 0
    for n in (100, 0, 57, 300):
        r = yield from inner(n)
        tot += r
    yield ("total", tot)

vals = list(outer())
print(len(vals), vals[-1], sum(v for v in vals if isinstance(v, int)))
