# Error: abstract-style method raising NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError(type(self).__name__ + ".area must be overridden")

    def describe(self):
        return type(self).__name__ + " with area " + str(self.area())


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2


class Blob(Shape):
    pass


print(Square(3).describe())
print(Blob().describe())
