# Error: unsupported operand types between two user classes.
class Apple:
    pass


class Orange:
    def __add__(self, other):
        return NotImplemented


print(type(Apple()).__name__, type(Orange()).__name__)
Orange() + Apple()
