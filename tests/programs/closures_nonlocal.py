# Closures: counters with nonlocal, independent closure instances, multi-level nonlocal, closures over parameters.
def make_counter(start=0):
    n = start
    def inc(step=1):
        nonlocal n
        n += step
        return n
    return inc

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(-50))

def make_account(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get

dep, wd, get = make_account(10)
print(dep(5), wd(3), wd(100), get(), dep(0.5), get())

def outer():
    x = 1
    def middle():
        def inner():
            nonlocal x
            x *= 10
            return x
        return inner
    f = middle()
    f(); f()
    return x
print(outer())

def levels():
    a = "L1"
    def l2():
        b = "L2"
        def l3():
            nonlocal a
            a = a + "+" + b
            return a
        return l3()
    r = l2()
    return r, a
print(levels())

def adder(n):
    return lambda x: x + n
add5 = adder(5)
add10 = adder(10)
print(add5(1), add10(1), adder(-1)(1))

def closure_sees_rebinding():
    v = "before"
    def get():
        return v
    v = "after"
    return get()
print(closure_sees_rebinding())

def running_avg():
    total = 0
    count = 0
    def add(x):
        nonlocal total, count
        total += x
        count += 1
        return total / count
    return add
avg = running_avg()
print(avg(10), avg(20), avg(0), avg(2**60))

def fib_gen():
    a, b = 0, 1
    def nxt():
        nonlocal a, b
        r = a
        a, b = b, a + b
        return r
    return nxt
nf = fib_gen()
print([nf() for _ in range(15)])
for i in range(85):
    nf()
print(nf())

def shared_cell():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    def peek():
        return items[-1] if items else None
    return push, peek
push, peek = shared_cell()
print(peek(), push("a"), push("b"), peek())
