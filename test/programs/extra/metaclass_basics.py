# metaclasses: __new__/__init__/__call__ on a type subclass, class keyword arguments, super() into type
class Registry(type):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        print("Registry.__new__", name, sorted(kw.items()))
        ns["tag"] = kw.get("tag", name.lower())
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Registry.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print("Registry.__call__", cls.__name__, args)
        inst = super().__call__(*args, **kwargs)
        inst.created_by = "meta"
        return inst

class Animal(metaclass=Registry):
    def __init__(self, name):
        self.name = name
class Dog(Animal, tag="canine"):
    pass
print(Registry.classes, Animal.tag, Dog.tag, type(Dog).__name__)
d = Dog("rex")
print(d.name, d.created_by, isinstance(d, Animal), isinstance(Dog, Registry))
