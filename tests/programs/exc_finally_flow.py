# Exceptions: finally always runs; interplay with return, break, continue and exceptions (finally overriding return).
def ret_in_try():
    try:
        return "try"
    finally:
        print("  finally after return")
print(ret_in_try())

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(finally_swallows())

def except_then_finally():
    try:
        raise KeyError("k")
    except KeyError:
        return "from except"
    finally:
        print("  finally after except-return")
print(except_then_finally())

def value_captured():
    x = 1
    try:
        return x
    finally:
        x = 2
print(value_captured())

def loop_break():
    out = []
    for i in range(5):
        try:
            if i == 2:
                break
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(loop_break())

def loop_continue():
    out = []
    for i in range(3):
        try:
            if i == 1:
                continue
            out.append(i)
        finally:
            out.append("f" + str(i))
    return out
print(loop_continue())

def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break, i=" + str(i)
print(break_in_finally())

def nested_finally():
    log = []
    try:
        try:
            log.append("inner try")
            raise TypeError("t")
        finally:
            log.append("inner finally")
    except TypeError:
        log.append("outer except")
    finally:
        log.append("outer finally")
    return log
print(nested_finally())

def try_else_finally(fail):
    log = []
    try:
        log.append("try")
        if fail:
            raise ValueError()
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log
print(try_else_finally(False), try_else_finally(True))

def propagate():
    try:
        raise IndexError("through finally")
    finally:
        print("  cleanup runs before propagation")
try:
    propagate()
except IndexError as e:
    print("caught", e)

def while_return():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("  while finally", n)
print(while_return())

def finally_exception_replaces():
    try:
        try:
            raise ValueError("first")
        finally:
            raise TypeError("second")
    except Exception as e:
        return type(e).__name__ + " " + str(e)
print(finally_exception_replaces())

def continue_in_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                raise KeyError(i)
            out.append(i)
        finally:
            out.append("f")
            continue
    return out
print(continue_in_finally())

def return_in_finally_inside_loop():
    for i in range(5):
        try:
            break
        finally:
            if i == 0:
                return "finally return beats break"
print(return_in_finally_inside_loop())
