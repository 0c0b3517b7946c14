# Exceptions raised inside __init__, methods, properties and dunders propagate.
class Account:
    def __init__(self, owner, balance):
        if balance < 0:
            raise ValueError("negative balance for " + owner)
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise RuntimeError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount
        return self.balance


accounts = []
for owner, bal in [("ann", 10), ("bob", -5), ("cy", 0)]:
    try:
        accounts.append(Account(owner, bal))
    except ValueError as e:
        print("ValueError:", e)
print([a.owner for a in accounts])
a = accounts[0]
for amt in [3, 4, 5]:
    try:
        print("left", a.withdraw(amt))
    except RuntimeError as e:
        print("RuntimeError:", e)


class Strict:
    def __init__(self, *args):
        self.args = args

    def __len__(self):
        raise OverflowError("too long to count")

    def __getitem__(self, i):
        raise LookupError("no item " + str(i))


s = Strict(1, 2)
try:
    len(s)
except OverflowError as e:
    print("OverflowError:", e)
try:
    s[3]
except LookupError as e:
    print(type(e).__name__ + ":", e)
try:
    Account("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Account("x", 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Account(owner="x", balance=1, extra=2)
except TypeError as e:
    print("TypeError:", e)


class BadInit:
    def __init__(self):
        return 5


try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)


class Partial:
    def __init__(self):
        self.a = 1
        raise KeyError("half built")


try:
    Partial()
except KeyError as e:
    print("KeyError:", e)
