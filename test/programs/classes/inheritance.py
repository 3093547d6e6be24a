# Checks: single inheritance, method overriding, super().__init__, isinstance/issubclass, type names, class repr.
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return "%s the %s says %s" % (self.name, self.kind, self.speak())
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return "Woof"
class Puppy(Dog):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
    def speak(self):
        return super().speak().lower() + "!"
    def describe(self):
        return super().describe() + " (age %d)" % self.age
class Cat(Animal):
    kind = "cat"
    def speak(self):
        return "Meow"
for a in [Animal("Generic"), Dog("Rex"), Puppy("Bit", 1), Cat("Tom")]:
    print(a.describe())
p = Puppy("Bit", 1)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat), isinstance(p, object))
print(issubclass(Puppy, Animal), issubclass(Cat, Dog), issubclass(Dog, Dog), issubclass(bool, int))
print(type(p).__name__, type(p) is Puppy, type(p) == Dog, Puppy.__bases__[0].__name__)
print([c.__name__ for c in Puppy.__mro__])
print(Dog, Animal, type(Dog).__name__, type(type))
print(Puppy.__name__, Puppy.__qualname__, p.__class__.__name__, p.__dict__)
print(isinstance(p, (Cat, Dog)), isinstance(3, (str, float)))
