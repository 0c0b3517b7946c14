# One call site seeing many receiver classes (the VM-wide method cache), with
# methods redefined, shadowed by instance attributes and inherited.


class Base:
    def name(self):
        return "base"

    def describe(self):
        return self.name() + "!"


def make_classes(n):
    out = []
    for i in range(n):
        def name(self, i=i):
            return "c%d" % i
        out.append(type("C%d" % i, (Base,), {"name": name}))
    return out


classes = make_classes(6)
objs = [c() for c in classes] + [Base()]
for _ in range(3):
    print([o.name() for o in objs], [o.describe() for o in objs])

classes[2].name = lambda self: "redefined"
print([o.name() for o in objs])
del classes[2].name
print([o.name() for o in objs])
objs[3].name = lambda: "instance attr"
print([o.name() for o in objs])
Base.name = lambda self: "new base"
print([o.name() for o in objs])


class Other:
    def name(self):
        return "other"


mixed = objs + [Other(), [1], "s", {"k": 1}]
out = []
for _ in range(2):
    for o in mixed:
        if isinstance(o, (Base, Other)):
            out.append(o.name())
        else:
            out.append(o.__len__())
print(out)
