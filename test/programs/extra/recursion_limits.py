# recursion with memo dicts, sys.setrecursionlimit small, RecursionError caught and recovery
import sys
memo = {}
def fib(n):
    if n in memo:
        return memo[n]
    r = n if n < 2 else fib(n - 1) + fib(n - 2)
    memo[n] = r
    return r
print(fib(90), len(memo))

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(500))
old = sys.getrecursionlimit()
sys.setrecursionlimit(100)
print(sys.getrecursionlimit())
try:
    deep(200)
except RecursionError as e:
    print("RecursionError:", e)
print(deep(50))
sys.setrecursionlimit(old)
print(deep(900))

def inf(n):
    return inf(n + 1)
try:
    inf(0)
except RecursionError as e:
    print("caught infinite:", type(e).__name__, isinstance(e, RuntimeError))

def ackermann(m, n, cache={}):
    key = (m, n)
    if key in cache:
        return cache[key]
    if m == 0:
        r = n + 1
    elif n == 0:
        r = ackermann(m - 1, 1)
    else:
        r = ackermann(m - 1, ackermann(m, n - 1))
    cache[key] = r
    return r
print(ackermann(2, 3), ackermann(2, 10))

class Node:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, list(kids)
    def total(self):
        return self.v + sum(k.total() for k in self.kids)
    def depth(self):
        return 1 + max((k.depth() for k in self.kids), default=0)
t = Node(1, [Node(2, [Node(4)]), Node(3)])
print(t.total(), t.depth())

class Rec:
    def __repr__(self):
        return repr(self)
try:
    repr(Rec())
except RecursionError:
    print("repr recursion caught")

def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(100), mutual_odd(7))
def count_paths(r, c, memo=None):
    if memo is None:
        memo = {}
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = count_paths(r - 1, c, memo) + count_paths(r, c - 1, memo)
    return memo[(r, c)]
print(count_paths(16, 16))
l = [1]
l.append(l)
print(l, str(l))
d = {"self": None}
d["self"] = d
print(d)
