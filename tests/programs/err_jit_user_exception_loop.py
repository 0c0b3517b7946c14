# Error: a user exception with a custom message raised from inside a hot loop
# in a method called through a generator, uncaught at module level.
class LimitExceeded(Exception):
    pass

class Meter:
    def __init__(self, limit):
        self.limit = limit
        self.total = 0

    def add(self, v):
        self.total += v
        if self.total > self.limit:
            raise LimitExceeded("total %d over limit %d" % (self.total, self.limit))
        return self.total

def feed(n):
    for i in range(n):
        yield i * 3

m = Meter(100000)
for step, v in enumerate(feed(10 ** 6)):
    t = m.add(v)
    if step % 50 == 0:
        print(step, t)
print("unreachable")
