# A small Richards-like scheduler simulation with classes and linked queues.
I_IDLE, I_WORK, I_HANDLERA, I_HANDLERB, I_DEVA, I_DEVB = range(1, 7)
K_DEV, K_WORK = 1000, 1001
BUFSIZE = 4

class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        while p.link is not None:
            p = p.link
        p.link = self
        return lst

    def __repr__(self):
        return f"Packet(id={self.ident}, kind={self.kind}, datum={self.datum})"

class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def is_held_or_suspended(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)

class Task(TaskState):
    registry = {}

    def __init__(self, ident, priority, queue, fn):
        super().__init__()
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.fn = fn
        self.count = 0
        Task.registry[ident] = self

    def run(self, sched):
        self.count += 1
        if self.queue is not None:
            pkt = self.queue
            self.queue = pkt.link
            return self.fn(self, sched, pkt)
        return self.fn(self, sched, None)

class Scheduler:
    def __init__(self):
        self.tasks = []
        self.log = []
        self.qpkt = 0
        self.hold = 0

    def add(self, task):
        self.tasks.append(task)
        self.tasks.sort(key=lambda t: -t.priority)

    def queue_packet(self, pkt, dest):
        self.qpkt += 1
        t = Task.registry.get(dest)
        if t is None:
            raise LookupError(f"no task {dest}")
        pkt.link = None
        t.queue = pkt.append_to(t.queue)

    def schedule(self, rounds):
        for r in range(rounds):
            did = False
            for t in self.tasks:
                if t.queue is not None or t.ident == I_IDLE:
                    res = t.run(self)
                    self.log.append((r, t.ident, res))
                    did = True
                    break
            if not did:
                break

def idle_fn(task, sched, pkt):
    task.priority -= 1 if task.priority > 0 else 0
    if task.count % 3 == 0:
        sched.queue_packet(Packet(None, I_DEVA, K_DEV), I_DEVA)
    else:
        sched.queue_packet(Packet(None, I_DEVB, K_DEV), I_DEVB)
    return "idle"

def work_fn(task, sched, pkt):
    pkt.datum = (pkt.datum + task.count * 7) % 26
    for i in range(BUFSIZE):
        pkt.data[i] = (pkt.datum + i) % 26
    sched.queue_packet(pkt, I_HANDLERA if task.count % 2 else I_HANDLERB)
    return "work:" + "".join(chr(65 + d) for d in pkt.data)

def handler_fn(task, sched, pkt):
    sched.hold += 1
    return repr(pkt)

def dev_fn(task, sched, pkt):
    pkt.kind = K_WORK
    sched.queue_packet(pkt, I_WORK)
    return f"dev{task.ident - I_DEVA}"

s = Scheduler()
s.add(Task(I_IDLE, 0, None, idle_fn))
s.add(Task(I_WORK, 1000, None, work_fn))
s.add(Task(I_HANDLERA, 2000, None, handler_fn))
s.add(Task(I_HANDLERB, 3000, None, handler_fn))
s.add(Task(I_DEVA, 4000, None, dev_fn))
s.add(Task(I_DEVB, 5000, None, dev_fn))
s.schedule(60)
for entry in s.log[:25]:
    print(entry)
print(len(s.log), s.qpkt, s.hold)
print(sorted((t.ident, t.count) for t in s.tasks))
print([t.ident for t in s.tasks])
try:
    s.queue_packet(Packet(None, 0, 0), 99)
except LookupError as e:
    print("error:", type(e).__name__, e, e.args)
