from functools import singledispatch, singledispatchmethod, partialmethod, partial


@singledispatch
def describe(obj):
    return "object " + repr(obj)


@describe.register(int)
def _(obj):
    return "int %d" % obj


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return "sequence of %d" % len(obj)


def _describe_str(obj):
    return "str " + obj


describe.register(str, _describe_str)


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register(Animal)
def _(obj):
    return "animal " + type(obj).__name__


for v in [1, True, "hi", [1, 2], (1,), 2.5, None, Dog(), Animal()]:
    print(describe(v))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is describe.registry[object])
print(sorted(c.__name__ for c in describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
