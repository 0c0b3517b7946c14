# Error: unexpected keyword argument to a method.
class Greeter:
    def greet(self, name, punct="!"):
        return "Hello " + name + punct


g = Greeter()
print(g.greet("a"), g.greet(name="b", punct="?"))
g.greet("c", exclaim=True)
