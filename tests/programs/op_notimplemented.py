# NotImplemented fallbacks: reflected ops, both sides declining, __eq__ fallback.
class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented

    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented

    def __repr__(self):
        return "A()"


class B:
    def __radd__(self, other):
        print("B.__radd__")
        return "B-handled"

    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented


print(A() + B())
try:
    A() + A()
except TypeError as e:
    print("TypeError:", e)
try:
    B() + A()
except TypeError as e:
    print("TypeError:", e)
a = A()
print(a == a)
print(A() == B())
print(A() != B())
try:
    A() < B()
except TypeError as e:
    print("TypeError:", e)
try:
    1 + A()
except TypeError as e:
    print("TypeError:", e)
try:
    A() * 2
except TypeError as e:
    print("TypeError:", e)


class SubB(B):
    def __radd__(self, other):
        print("SubB.__radd__")
        return "SubB-handled"


class Base:
    def __add__(self, other):
        print("Base.__add__")
        return "base"

    def __radd__(self, other):
        print("Base.__radd__")
        return "base-r"


class Derived(Base):
    def __radd__(self, other):
        print("Derived.__radd__")
        return "derived-r"


print(Base() + Derived())
print(Derived() + Base())
print(5 + SubB())
try:
    -A()
except TypeError as e:
    print("TypeError:", e)
try:
    len(A())
except TypeError as e:
    print("TypeError:", e)
