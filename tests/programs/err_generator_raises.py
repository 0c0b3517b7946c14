# Error: an exception escapes from a generator consumed by a for loop.
def readings(values):
    for v in values:
        if v < 0:
            raise ValueError("negative reading: %d" % v)
        yield v * 10


total = 0
for r in readings([1, 2, 3, -4, 5]):
    total += r
    print("running total", total)
