# Error: an exception escapes from __init__ of a subclass after super().__init__.
class Base:
    def __init__(self, name):
        print("Base init", name)
        self.name = name


class Strict(Base):
    def __init__(self, name, size):
        super().__init__(name)
        if size > 10:
            raise OverflowError("size %d exceeds 10" % size)
        self.size = size


s = Strict("ok", 5)
print(s.name, s.size)
Strict("big", 11)
