# Bound methods as first-class values, unbound function access, callbacks.
class Acc:
    def __init__(self, start):
        self.total = start

    def add(self, n):
        self.total += n
        return self.total

    def get(self):
        return self.total


a = Acc(10)
f = a.add
print(f(5), f(5), a.total)
g = Acc.add
print(g(a, 100), a.get())
ops = [a.add, a.get]
print(ops[0](1), ops[1]())
print(list(map(a.add, [1, 2, 3])))
print(f.__self__ is a, f.__func__ is Acc.add)
print(f.__name__, Acc.add.__name__)
handlers = {}


class Button:
    def __init__(self, label):
        self.label = label
        self.clicks = 0

    def click(self):
        self.clicks += 1
        return self.label + " clicked " + str(self.clicks)


ok = Button("OK")
cancel = Button("Cancel")
handlers["ok"] = ok.click
handlers["cancel"] = cancel.click
for key in ["ok", "ok", "cancel", "ok"]:
    print(handlers[key]())
print(ok.clicks, cancel.clicks)
sorter = sorted
words = ["bb", "a", "ccc"]
print(sorter(words, key=str.upper), sorted(words, key=len))
print(list(map(str.upper, words)))
