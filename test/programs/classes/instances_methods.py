# Checks: bound methods as values, methods calling methods, self mutation, classes holding other objects, __init__ return.
class Stack:
    def __init__(self):
        self.items = []
    def push(self, *xs):
        for x in xs:
            self.items.append(x)
        return self
    def pop(self):
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()
    def peek(self):
        return self.items[-1] if self.items else None
    def size(self):
        return len(self.items)
s = Stack().push(1, 2).push(3)
print(s.size(), s.peek(), s.pop(), s.size())
push = s.push
push(10)
print(s.items, push.__self__ is s, push.__name__)
meth = Stack.peek
print(meth(s))
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)
class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def add(self, child):
        self.children.append(child)
        return child
    def total(self):
        return self.value + sum(c.total() for c in self.children)
    def depth(self):
        return 1 + max((c.depth() for c in self.children), default=0)
root = Node(1)
a = root.add(Node(2))
a.add(Node(4)).add(Node(8))
root.add(Node(3))
print(root.total(), root.depth(), len(root.children))
class Bad:
    def __init__(self):
        return 5
try:
    Bad()
except TypeError as e:
    print("TypeError:", e)
methods = [s.size, s.peek, root.total]
print([m() for m in methods])
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [e.x]
print(e.x, e.y, type(e).__name__)
