# Generator-based cooperative scheduler: tasks yield system calls, a kernel
# loop services them (sleep, spawn, wait, channel send/receive).
from collections import deque
import heapq


class Kernel:
    def __init__(self):
        self.ready = deque()
        self.sleeping = []
        self.waiting = {}
        self.results = {}
        self.channels = {}
        self.clock = 0
        self.next_tid = 1
        self.log = []

    def spawn(self, gen, name):
        tid = self.next_tid
        self.next_tid += 1
        self.ready.append((tid, name, gen, None))
        return tid

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                wake, _, task = heapq.heappop(self.sleeping)
                self.clock = wake
                self.ready.append(task)
                continue
            tid, name, gen, value = self.ready.popleft()
            try:
                call = gen.send(value)
            except StopIteration as stop:
                self.results[tid] = stop.value
                self.log.append((self.clock, name, "done", stop.value))
                for waiter in self.waiting.pop(tid, []):
                    self.ready.append(waiter[:3] + (stop.value,))
                continue
            except Exception as exc:
                self.log.append((self.clock, name, "crashed", repr(exc)))
                self.results[tid] = exc
                for waiter in self.waiting.pop(tid, []):
                    self.ready.append(waiter[:3] + (None,))
                continue
            kind = call[0]
            if kind == "sleep":
                heapq.heappush(self.sleeping, (self.clock + call[1], tid, (tid, name, gen, self.clock + call[1])))
            elif kind == "spawn":
                child = self.spawn(call[1], call[2])
                self.ready.append((tid, name, gen, child))
            elif kind == "wait":
                if call[1] in self.results:
                    self.ready.append((tid, name, gen, self.results[call[1]]))
                else:
                    self.waiting.setdefault(call[1], []).append((tid, name, gen))
            elif kind == "send":
                chan = self.channels.setdefault(call[1], deque())
                chan.append(call[2])
                self.ready.append((tid, name, gen, len(chan)))
            elif kind == "recv":
                chan = self.channels.setdefault(call[1], deque())
                if chan:
                    self.ready.append((tid, name, gen, chan.popleft()))
                else:
                    heapq.heappush(self.sleeping, (self.clock + 1, tid, (tid, name, gen, None)))
                    gen_retry = ("recv", call[1])
                    self.log.append((self.clock, name, "blocked", gen_retry[1]))
            else:
                raise ValueError(f"bad call {call!r}")


def worker(n, delay):
    total = 0
    for i in range(n):
        woke = yield ("sleep", delay)
        total += i * delay
    return total


def producer(chan, items):
    for it in items:
        depth = yield ("send", chan, it)
        yield ("sleep", 1)
    yield ("send", chan, None)
    return len(items)


def consumer(chan):
    got = []
    while True:
        item = yield ("recv", chan)
        if item is None and got and got[-1] == "end":
            break
        if item is None:
            got.append("end")
            continue
        got.append(item * 2)
    return got


def faulty():
    yield ("sleep", 2)
    raise RuntimeError("task failed")


def parent():
    a = yield ("spawn", worker(3, 2), "w-a")
    b = yield ("spawn", worker(2, 5), "w-b")
    c = yield ("spawn", faulty(), "faulty")
    ra = yield ("wait", a)
    rb = yield ("wait", b)
    rc = yield ("wait", c)
    return (ra, rb, rc)


k = Kernel()
k.spawn(parent(), "parent")
k.spawn(producer("q", [1, 2, 3]), "prod")
k.spawn(consumer("q"), "cons")
try:
    k.run()
except ValueError as e:
    print("kernel error:", e)
for entry in k.log:
    print(entry)
print(sorted((tid, r if not isinstance(r, Exception) else type(r).__name__) for tid, r in k.results.items()))
print("clock", k.clock, "channels", {c: list(q) for c, q in k.channels.items()})
