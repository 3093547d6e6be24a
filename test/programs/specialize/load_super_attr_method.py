# LOAD_SUPER_ATTR_METHOD and LOAD_SUPER_ATTR_ATTR: super() calls and attribute reads.
import dis
class Base:
    kind = "base"
    def greet(self):
        return "hi"
class Child(Base):
    def greet(self):
        return super().greet() + "!" + super().kind
c = Child()
for i in range(5):
    print(c.greet())
dis.dis(Child.greet, adaptive=True)
