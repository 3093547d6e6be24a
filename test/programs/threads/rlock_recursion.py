# RLock re-entered through nested method calls from several threads; a shared tree stays consistent.
import threading
class Tree:
    def __init__(self):
        self.lock = threading.RLock()
        self.nodes = {}
    def add(self, key, parent=None):
        with self.lock:
            self.nodes[key] = []
            if parent is not None:
                self.link(parent, key)
    def link(self, parent, child):
        with self.lock:
            self.nodes[parent].append(child)
    def size(self):
        with self.lock:
            return len(self.nodes)
tree = Tree()
tree.add("root")
def grow(prefix):
    for i in range(50):
        tree.add("%s%d" % (prefix, i), "root")
ts = [threading.Thread(target=grow, args=(p,)) for p in "abcd"]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(tree.size(), len(tree.nodes["root"]), sorted(tree.nodes["root"])[:3])
try:
    tree.lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
