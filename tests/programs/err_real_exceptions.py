# Exception handling: finally ordering, chaining, custom hierarchies.
class AppError(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg)
        self.code = code

class ConfigError(AppError):
    pass

class NetworkError(AppError):
    def __str__(self):
        return f"[net {self.code}] {self.args[0]}"

def order(n):
    log = []
    try:
        log.append("try")
        if n == 1:
            raise ValueError("one")
        if n == 2:
            return log + ["returned"]
        log.append("no-raise")
    except ValueError as e:
        log.append(f"except {e}")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for n in range(3):
    print(n, order(n))

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"
print(finally_overrides())

def nested():
    try:
        try:
            raise ConfigError("bad config", 3)
        except AppError as e:
            raise NetworkError("down", 503) from e
    except NetworkError as e:
        print("outer:", e, "| cause:", repr(e.__cause__), "| code", e.__cause__.code)
        print("suppress_context:", e.__suppress_context__, "context is cause:", e.__context__ is e.__cause__)
nested()

def implicit_context():
    try:
        try:
            {}["k"]
        except KeyError:
            1 / 0
    except ZeroDivisionError as e:
        print("context:", repr(e.__context__), "cause:", e.__cause__)
implicit_context()

def from_none():
    try:
        try:
            int("x")
        except ValueError:
            raise RuntimeError("clean") from None
    except RuntimeError as e:
        print(e.__cause__, e.__suppress_context__, repr(e.__context__))
from_none()

errors = [ConfigError("c"), NetworkError("n", 1), AppError("a"), KeyError("k"), IndexError(3), ZeroDivisionError()]
for err in errors:
    try:
        raise err
    except (ConfigError, NetworkError) as e:
        print("specific", type(e).__name__, str(e))
    except AppError as e:
        print("app", e)
    except LookupError as e:
        print("lookup", type(e).__name__, repr(e), str(e))
    except Exception as e:
        print("generic", repr(e), str(e) == "")

print(issubclass(ConfigError, AppError), issubclass(KeyError, LookupError), ConfigError.__mro__[1].__name__)
print([c.__name__ for c in NetworkError.__mro__])
e = AppError("x", 5)
print(e.args, e.code, str(e), repr(e))
print(repr(ValueError()), repr(ValueError(1, 2)), str(ValueError(1, 2)), str(KeyError("a")), str(KeyError()))

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.name == "swallow"

with Resource("swallow"):
    raise ValueError("hidden")
try:
    with Resource("a") as a, Resource("b") as b:
        raise TypeError("seen")
except TypeError as e:
    print("propagated", e)

def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(-i)
    return out
print(loop_finally())

try:
    try:
        raise ValueError("inner")
    finally:
        print("finally before propagate")
except ValueError as e:
    print("got", e)

def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraise", repr(e))

e1 = None
try:
    raise AppError("gone")
except AppError as e1:
    pass
try:
    print(e1)
except NameError as ne:
    print("NameError:", ne)

def deep(n):
    if n == 0:
        raise NetworkError("deep failure", 7)
    return deep(n - 1)

try:
    deep(3)
except AppError as ex:
    print("caught", ex, ex.code)

class Boom(Exception):
    pass
try:
    raise Boom
except Boom as b:
    print(repr(b), b.args)
try:
    try:
        raise ConfigError("first")
    except ConfigError as exc:
        raise NetworkError("second", 2) from exc
except NetworkError:
    pass
def final():
    try:
        {}["missing"]
    except KeyError as exc:
        raise ConfigError("lookup failed") from exc
final()
