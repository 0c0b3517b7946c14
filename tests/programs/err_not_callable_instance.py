# Error: calling an instance whose class has no __call__.
class Data:
    def __init__(self, v):
        self.v = v


d = Data(3)
print(d.v)
d(1)
