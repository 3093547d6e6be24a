# Checks: recursion over deep but legal structures: nested lists to depth 500, tree building, recursive repr/eq.
def nest(n):
    x = []
    for _ in range(n):
        x = [x]
    return x
def depth(x):
    return 0 if not x else 1 + depth(x[0])
d = nest(500)
print(depth(d))
print(nest(3), nest(3) == nest(3), nest(3) == nest(4))
class Node:
    def __init__(self, val, left=None, right=None):
        self.val, self.left, self.right = val, left, right
def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))
def height(t):
    return 0 if t is None else 1 + max(height(t.left), height(t.right))
def inorder(t):
    return [] if t is None else inorder(t.left) + [t.val] + inorder(t.right)
t = build(1, 1000)
print(height(t), inorder(t)[:5], len(inorder(t)), sum(inorder(t)))
def chain(n):
    head = None
    for i in range(n):
        head = Node(i, head)
    return head
def length(node):
    return 0 if node is None else 1 + length(node.left)
print(length(chain(800)))
try:
    length(chain(5000))
except RecursionError:
    print("chain of 5000 is too deep for recursive length")
def iterative_length(node):
    n = 0
    while node:
        n += 1
        node = node.left
    return n
print(iterative_length(chain(5000)))
