# Error: __init__ called with a missing required argument.
class Pair:
    def __init__(self, first, second):
        self.first = first
        self.second = second


p = Pair(1, 2)
print(p.first, p.second)
q = Pair(1)
