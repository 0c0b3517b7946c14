class A:
    __module__ = "pkg.mod"
class B:
    pass
class MyErr(Exception):
    __module__ = "lib.errors"
print(A.__module__, B.__module__, A.__qualname__, MyErr.__module__)
raise MyErr("boom")
