# Exceptions: try/except with several handlers, tuples of types, `as` binding, else clause, handler order.
def risky(kind):
    if kind == "value":
        raise ValueError("bad value")
    if kind == "type":
        raise TypeError("bad type")
    if kind == "key":
        return {}["nokey"]
    if kind == "index":
        return [][0]
    if kind == "zero":
        return 1 // 0
    if kind == "name":
        return undefined_variable
    if kind == "attr":
        return (5).nope
    return "ok:" + kind

for kind in ["value", "type", "key", "index", "zero", "name", "attr", "none"]:
    try:
        r = risky(kind)
    except ValueError as e:
        print("ValueError handler:", e)
    except (TypeError, KeyError) as e:
        print("TypeError/KeyError handler:", type(e).__name__, e)
    except (IndexError, ZeroDivisionError):
        print("Index/Zero handler without binding")
    except Exception as e:
        print("generic handler:", type(e).__name__, e)
    else:
        print("else clause:", r)

try:
    raise KeyError("k")
except LookupError as e:
    print("caught by base LookupError", repr(e))
try:
    raise ZeroDivisionError("z")
except ArithmeticError as e:
    print("caught by base ArithmeticError", repr(e))
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("propagated to outer:", e)
try:
    [1][5]
except Exception:
    print("bare-ish Exception handler")
try:
    {}[1]
except:
    print("bare except")
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    print("bound", e)
try:
    print(e)
except NameError as err:
    print("NameError after handler:", err)
def handler_returns():
    try:
        return int("zz")
    except ValueError:
        return "fallback"
print(handler_returns())
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("raised in handler")
except ValueError as e2:
    print("outer got", repr(e2))
try:
    pass
except Exception:
    print("never")
else:
    print("else after no exception")
