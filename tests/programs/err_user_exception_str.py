# Error: uncaught user exception with a custom __str__.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(needed, available)
        self.needed = needed
        self.available = available

    def __str__(self):
        return "need %d more (have %d)" % (self.needed - self.available, self.available)


def pay(balance, amount):
    if amount > balance:
        raise InsufficientFunds(amount, balance)
    return balance - amount


b = pay(100, 30)
print("left", b)
pay(b, 500)
