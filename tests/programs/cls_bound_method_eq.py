# Bound method equality: same function and same instance compare equal, but are new objects.
class Acc:
    def add(self, n):
        return n

    def get(self):
        return 0


a = Acc()
b = Acc()
print(a.add == a.add, a.add is a.add, a.add != a.add)
print(a.add == b.add, a.add == a.get)
m = a.get
print(m == a.get, m is a.get, m.__self__ is a)
print(len({a.add, a.add, b.add}))
