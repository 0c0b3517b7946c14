# A hand-written generator-based context manager (next/throw), like contextlib.contextmanager.
class GenCM:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, et, ev, tb):
        if et is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
        else:
            try:
                self.gen.throw(ev)
            except StopIteration:
                return True
            except BaseException as e:
                if e is ev:
                    return False
                raise
        return False


def opened(name):
    print("open", name)
    try:
        yield name + "-handle"
    except KeyError as e:
        print("handled inside generator:", e)
    finally:
        print("close", name)


with GenCM(opened("f1")) as h:
    print("using", h)

with GenCM(opened("f2")) as h:
    raise KeyError("oops")
print("continued")

try:
    with GenCM(opened("f3")):
        raise ValueError("not handled")
except ValueError as e:
    print("outside got", e)
