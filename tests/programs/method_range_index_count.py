r = range(3, 30, 4)
print(r.index(3), r.index(27), r.count(7), r.count(8), r.index(True) if 1 in r else "-")
print(range(10).index(True), range(10).count(False), range(5).count(2.0), range(5).index(3.0))
print(range(10, 0, -3).index(4), range(-5, 5).index(-5), range(2 ** 70, 2 ** 70 + 5).index(2 ** 70 + 4))
for bad in [lambda: r.index(4), lambda: range(0).index(0), lambda: range(5).index("a"), lambda: range(3).index(2.5)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(sum(range(100).count(i) for i in range(-5, 105)))
