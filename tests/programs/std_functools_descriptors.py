# descriptors built on function.__get__, __set_name__ and a live instance __dict__
from functools import singledispatchmethod, partialmethod, partial, cached_property, wraps


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return "?"

    @fmt.register(int)
    def _(self, arg):
        return "#%d" % arg

    @fmt.register(str)
    def _(self, arg):
        return "'" + arg + "'"


f = Formatter()
print(f.fmt(5), f.fmt("x"), f.fmt(1.5))


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state):
        self.alive = state

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)


c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)


class Greeter:
    greet = partial(lambda greeting, name: greeting + ", " + name, "hello")


print(Greeter.greet("bob"), Greeter().greet("amy"))


class Circle:
    def __init__(self, r):
        self.r = r

    @cached_property
    def area(self):
        print("computing area")
        return 3 * self.r * self.r


cc = Circle(2)
print(cc.area, cc.area, "area" in vars(cc))
del cc.area
print(cc.area)


def deco(func):
    @wraps(func)
    def inner(*args):
        return func(*args)
    return inner


class K:
    @deco
    def method(self):
        """Docstring here."""
        return 1


print(K.method.__name__, K.method.__qualname__, K.method.__doc__, K.method.__module__, K().method())
