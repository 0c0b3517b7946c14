# raise X from Y, __cause__, __context__, __suppress_context__, from None.
class ConfigError(Exception):
    pass


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError("bad value " + repr(s)) from e


try:
    parse("abc")
except ConfigError as e:
    print("error:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print("cause:", e.__cause__)
    print("context:", repr(e.__context__))
    print("suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print("cause:", e.__cause__, "context:", type(e.__context__).__name__, "suppress:", e.__suppress_context__)

try:
    raise TypeError("outer") from KeyError("inner")
except TypeError as e:
    print(repr(e.__cause__), e.__context__)

err = ValueError("fresh")
print(err.__cause__, err.__context__, err.__suppress_context__)


def chain():
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise IndexError("b")
        except IndexError as b:
            raise NameError("c") from b


try:
    chain()
except NameError as c:
    x = c
    names = []
    while x is not None:
        names.append(type(x).__name__)
        x = x.__cause__ or x.__context__
    print(names)
