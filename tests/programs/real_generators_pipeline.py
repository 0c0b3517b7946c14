import itertools, functools, operator
def read_records():
    data = """id,name,dept,salary,start
1,Ann,eng,120000,2019
2,Bob,ops,85000,2020
3,Cid,eng,99000,2021
4,Dee,sales,70000,2018
5,Eve,eng,150000,2015
6,Fay,ops,91000,2017
7,Gus,sales,66000,2022"""
    lines = iter(data.splitlines())
    header = next(lines).split(",")
    for line in lines:
        row = dict(zip(header, line.split(",")))
        row["id"] = int(row["id"]); row["salary"] = int(row["salary"]); row["start"] = int(row["start"])
        yield row

def where(pred, rows):
    for r in rows:
        if pred(r):
            yield r

def select(rows, *fields):
    return (tuple(r[f] for f in fields) for r in rows)

def take(n, it):
    return list(itertools.islice(it, n))

rows = list(read_records())
print(take(2, select(where(lambda r: r["dept"] == "eng", rows), "name", "salary")))
by_dept = {}
for r in sorted(rows, key=operator.itemgetter("dept")):
    by_dept.setdefault(r["dept"], []).append(r["name"])
print(by_dept)
for dept, grp in itertools.groupby(sorted(rows, key=lambda r: r["dept"]), key=lambda r: r["dept"]):
    g = list(grp)
    avg = sum(r["salary"] for r in g) / len(g)
    print(f"{dept:6}|{len(g):2}|{avg:>12,.1f}|{max(g, key=lambda r: r['salary'])['name']}")
print(functools.reduce(lambda a, r: a + r["salary"], rows, 0))
print(list(itertools.accumulate([r["salary"] for r in rows], max)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib()))
print(list(itertools.takewhile(lambda x: x < 100, fib())))
evens = (x for x in fib() if x % 2 == 0)
print([next(evens) for _ in range(6)])
def coroutine_avg():
    total = count = 0
    avg = None
    while True:
        try:
            x = yield avg
        except ValueError:
            total = count = 0
            avg = None
            continue
        total += x; count += 1
        avg = total / count
c = coroutine_avg(); next(c)
print([c.send(v) for v in (10, 20, 30)])
print(c.throw(ValueError))
print(c.send(5))
c.close()
def flatten(x):
    for i in x:
        if isinstance(i, (list, tuple)):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, [3, (4, 5)], []], 6, [[[[7]]]]])))
print(list(itertools.chain.from_iterable(itertools.combinations("abcd", 2))))
print(list(itertools.product(range(2), "xy")), list(itertools.permutations([1, 2, 3], 2))[:4])
print(sorted(rows, key=lambda r: (r["start"] % 3, -r["salary"]))[0]["name"])
print(list(zip(*[(r["id"], r["name"][0]) for r in rows])))
print(dict(enumerate("abc", 1)), list(reversed(range(3))), list(map(str.upper, ["a", "b"])))
gen = (i * i for i in range(5))
print(sum(gen), sum(gen))
def counter(start):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc
inc = counter(10)
print(inc(), inc(5), inc())
