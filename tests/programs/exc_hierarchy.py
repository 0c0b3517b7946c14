# Exceptions: the built-in hierarchy: catching by base class, isinstance on exception instances, type names.
names = [BaseException, Exception, ValueError, TypeError, KeyError, IndexError, ZeroDivisionError,
         AttributeError, NameError, RuntimeError, RecursionError, StopIteration, AssertionError,
         NotImplementedError, OverflowError]
for cls in names:
    inst = cls("m")
    print(cls.__name__, isinstance(inst, BaseException), isinstance(inst, Exception),
          isinstance(inst, RuntimeError), isinstance(inst, ValueError), type(inst).__name__)
print(type(ValueError("x")), type(KeyError()))
print(isinstance(RecursionError(), RuntimeError), isinstance(NotImplementedError(), RuntimeError))
print(isinstance(KeyError(), LookupError), isinstance(IndexError(), LookupError), isinstance(ZeroDivisionError(), ArithmeticError))
print(isinstance(OverflowError(), ArithmeticError), isinstance(ValueError(), (TypeError, ValueError)))
print(isinstance(ValueError(), TypeError), isinstance(5, Exception), isinstance(ValueError, Exception))

def raise_each(cls):
    try:
        raise cls("payload")
    except ArithmeticError as e:
        return "ArithmeticError<-" + type(e).__name__
    except LookupError as e:
        return "LookupError<-" + type(e).__name__
    except RuntimeError as e:
        return "RuntimeError<-" + type(e).__name__
    except Exception as e:
        return "Exception<-" + type(e).__name__
    except BaseException as e:
        return "BaseException<-" + type(e).__name__

for cls in names:
    print(cls.__name__, "->", raise_each(cls))

try:
    raise RecursionError("manual")
except RuntimeError as e:
    print("RecursionError caught as RuntimeError:", e)

def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print("real recursion caught:", type(e).__name__)
print("still running after recursion error")
try:
    recurse(0)
except RuntimeError:
    print("caught again via RuntimeError")

try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration from next:", repr(e))
try:
    undefined_thing
except NameError as e:
    print("NameError:", e)
try:
    (1).real_part
except AttributeError as e:
    print("AttributeError:", e)
try:
    raise Exception("plain")
except BaseException as e:
    print("BaseException catches Exception:", repr(e))
print(Exception("a", 1) is not None, type(Exception()) == Exception)
