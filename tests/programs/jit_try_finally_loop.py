# JIT: try/except/else/finally inside hot loops with break, continue and
# return passing through finally blocks; exceptions re-raised and chained.
def run(n, stop_at):
    log = []
    total = 0
    for i in range(n):
        try:
            if i % 50 == 49:
                raise ValueError("v%d" % i)
            if i == stop_at:
                break
            if i % 7 == 0:
                continue
            total += i
        except ValueError as e:
            log.append(str(e))
            total -= 1
        else:
            total += 1
        finally:
            total += 2
        if i % 100 == 0:
            print("  run", i, total)
    return total, log

print(run(400, 333))
print(run(400, 57))
print(run(400, -1))

def ret_in_finally_loop(n):
    count = 0
    for i in range(n):
        try:
            if i == n - 3:
                return ("returned", i, count)
        finally:
            count += 1
    return ("fell", count)

print(ret_in_finally_loop(300), ret_in_finally_loop(2))

def swallow(n):
    out = 0
    for i in range(n):
        try:
            try:
                if i % 90 == 89:
                    1 // 0
                out += i
            finally:
                out += 1000
        except ZeroDivisionError:
            out = -out if out > 10 ** 6 else out + 7
    return out

print("swallow", swallow(500))

# re-raise with a different exception, chaining inspected
causes = []
for i in range(300):
    try:
        try:
            if i % 100 == 99:
                {}["k%d" % i]
        except KeyError as e:
            raise RuntimeError("wrapped %d" % i) from e
    except RuntimeError as e:
        causes.append((str(e), type(e.__cause__).__name__, str(e.__cause__)))
print(causes)

# exception variable is unbound after except
x = None
for i in range(200):
    try:
        if i == 150:
            raise IndexError("idx")
    except IndexError as err:
        x = str(err)
try:
    err
except NameError:
    print("err unbound", x)

# nested loops with finally on the outer loop running during inner break
trace = []
for a in range(3):
    try:
        for b in range(200):
            if b == 60 + a:
                break
        trace.append((a, b))
    finally:
        trace.append(("f", a))
print(trace)
