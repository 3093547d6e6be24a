# Checks: a linked list class with dunders: __len__, __iter__, __getitem__, __contains__, __repr__, __eq__, __add__, __reversed__-free reversal.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for it in reversed(list(items)):
            self.push_front(it)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def __len__(self):
        return self.size
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError("LinkedList index out of range")
        for j, v in enumerate(self):
            if j == i:
                return v
    def __contains__(self, v):
        return any(x == v for x in self)
    def __eq__(self, other):
        return isinstance(other, LinkedList) and list(self) == list(other)
    def __add__(self, other):
        return LinkedList(list(self) + list(other))
    def __repr__(self):
        return "LinkedList(" + " -> ".join(map(repr, self)) + ")"
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        return False
ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print(ll, len(ll), ll[0], ll[-1], 3 in ll, 9 in ll)
ll.reverse()
print(ll, list(ll), sum(ll))
print(ll.remove(2), ll.remove(99), ll, len(ll))
print(ll == LinkedList([4, 3, 1, 0]), ll == [4, 3, 1, 0], ll + LinkedList(["x"]))
try:
    ll[10]
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList()
print(empty, len(empty), bool(empty), list(empty), bool(ll))
print([x * 10 for x in ll], max(ll), sorted(ll))
