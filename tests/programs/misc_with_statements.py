# with statements: multiple managers, exceptions in __enter__, generator-based managers by hand.
class Managed:
    log = []

    def __init__(self, name, fail_enter=False):
        self.name = name
        self.fail_enter = fail_enter

    def __enter__(self):
        Managed.log.append("enter " + self.name)
        if self.fail_enter:
            raise RuntimeError("cannot enter " + self.name)
        return self

    def __exit__(self, et, ev, tb):
        Managed.log.append("exit " + self.name + (" " + et.__name__ if et else ""))
        return False


try:
    with Managed("a"), Managed("b", fail_enter=True), Managed("c"):
        Managed.log.append("body")
except RuntimeError as e:
    print("RuntimeError:", e)
print(Managed.log)
Managed.log.clear()

try:
    with Managed("outer"):
        with Managed("inner"):
            raise IndexError("deep")
except IndexError:
    pass
print(Managed.log)


class Suppress:
    def __init__(self, *types):
        self.types = types

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.caught = ev
        return et is not None and issubclass(et, self.types)


with Suppress(ZeroDivisionError, KeyError) as s:
    {}["nope"]
print("suppressed", repr(s.caught))
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print("IndexError escaped:", e)


def use_in_loop():
    results = []
    for i in range(4):
        with Suppress(ZeroDivisionError):
            results.append(10 // (i - 2))
    return results


print(use_in_loop())
