import contextlib
class Resource:
    log = []
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit
    def __enter__(self):
        Resource.log.append(f"open {self.name}")
        return self
    def __exit__(self, et, ev, tb):
        Resource.log.append(f"close {self.name} {et.__name__ if et else None}")
        if self.fail_on_exit:
            raise RuntimeError(f"exit failed for {self.name}")
        return et is KeyError
with Resource("a") as a, Resource("b") as b:
    Resource.log.append(f"body {a.name}{b.name}")
with Resource("c"):
    raise KeyError("swallowed")
try:
    with Resource("d"), Resource("e", fail_on_exit=True):
        raise ValueError("inner")
except RuntimeError as e:
    print("got", e, "context:", repr(e.__context__))
print(Resource.log)
def f(n):
    try:
        if n == 0:
            return "zero"
        if n == 1:
            raise ValueError("one")
        return "many"
    except ValueError as e:
        return f"handled {e}"
    finally:
        print(f"finally {n}")
print(f(0), f(1), f(2))
def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    return i
print(g())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
def nested():
    try:
        try:
            raise TypeError("t")
        except TypeError:
            raise ValueError("v")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e, type(e.__context__).__name__)
nested()
class MyErr(Exception):
    def __init__(self, code, *rest):
        super().__init__(code, *rest)
        self.code = code
    def __str__(self):
        return f"[E{self.code}] {self.args[1:]}"
try:
    raise MyErr(42, "a", "b")
except Exception as e:
    print(e, repr(e), e.args, e.code, isinstance(e, MyErr))
for exc in (ValueError(), ValueError("x"), ValueError("x", 2), KeyError("k"), KeyError(), IndexError(3), OSError("disk"), StopIteration(5)):
    print(type(exc).__name__, repr(str(exc)), repr(exc), exc.args)
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise RuntimeError("r") from None
except RuntimeError as r:
    print(r.__cause__, r.__suppress_context__, type(r.__context__).__name__)
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("zde inside tag")
    finally:
        print(f"</{name}>")
with tag("p") as t:
    print("inside", t)
with tag("div"):
    1 / 0
with contextlib.suppress(KeyError, IndexError):
    [][1]
print("after suppress")
stack = []
with contextlib.ExitStack() if hasattr(contextlib, "ExitStack") else tag("x") as es:
    pass
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen cleanup")
gi = gen()
print(next(gi))
gi.close()
print(list(gen()))
try:
    raise ExceptionGroup if False else AssertionError("assert msg")
except AssertionError as e:
    print("assert", e)
try:
    assert 1 == 2, "one is not two"
except AssertionError as e:
    print(e)
def raiser(kind):
    raise kind("boom")
for kind in (LookupError, KeyError, IndexError, ArithmeticError, ZeroDivisionError, PermissionError, FileNotFoundError):
    try:
        raiser(kind)
    except LookupError as e:
        print("lookup", type(e).__name__)
    except ArithmeticError as e:
        print("arith", type(e).__name__)
    except OSError as e:
        print("os", type(e).__name__, isinstance(e, IOError))
print(issubclass(KeyError, LookupError), issubclass(TimeoutError, OSError), issubclass(UserWarning, Warning), BaseException.__subclasses__ is not None)
try:
    {}.pop("missing")
except KeyError as e:
    print(repr(e), str(e))
try:
    int("abc")
except ValueError as e:
    print(e)
try:
    None.attr
except AttributeError as e:
    print(e)
try:
    "x" + 1
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
try:
    [1, 2].index(3)
except ValueError as e:
    print(e)
try:
    (lambda a, b: 0)(1)
except TypeError as e:
    print(e)
try:
    import nonexistent_mod
except ImportError as e:
    print(type(e).__name__, e, e.name if hasattr(e, "name") else "")
