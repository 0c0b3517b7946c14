# richards: a Richards-style operating-system task scheduler simulation built
# from plain classes (attribute access, method calls, linked lists).
COUNT = 10000  # bench: quick=500
REPS = 25

ID_IDLE = 0
ID_WORKER = 1
ID_HANDLER_A = 2
ID_HANDLER_B = 3
ID_DEVICE_A = 4
ID_DEVICE_B = 5
NUM_TASKS = 6

KIND_DEVICE = 0
KIND_WORK = 1
DATA_SIZE = 4

# task state bits
RUNNABLE = 1
SUSPENDED = 2
HELD = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.a1 = 0
        self.a2 = [0] * DATA_SIZE

    def add_to(self, queue):
        """Append this packet to the end of queue; return the new head."""
        self.link = None
        if queue is None:
            return self
        p = queue
        while p.link is not None:
            p = p.link
        p.link = self
        return queue


class TaskControlBlock:
    def __init__(self, link, ident, priority, queue, task):
        self.link = link
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.task = task
        if queue is None:
            self.state = SUSPENDED
        else:
            self.state = SUSPENDED | RUNNABLE

    def set_running(self):
        self.state = 0

    def mark_not_held(self):
        self.state = self.state & ~HELD

    def mark_held(self):
        self.state = self.state | HELD

    def mark_suspended(self):
        self.state = self.state | SUSPENDED

    def mark_runnable(self):
        self.state = self.state | RUNNABLE

    def is_held_or_suspended(self):
        return (self.state & HELD) != 0 or self.state == SUSPENDED

    def run(self):
        if self.state == SUSPENDED | RUNNABLE:
            packet = self.queue
            self.queue = packet.link
            if self.queue is None:
                self.state = 0
            else:
                self.state = RUNNABLE
        else:
            packet = None
        return self.task.run(packet)

    def check_priority_add(self, task, packet):
        if self.queue is None:
            self.queue = packet
            self.mark_runnable()
            if self.priority > task.priority:
                return self
        else:
            self.queue = packet.add_to(self.queue)
        return task


class Scheduler:
    def __init__(self):
        self.queue_count = 0
        self.hold_count = 0
        self.blocks = [None] * NUM_TASKS
        self.list = None
        self.current = None
        self.current_id = -1

    def add_task(self, ident, priority, queue, task):
        self.current = TaskControlBlock(self.list, ident, priority, queue, task)
        self.list = self.current
        self.blocks[ident] = self.current

    def add_running_task(self, ident, priority, queue, task):
        self.add_task(ident, priority, queue, task)
        self.current.set_running()

    def schedule(self):
        self.current = self.list
        while self.current is not None:
            if self.current.is_held_or_suspended():
                self.current = self.current.link
            else:
                self.current_id = self.current.ident
                self.current = self.current.run()

    def release(self, ident):
        tcb = self.blocks[ident]
        if tcb is None:
            return tcb
        tcb.mark_not_held()
        if tcb.priority > self.current.priority:
            return tcb
        return self.current

    def hold_current(self):
        self.hold_count += 1
        self.current.mark_held()
        return self.current.link

    def suspend_current(self):
        self.current.mark_suspended()
        return self.current

    def queue(self, packet):
        target = self.blocks[packet.ident]
        if target is None:
            return target
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current_id
        return target.check_priority_add(self.current, packet)


class IdleTask:
    def __init__(self, sched, v1, count):
        self.sched = sched
        self.v1 = v1
        self.count = count

    def run(self, packet):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_current()
        if (self.v1 & 1) == 0:
            self.v1 = self.v1 >> 1
            return self.sched.release(ID_DEVICE_A)
        self.v1 = (self.v1 >> 1) ^ 0xD008
        return self.sched.release(ID_DEVICE_B)


class DeviceTask:
    def __init__(self, sched):
        self.sched = sched
        self.pending = None

    def run(self, packet):
        if packet is None:
            if self.pending is None:
                return self.sched.suspend_current()
            p = self.pending
            self.pending = None
            return self.sched.queue(p)
        self.pending = packet
        return self.sched.hold_current()


class WorkerTask:
    def __init__(self, sched, dest, letter):
        self.sched = sched
        self.dest = dest
        self.letter = letter

    def run(self, packet):
        if packet is None:
            return self.sched.suspend_current()
        if self.dest == ID_HANDLER_A:
            self.dest = ID_HANDLER_B
        else:
            self.dest = ID_HANDLER_A
        packet.ident = self.dest
        packet.a1 = 0
        for i in range(DATA_SIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            packet.a2[i] = self.letter
        return self.sched.queue(packet)


class HandlerTask:
    def __init__(self, sched):
        self.sched = sched
        self.work = None
        self.devices = None

    def run(self, packet):
        if packet is not None:
            if packet.kind == KIND_WORK:
                self.work = packet.add_to(self.work)
            else:
                self.devices = packet.add_to(self.devices)
        if self.work is not None:
            count = self.work.a1
            if count < DATA_SIZE:
                if self.devices is not None:
                    dev = self.devices
                    self.devices = dev.link
                    dev.a1 = self.work.a2[count]
                    self.work.a1 = count + 1
                    return self.sched.queue(dev)
            else:
                w = self.work
                self.work = w.link
                return self.sched.queue(w)
        return self.sched.suspend_current()


def run_once(count):
    s = Scheduler()
    s.add_running_task(ID_IDLE, 0, None, IdleTask(s, 1, count))

    q = Packet(None, ID_WORKER, KIND_WORK)
    q = Packet(q, ID_WORKER, KIND_WORK)
    s.add_task(ID_WORKER, 1000, q, WorkerTask(s, ID_HANDLER_A, 0))

    q = Packet(None, ID_DEVICE_A, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_A, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_A, KIND_DEVICE)
    s.add_task(ID_HANDLER_A, 2000, q, HandlerTask(s))

    q = Packet(None, ID_DEVICE_B, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_B, KIND_DEVICE)
    q = Packet(q, ID_DEVICE_B, KIND_DEVICE)
    s.add_task(ID_HANDLER_B, 3000, q, HandlerTask(s))

    s.add_task(ID_DEVICE_A, 4000, None, DeviceTask(s))
    s.add_task(ID_DEVICE_B, 5000, None, DeviceTask(s))

    s.schedule()
    return s.queue_count, s.hold_count


def main():
    total_queued = 0
    total_held = 0
    for r in range(REPS):
        queued, held = run_once(COUNT + r)
        total_queued += queued
        total_held += held
    print("richards reps=%d queued=%d held=%d" % (REPS, total_queued, total_held))


main()
