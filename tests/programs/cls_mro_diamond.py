# Multiple inheritance: C3 MRO, diamond, super() chains through the MRO.
class A:
    def __init__(self):
        print("A.__init__")
        self.trail = ["A"]

    def who(self):
        return "A"


class B(A):
    def __init__(self):
        print("B.__init__ start")
        super().__init__()
        self.trail.append("B")
        print("B.__init__ end")

    def who(self):
        return "B>" + super().who()


class C(A):
    def __init__(self):
        print("C.__init__ start")
        super().__init__()
        self.trail.append("C")
        print("C.__init__ end")

    def who(self):
        return "C>" + super().who()


class D(B, C):
    def __init__(self):
        print("D.__init__ start")
        super().__init__()
        self.trail.append("D")
        print("D.__init__ end")

    def who(self):
        return "D>" + super().who()


d = D()
print(d.trail)
print(d.who())
print([k.__name__ for k in D.__mro__])


class X: pass
class Y: pass
class Z: pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class Top(K1, K2, K3): pass


print([k.__name__ for k in Top.__mro__])
print([k.__name__ for k in K2.__mro__])


class Base:
    def hello(self):
        return "Base.hello"


class Left(Base):
    pass


class Right(Base):
    def hello(self):
        return "Right.hello"


class Both(Left, Right):
    pass


print(Both().hello())
print(isinstance(Both(), Right), issubclass(Both, Base))
