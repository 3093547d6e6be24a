# CALL_PY_EXACT_ARGS, CALL_PY_WITH_DEFAULTS, CALL_BUILTIN_CLASS, CALL_NO_KW_TYPE_1, CALL_NO_KW_STR_1, method descriptors.
import dis
def add(a, b):
    return a + b
def scaled(a, k=2):
    return a * k
def calls(n, words):
    r = add(n, 1) + scaled(n)
    t = type(n)
    s = str(n)
    l = list(words)
    return r, t is int, s.upper(), " ".join(l), words.count("a")
for i in range(5):
    print(calls(i, ("a", "b", "a")))
dis.dis(calls, adaptive=True)
