# traceback, __traceback__, sys.exc_info, builtins, gc and linecache.
import builtins
import gc
import linecache
import sys
import traceback


def show(text):
    print(text.replace(__file__, "FILE"), end="")


def inner(x):
    if x > 2:
        raise ValueError("bad value %d" % x)
    inner(x + 1)


def outer():
    try:
        inner(0)
    except ValueError as e:
        show(traceback.format_exc())
        tb = e.__traceback__
        print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
        n = 0
        while tb is not None:
            n += 1
            last = tb
            tb = tb.tb_next
        print(n, last.tb_lineno, last.tb_frame.f_code.co_name)
        for fs in traceback.extract_tb(e.__traceback__):
            print(fs.name, fs.lineno, fs.line)
            name, lineno, fname, line = fs
            print(lineno == fs.lineno, line)
        print(traceback.format_exception_only(type(e), e))
        show(traceback.format_tb(e.__traceback__)[-1])
        show("".join(traceback.format_tb(e.__traceback__, limit=1)))
        show("".join(traceback.format_tb(e.__traceback__, limit=-1)))
        et, ev, etb = sys.exc_info()
        print(et is ValueError, ev is e, etb.tb_lineno)


outer()


class AppError(Exception):
    pass


def lookup(d):
    d.pop("k")


def chain():
    try:
        lookup({})
    except KeyError as ke:
        raise AppError("wrapped") from ke


try:
    chain()
except AppError as ae:
    show("".join(traceback.format_exception(ae)))
    show("".join(traceback.format_exception(ae, chain=False)))
    show("".join(traceback.format_exception(type(ae), ae, ae.__traceback__)))


def fails_twice():
    try:
        raise ZeroDivisionError("first")
    except ZeroDivisionError:
        raise TypeError("second")


try:
    fails_twice()
except TypeError:
    show(traceback.format_exc())


def rec(n):
    if n == 0:
        raise RuntimeError()
    rec(n - 1)


try:
    rec(10)
except RuntimeError:
    show(traceback.format_exc())

print(repr(traceback.format_exc()))
print(sys.exc_info())
e = ValueError("never raised")
print(e.__traceback__)
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(None))
print(traceback.format_exception(KeyError("x"), chain=True))


class Quiet(Exception):
    def __str__(self):
        return ""


try:
    raise Quiet("x")
except Quiet:
    show(traceback.format_exc(limit=0))

print(builtins.len([1, 2]), builtins.print is print, builtins.max(3, 4))
print(builtins.ValueError is ValueError, builtins.__name__)
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()).__name__)
print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 100000)))
