# Types: range objects: repr, len, indexing, slicing (incl. negative steps), membership, equality, iteration.
rs = [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -1), range(10, 0, -3), range(0), range(5, 5),
      range(5, 0), range(-5, 5, 2), range(0, -10, -4), range(1, 2), range(-3), range(0, 100, 7)]
for r in rs:
    print(repr(r), len(r), list(r), bool(r))
r = range(3, 30, 4)
print(r[0], r[1], r[-1], r[-2], r[len(r) - 1])
print(r[1:3], r[::2], r[::-1], r[-3:], r[:-3], r[5:1:-1], r[100:], r[1:100:3])
print(list(r[::-1]), list(r[::-2]))
print(range(10)[::-1], range(10)[2:8:2], range(10)[-1:-11:-1], range(10)[::-3])
print(3 in r, 7 in r, 31 in r, -1 in r, 27 in r, 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(range(0) == range(5, 5), range(0, 3) == range(3), range(0, 4, 2) == range(0, 3, 2), range(1) == range(2))
print(range(5) == [0, 1, 2, 3, 4], list(range(5)) == [0, 1, 2, 3, 4])
print(sum(range(101)), sum(range(0, 101, 2)), max(range(7)), min(range(3, 9)))
print(len(range(0, 10**15, 3)), range(0, 10**20, 3)[-1], 10**19 in range(0, 10**20, 2))
print(list(range(3, -3, -1)), list(range(-3, 3)), list(range(1, 10, 10)))
print(list(reversed(range(4))), sorted(range(5), reverse=True))
print(range(True, 3), list(range(False, True)))
total = 0
for i in range(1000, 0, -7):
    total += i
print(total)
print(type(range(3)), str(range(1, 3)), [range(2)])
for bad in [lambda: range(1.0), lambda: range(0, 5, 0), lambda: range(10)[10], lambda: range()]:
    try:
        print(bad())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
