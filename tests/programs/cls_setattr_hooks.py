# __setattr__ / __delattr__ / __getattribute__-free hooks: validation, read-only, logging.
class Logged:
    def __init__(self):
        object.__setattr__(self, "history", [])
        self.x = 1

    def __setattr__(self, name, value):
        self.history.append(("set", name, value))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        self.history.append(("del", name))
        object.__delattr__(self, name)


o = Logged()
o.y = 2
o.x += 10
del o.y
print(o.x, hasattr(o, "y"))
print(o.history)


class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)

    def __setattr__(self, name, value):
        raise AttributeError("Frozen instance: cannot set " + repr(name))

    def __repr__(self):
        return "Frozen(" + ", ".join("%s=%r" % kv for kv in sorted(vars(self).items())) + ")"


f = Frozen(a=1, b="two")
print(f, f.a, f.b)
try:
    f.a = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(f, "c", 3)
except AttributeError as e:
    print("AttributeError:", e)


class Typed:
    fields = {"n": int, "s": str}

    def __setattr__(self, name, value):
        expected = self.fields.get(name)
        if expected is not None and not isinstance(value, expected):
            raise TypeError("%s must be %s, not %s" % (name, expected.__name__, type(value).__name__))
        super().__setattr__(name, value)


t = Typed()
t.n = 3
t.s = "ok"
t.other = [1]
print(t.n, t.s, t.other)
for name, val in [("n", "3"), ("s", 4), ("n", 4.5)]:
    try:
        setattr(t, name, val)
    except TypeError as e:
        print("TypeError:", e)
print(sorted(vars(t)))
