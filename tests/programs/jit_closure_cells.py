# Closure cells read and written in hot loops (nonlocal counters, cells shared by
# several closures, a cell deleted mid-run, a late-bound free variable).


def counter():
    n = 0

    def bump(k):
        nonlocal n
        n += k
        return n

    def peek():
        return n

    return bump, peek


def run_counter(rounds):
    bump, peek = counter()
    t = 0
    for i in range(rounds):
        t += bump(i % 5)
        if peek() % 7 == 0:
            t -= 1
    return t, peek()


def shared_cells(n):
    total = 0
    scale = 1

    def add(x):
        nonlocal total
        total += x * scale

    for i in range(n):
        add(i)
        if i == n // 2:
            scale = 3
    return total


def unbound(n):
    def use():
        return value

    out = []
    for i in range(n):
        try:
            out.append(use())
        except NameError as e:
            out.append(str(e))
            break
        if i == n - 3:
            del value
        value = i if i == 0 else value + i
    return out[-3:]


def late_bound(n):
    fs = [lambda: i for i in range(4)]
    t = 0
    for _ in range(n):
        for f in fs:
            t += f()
    return t


def queens_like(n):
    queens = []
    count = 0

    def ok(c):
        for r in range(len(queens)):
            q = queens[r]
            if q == c or abs(q - c) == len(queens) - r:
                return False
        return True

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if ok(c):
                queens.append(c)
                place(row + 1)
                queens.pop()

    place(0)
    return count


print(run_counter(500))
print(shared_cells(400))
value = 0
print(unbound(50))
print(late_bound(300))
print(queens_like(6))
