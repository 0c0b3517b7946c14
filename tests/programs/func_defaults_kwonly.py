# Functions: defaults (evaluated once, mutable default sharing), keyword-only args, positional/keyword mixing, return values.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))

counter = 10
def default_snapshot(v=counter):
    return v
counter = 20
print(default_snapshot(), counter)

def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))

def kw(a, *, b, c=3):
    return a, b, c
print(kw(1, b=2), kw(a=1, b=2, c=4))

def star_kw(*args, sep="-"):
    return sep.join([str(x) for x in args])
print(star_kw(1, 2, 3), star_kw(1, 2, sep="+"), star_kw())

def no_return():
    x = 1
print(no_return())
def bare_return():
    return
print(bare_return())
def multi():
    return 1, [2], "three"
print(multi())
r1, r2, r3 = multi()
print(r1, r2, r3)

def early(n):
    if n > 0:
        return "positive"
    print("  not positive:", n)
print(early(1), early(-1))

def defaults_expr(a, b=2 * 3, c=[i for i in range(3)]):
    return a + b + sum(c)
print(defaults_expr(1), defaults_expr(1, 0))

def nested_defaults(x, f=lambda y: y * 2):
    return f(x)
print(nested_defaults(21), nested_defaults(2, lambda y: y ** 10))
