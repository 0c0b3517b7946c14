# Assigning a class's __name__, __qualname__ and __module__; deleting through
# properties without a deleter and data descriptors with or without __delete__.
class A:
    pass
A.__name__ = "B"
print(A, A.__name__, A.__qualname__, A.__module__)
A.__qualname__ = "Q.B"
A.__module__ = "mod"
print(A, A.__name__, A.__qualname__, A.__module__, repr(A()).split(" object")[0])
class C:
    @property
    def x(self):
        return 1
    @x.setter
    def x(self, v):
        pass
c = C()
try:
    del c.x
except AttributeError as e:
    print(e)
class E:
    def __get__(self, o, t): return 1
    def __set__(self, o, v): pass
class F:
    x = E()
try:
    del F().x
except AttributeError as e:
    print(e)
try:
    C.__name__ = 5
except TypeError as e:
    print(e)
D = type("D", (), {})
D.__name__ = "Renamed"
print(D, D().__class__.__name__)
