class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner}: cannot withdraw {amount:.2f}, balance {account.balance:.2f}")
        self.account = account
        self.amount = amount

class FrozenAccount(Exception):
    pass

class Account:
    _next_id = 1000
    interest = 0.0
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.frozen = False
        Account._next_id += 1
        self.id = Account._next_id
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"invalid amount {amount!r}")
        self._check()
        self.balance += amount
        self.history.append(("dep", amount))
        return self
    def withdraw(self, amount):
        self._check()
        if amount > self.balance + self.overdraft():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self
    def overdraft(self):
        return 0
    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")
    def apply_interest(self):
        gained = round(self.balance * self.interest, 2)
        self.balance += gained
        return gained
    def __repr__(self):
        return f"{type(self).__name__}({self.owner!r}, {self.balance:,.2f})"
    def __lt__(self, other):
        return self.balance < other.balance
    def __eq__(self, other):
        return isinstance(other, Account) and self.id == other.id
    def __hash__(self):
        return hash(self.id)

class Savings(Account):
    interest = 0.025
    def withdraw(self, amount):
        if len([h for h in self.history if h[0] == "wd"]) >= 3:
            raise PermissionError("savings: withdrawal limit reached")
        return super().withdraw(amount)

class Checking(Account):
    def __init__(self, owner, balance=0.0, limit=100):
        super().__init__(owner, balance)
        self.limit = limit
    def overdraft(self):
        return self.limit

class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
    def open(self, kind, owner, *args, **kw):
        acct = kind(owner, *args, **kw)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except (InsufficientFunds, FrozenAccount) as e:
            print("transfer failed:", e)
            return False
        else:
            dst.deposit(amount)
            return True
        finally:
            print(f"transfer {src.owner}->{dst.owner} {amount}")
    def total(self):
        return sum(a.balance for a in self.accounts.values())
    def report(self):
        for a in sorted(self.accounts.values(), key=lambda a: (-a.balance, a.owner)):
            print(f"  {a.id:>6} {a.owner:<8}{a.balance:>12,.2f} {type(a).__name__}")

bank = Bank("First")
alice = bank.open(Savings, "alice", 1200.0)
bob = bank.open(Checking, "bob", 50.0, limit=200)
carol = bank.open(Account, "carol")
carol.deposit(10).deposit(20.5)
print(alice, bob, carol)
print(bank.transfer(bob, alice, 240))
print(bank.transfer(bob, alice, 20))
for i in range(4):
    try:
        alice.withdraw(10 * (i + 1))
    except PermissionError as e:
        print("error:", e)
try:
    carol.deposit(-5)
except ValueError as e:
    print(e)
carol.frozen = True
print(bank.transfer(carol, bob, 1))
print(alice.apply_interest(), bob.apply_interest())
bank.report()
print(f"total {bank.total():.2f}")
print(sorted([alice, bob, carol]))
print(max(bank.accounts.values()).owner, min(bank.accounts.values()).owner)
print(len({alice, bob, carol, alice}))
print(alice == alice, alice == bob, alice != carol)
try:
    bob.withdraw(10**6)
except InsufficientFunds as e:
    print(type(e).__name__, e.amount, e.account.owner, e.args)
print(alice.history)
print(isinstance(alice, Account), issubclass(Checking, Savings), Savings.__mro__[1].__name__)
