# Error: finally clauses run (and print) while an IndexError propagates out of nested try blocks.
def inner():
    try:
        return [1, 2, 3][3]
    finally:
        print("inner finally")
def outer():
    try:
        inner()
    except KeyError:
        print("wrong handler")
    finally:
        print("outer finally")
print("begin")
outer()
print("not reached")
