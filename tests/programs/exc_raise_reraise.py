# Exceptions: raise with instances and classes, bare re-raise, raising in nested calls, exception propagation through frames.
def level3(x):
    if x < 0:
        raise ValueError("negative: " + str(x))
    return x * 2
def level2(x):
    return level3(x) + 1
def level1(x):
    return level2(x) + 1
print(level1(5))
try:
    level1(-3)
except ValueError as e:
    print("caught from depth:", e)

def reraiser():
    try:
        {}["missing"]
    except KeyError:
        print("  logging then re-raising")
        raise
try:
    reraiser()
except KeyError as e:
    print("re-raised:", repr(e))

try:
    raise TypeError
except TypeError as e:
    print("class raised:", repr(e), e.args, str(e) == "")
try:
    raise IndexError()
except IndexError as e:
    print("empty instance:", repr(e))

def re_raise_modified():
    try:
        int("x")
    except ValueError as e:
        raise RuntimeError("wrapped: " + str(e))
try:
    re_raise_modified()
except RuntimeError as e:
    print(type(e).__name__, e)

err = ValueError("stored", 42)
try:
    raise err
except ValueError as e:
    print(e is err, e.args)

def raise_in_loop(limit):
    total = 0
    for i in range(100):
        if i == limit:
            raise StopIteration("stop at " + str(i))
        total += i
    return total
for lim in [5, 200]:
    try:
        print("total", raise_in_loop(lim))
    except StopIteration as e:
        print("StopIteration", e)

try:
    raise NotImplementedError("todo")
except RuntimeError as e:
    print("NotImplementedError is a RuntimeError:", type(e).__name__, e)

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
except ValueError as e:
    print("bare raise inside nested try:", e)

def outer_handles():
    try:
        inner_raises()
    except ZeroDivisionError as e:
        return "outer handled: " + str(e)
def inner_raises():
    return 10 % 0
print(outer_handles())

for exc in [ValueError, TypeError, KeyError, IndexError, RuntimeError, OverflowError, AssertionError]:
    try:
        raise exc("msg")
    except Exception as e:
        print(type(e).__name__, repr(e), str(e))
try:
    raise 5
except TypeError as e:
    print("TypeError", e)
