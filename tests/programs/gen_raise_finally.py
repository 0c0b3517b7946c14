# Generators that raise, try/finally inside generators, exceptions propagating to the consumer.
def risky(n):
    for i in range(n):
        if i == 3:
            raise ValueError("bad item " + str(i))
        yield i


out = []
try:
    for v in risky(10):
        out.append(v)
except ValueError as e:
    print("caught", e, "after", out)

g = risky(5)
print(next(g), next(g), next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "generator is finished"))


def guarded():
    try:
        yield "a"
        yield "b"
        raise KeyError("inside")
    except KeyError as e:
        print("generator caught", e)
        yield "recovered"
    finally:
        print("generator finally")


print(list(guarded()))


def gen_stopiteration():
    yield 1
    raise StopIteration("inside generator")


try:
    list(gen_stopiteration())
except RuntimeError as e:
    print("RuntimeError:", e)


def sum_until_error(it):
    total = 0
    try:
        for x in it:
            total += x
    except ZeroDivisionError:
        return ("error", total)
    return ("ok", total)


print(sum_until_error(10 // x for x in [5, 2, 1]))
print(sum_until_error(10 // x for x in [5, 2, 0, 1]))
