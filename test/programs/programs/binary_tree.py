# Checks: a binary search tree with dunders (__contains__, __len__, __iter__ via generators, __repr__), deletion, traversals.
class BST:
    class _Node:
        def __init__(self, key, val):
            self.key, self.val = key, val
            self.left = self.right = None
    def __init__(self):
        self.root = None
        self.count = 0
    def __setitem__(self, key, val):
        def ins(node):
            if node is None:
                self.count += 1
                return BST._Node(key, val)
            if key < node.key:
                node.left = ins(node.left)
            elif key > node.key:
                node.right = ins(node.right)
            else:
                node.val = val
            return node
        self.root = ins(self.root)
    def __getitem__(self, key):
        node = self.root
        while node:
            if key == node.key:
                return node.val
            node = node.left if key < node.key else node.right
        raise KeyError(key)
    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False
    def __len__(self):
        return self.count
    def __iter__(self):
        def walk(node):
            if node:
                yield from walk(node.left)
                yield node.key
                yield from walk(node.right)
        return walk(self.root)
    def __delitem__(self, key):
        def delete(node, key):
            if node is None:
                raise KeyError(key)
            if key < node.key:
                node.left = delete(node.left, key)
            elif key > node.key:
                node.right = delete(node.right, key)
            else:
                if node.left is None:
                    return node.right
                if node.right is None:
                    return node.left
                succ = node.right
                while succ.left:
                    succ = succ.left
                node.key, node.val = succ.key, succ.val
                node.right = delete(node.right, succ.key)
            return node
        self.root = delete(self.root, key)
        self.count -= 1
    def height(self):
        def h(n):
            return 0 if n is None else 1 + max(h(n.left), h(n.right))
        return h(self.root)
    def preorder(self):
        out, stack = [], [self.root] if self.root else []
        while stack:
            n = stack.pop()
            out.append(n.key)
            if n.right: stack.append(n.right)
            if n.left: stack.append(n.left)
        return out
    def __repr__(self):
        return "BST({" + ", ".join("%r: %r" % (k, self[k]) for k in self) + "})"
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    t[k] = "v%d" % k
print(t)
print(len(t), t.height(), list(t), t.preorder())
print(40 in t, 99 in t, t[65])
t[40] = "updated"
del t[30]
del t[50]
print(t, len(t), t.preorder())
try:
    del t[1234]
except KeyError as e:
    print("KeyError:", e)
words = BST()
for w in "the quick brown fox jumps over the lazy dog".split():
    words[w] = words[w] + 1 if w in words else 1
print(list(words), words["the"], len(words), words.height())
