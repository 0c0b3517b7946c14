# An inconsistent MRO raises TypeError at class creation.
class A: pass
class B(A): pass
try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class D(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)

class E(B, A): pass
print([k.__name__ for k in E.__mro__])
