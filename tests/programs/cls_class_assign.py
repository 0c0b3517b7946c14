# Assigning obj.__class__: methods, attributes and isinstance follow the new
# class; incompatible layouts and non-classes are refused as in CPython.
class Idle:
    def act(self):
        return "idle " + self.name

    def next_state(self):
        self.__class__ = Busy


class Busy:
    def act(self):
        return "busy " + self.name

    def next_state(self):
        self.__class__ = Idle


class Worker(Idle):
    pass


w = Idle()
w.name = "w1"
log = []
for i in range(200):
    log.append(w.act())
    if i % 3 == 0:
        w.next_state()
print(log[:7], len(log), log.count("busy w1"))
print(type(w).__name__, isinstance(w, Busy), isinstance(w, Idle), w.__class__.__name__)
w.__class__ = Worker
print(type(w).__name__, isinstance(w, Idle), w.act())


class Slotted:
    __slots__ = ("a",)


class MyList(list):
    pass


class MyErr(Exception):
    pass


for target, value in [(Idle(), 5), (Idle(), Slotted), (Idle(), MyList), (Idle(), MyErr), (MyErr("x"), Idle), (MyList(), Idle)]:
    try:
        target.__class__ = value
        print("assigned", type(target).__name__)
    except TypeError as e:
        print("TypeError", e)
try:
    del w.__class__
except TypeError as e:
    print("TypeError", e)
e = MyErr("boom")


class OtherErr(Exception):
    pass


e.__class__ = OtherErr
print(type(e).__name__, e.args, isinstance(e, MyErr))
