class A: pass
class B(A): pass
print(A.__subclasses__())
print(len(int.__subclasses__()) >= 0)
print(Exception.mro()[:2])
print([c.__name__ for c in ArithmeticError.__subclasses__()])
