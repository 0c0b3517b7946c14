# Golden trace: a method call on an instance in a loop (cached lookup, inlined).
class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k):
        self.n += k


def run(m):
    c = Counter()
    for i in range(m):
        c.bump(i & 3)
    return c.n


print(run(3000))
