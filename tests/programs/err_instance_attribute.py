# Error: missing attribute on an instance.
class Foo:
    def __init__(self):
        self.a = 1


f = Foo()
print(f.a)
f.b = 2
print(f.b)
print(f.x)
