# A generator abandoned by break is finalized at once (close() runs its finally).
def stops_early():
    try:
        for i in range(10):
            yield i
    finally:
        print("finally in stops_early")


for v in stops_early():
    if v == 2:
        print("breaking")
        break
print("loop done")


def tracked(name):
    try:
        yield 1
        yield 2
    finally:
        print("finalized", name)


g = tracked("rebound")
print(next(g))
g = None
print("after rebinding")


def first(it):
    for x in it:
        return x


print(first(tracked("returned-from-loop")))
print("end")
