# sys: attributes and functions with deterministic results.
import sys
import math

print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode)
print(sys.version_info[0], sys.version_info[:2], sys.version_info >= (3, 8), sys.version_info < (4,))
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.float_info.max_exp, sys.float_info.min_exp)
print(sys.float_info.max_10_exp, sys.float_info.min_10_exp, sys.float_info.radix, sys.float_info.rounds)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
print(sys.float_info.max * 2, math.isinf(sys.float_info.max * 2))
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("mod_sys.py"))
print(type(sys.path).__name__, type(sys.modules).__name__)
print("sys" in sys.modules, "math" in sys.modules, sys.modules["math"] is math, sys.modules["sys"] is sys)
print(sys.getrecursionlimit())
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(4300)
print(sys.getdefaultencoding(), sys.intern("abc"))

n = sys.stdout.write("written without newline")
sys.stdout.write("\n")
print(n)
sys.stdout.flush()
print(sys.exc_info())
try:
    raise ValueError("boom")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is None or tb is not None, t is ValueError)
    try:
        {}["k"]
    except KeyError:
        print(sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())


def handler():
    try:
        1 / 0
    except ZeroDivisionError:
        return sys.exc_info()[1]


print(repr(handler()), sys.exc_info() == (None, None, None))
for obj in [0, 1, 2**30, 2**60, True, 1.5, None, "", "abc", "é", (), (1, 2), [], {}, {"a": 1}, {1: 2}]:
    print(repr(obj), sys.getsizeof(obj))
print(sys.getsizeof(2**1000) > sys.getsizeof(2**100), sys.getsizeof("x" * 100) - sys.getsizeof(""))
for bad in [0, -5, 1.5]:
    try:
        sys.setrecursionlimit(bad)
    except Exception as e:
        print(type(e).__name__ + ":", e)
try:
    sys.exit(3)
except SystemExit as e:
    print("exit", e.args)
try:
    sys.exit()
except SystemExit as e:
    print("exit", e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("exit", e.args)
print("stderr is separate", file=sys.stderr) if False else print("done")
