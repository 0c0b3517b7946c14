# Error: an instance whose class defines __eq__ without __hash__ is unhashable.
class Item:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(Item(1) == Item(1))
s = {1, 2}
s.add(Item(1))
