# Scoping: global declarations, reading globals, shadowing, UnboundLocalError when a local is read before assignment.
count = 0
def bump():
    global count
    count += 1
    return count
bump(); bump()
print(count)

def read_only():
    return count * 10
print(read_only())

def shadow():
    count = 100
    return count
print(shadow(), count)

def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)

def broken():
    try:
        print(count)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    except NameError as e:
        print("NameError", e)
    count = 5
    return count
print(broken())

x = "global x"
def outer():
    x = "outer x"
    def inner():
        return x
    return inner()
print(outer(), x)

def uses_builtin():
    return len([1, 2, 3])
print(uses_builtin())

def shadows_builtin():
    len = lambda s: -1
    return len([1, 2, 3])
print(shadows_builtin(), len([1]))

total = 0
def accumulate(values):
    global total
    for v in values:
        total += v
accumulate(range(10))
accumulate([100])
print(total)

def swap_globals():
    global ga, gb
    ga, gb = gb, ga
ga, gb = 1, 2
swap_globals()
print(ga, gb)

for loop_var in range(3):
    pass
def see_loop_var():
    return loop_var
print(see_loop_var())

def del_global():
    global ga
    del ga
del_global()
try:
    print(ga)
except NameError as e:
    print("NameError", e)
