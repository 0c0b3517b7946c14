# try/finally in functions and loops: return overriding, break/continue through finally.
def f1():
    try:
        return "try"
    finally:
        print("f1 finally")


def f2():
    try:
        return "try"
    finally:
        return "finally wins"


def f3():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("f3 body", i)
        finally:
            print("f3 finally", i)
    return "f3 done"


def f4():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed by return"


def f5(n):
    out = []
    try:
        try:
            out.append("inner try")
            if n:
                raise KeyError(n)
        finally:
            out.append("inner finally")
        out.append("after inner")
    except KeyError:
        out.append("caught")
    else:
        out.append("else")
    finally:
        out.append("outer finally")
    return out


def f6():
    x = 1
    try:
        return x
    finally:
        x = 99
        print("x set to", x)


def f7():
    i = 0
    while True:
        try:
            i += 1
            if i > 3:
                return i
        finally:
            print("f7 loop finally", i)


print(f1())
print(f2())
print(f3())
print(f4())
print(f5(0))
print(f5(1))
print(f6())
print(f7())


def counter():
    count = 0
    for i in range(3):
        try:
            try:
                if i == 1:
                    raise IndexError
            finally:
                count += 10
        except IndexError:
            count += 1
    return count


print(counter())
