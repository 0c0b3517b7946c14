class B:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class A(B, tag="x"): pass
print(A.tag)
T = type("T", (B,), {}, tag="y")
print(T.tag)
