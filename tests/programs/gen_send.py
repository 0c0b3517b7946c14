# Generator send(): priming, running averages, send return values, close().
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, total)


a = averager()
print(next(a))
print(a.send(10))
print(a.send(20))
print(a.send(60))
try:
    a.send(None)
except StopIteration as e:
    print("final", e.value)


def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received


e = echo()
print(e.send(None))
for word in ["a", "b", "stop"]:
    try:
        print(e.send(word))
    except StopIteration as s:
        print("returned", s.value)

g = echo()
try:
    g.send("too early")
except TypeError as err:
    print("TypeError:", err)


def accumulate():
    total = 0
    while True:
        n = yield total
        total += n


acc = accumulate()
next(acc)
print([acc.send(i) for i in range(1, 6)])
acc.close()
try:
    next(acc)
except StopIteration:
    print("closed generator raises StopIteration")


def with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")


w = with_cleanup()
print(next(w))
w.close()
print("after close")


def delegating():
    result = yield from averager()
    yield "sub returned " + str(result)


d = delegating()
next(d)
d.send(4)
print(d.send(8))
print(d.send(None))
