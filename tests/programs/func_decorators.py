# Functions: decorators written as plain functions (wrappers, decorator factories, stacking), higher-order functions.
def trace(fn):
    def wrapper(*args, **kwargs):
        print("call with", args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

@trace
def add(a, b=1):
    return a + b

add(2, 3)
add(5)
add(a=1, b=-1)

def repeat(n):
    def deco(fn):
        def wrapper(*args):
            out = []
            for i in range(n):
                out.append(fn(*args))
            return out
        return wrapper
    return deco

@repeat(3)
def shout(word):
    return word + "!"

print(shout("hey"))

def tag(label):
    def deco(fn):
        def wrapper(x):
            return "<" + label + ">" + fn(x) + "</" + label + ">"
        return wrapper
    return deco

@tag("b")
@tag("i")
def text(x):
    return str(x)

print(text(42))

calls = {"n": 0}
def counted(fn):
    def wrapper(*args):
        calls["n"] += 1
        return fn(*args)
    return wrapper

@counted
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(15), calls["n"])

def memo(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper

@memo
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(slow_fib(150))

def apply_twice(f, x):
    return f(f(x))
print(apply_twice(lambda v: v * 3, 7), apply_twice(text, "a"))

def make_decorated(fn):
    return trace(fn)
square = make_decorated(lambda v: v * v)
print(square(9))
order = []
def d1(fn):
    order.append("d1 applied")
    return fn
def d2(fn):
    order.append("d2 applied")
    return fn
@d1
@d2
def nothing():
    return "nothing"
print(order, nothing())
