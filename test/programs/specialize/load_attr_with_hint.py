# LOAD_ATTR_WITH_HINT and STORE_ATTR_WITH_HINT: the instance's __dict__ was materialized.
import dis
class Box:
    pass
b = Box()
b.value = 1
print(sorted(b.__dict__))
def bump(o):
    o.value = o.value + 1
    return o.value
for i in range(6):
    print(bump(b))
dis.dis(bump, adaptive=True)
