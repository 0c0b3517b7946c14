# Single inheritance: overriding, super(), isinstance/issubclass, __mro__.
class Animal:
    sound = "..."

    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " says " + self.sound

    def kind(self):
        return "animal"


class Dog(Animal):
    sound = "woof"

    def kind(self):
        return "dog, a kind of " + super().kind()


class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age

    def speak(self):
        return super().speak() + " (age " + str(self.age) + ")"


class Cat(Animal):
    sound = "meow"


animals = [Animal("generic"), Dog("rex"), Puppy("bit", 1), Cat("tom")]
for a in animals:
    print(type(a).__name__, "|", a.speak(), "|", a.kind())

p = animals[2]
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(isinstance(p, object), isinstance(3, Animal))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Cat, Cat))
print(issubclass(Dog, (Cat, Animal)), isinstance(p, (int, str)))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
print(Dog.__base__.__name__)
