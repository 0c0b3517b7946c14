def f():
    x = 1
    del x
    try:
        print(x)
    except UnboundLocalError as e:
        print("ULE", e)
f()
y = 5
del y
try:
    print(y)
except NameError as e:
    print("NE", e)
def g():
    z = 1
    def h():
        return z
    del z
    try:
        h()
    except NameError as e:
        print(type(e).__name__, e)
    try:
        print(z)
    except NameError as e:
        print(type(e).__name__, e)
g()
def loop():
    for i in range(3):
        v = i
        if i == 1:
            del v
        try:
            print(v + 1)
        except UnboundLocalError as e:
            print("ULE", e)
loop()
def k():
    a = [1]
    del a
def exc_name():
    e = 1
    for i in range(2):
        try:
            print(e)
        except NameError as ne:
            print(type(ne).__name__, ne)
        try:
            raise ValueError(i)
        except ValueError as e:
            pass
exc_name()
def params(x):
    for i in range(2):
        try:
            print(x)
            del x
        except UnboundLocalError as ue:
            print(ue)
params(7)
def while_del():
    n = 0
    w = 'w'
    while n < 3:
        n += 1
        if n == 2:
            del w
        else:
            try:
                w = w + '!'
            except UnboundLocalError as ue:
                print(ue); w = 'again'
        print(n)
    print(w)
while_del()
class C:
    a = 1
    del a
    try:
        print(a)
    except NameError as ne:
        print(ne)
def tup():
    p, q = 1, 2
    del (p, q)
    try:
        print(p)
    except UnboundLocalError as ue:
        print(ue)
tup()
def cell_del():
    c = 1
    def inner():
        return c
    del c
    try:
        del c
    except NameError as ne:
        print(type(ne).__name__, ne)
    c = 3
    return inner()
print(cell_del())
for i in range(3):
    gv = i
    if i == 1:
        del gv
    try:
        print(gv)
    except NameError as ne:
        print(ne)
def k():
    a = [1]
    del a
    a.append(2)
k()
