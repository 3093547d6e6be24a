# Checks: sys.maxsize, sys.version_info, recursion limit get/set, sys.argv shape, stdout/stderr write, sys.exit caught.
import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1)
print(sys.version_info[0], sys.version_info[1] >= 11, sys.version_info.major, sys.version_info >= (3, 0))
print(sys.getrecursionlimit())
old = sys.getrecursionlimit()
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
print(type(sys.argv).__name__, len(sys.argv) >= 1, sys.argv[0].endswith("sys_module.py"))
sys.stdout.write("direct write\n")
sys.stderr.write("this goes to stderr\n")
sys.stdout.flush()
try:
    sys.exit(5)
except SystemExit as e:
    print("SystemExit caught, code =", e.code, e.args)
try:
    sys.exit("text message")
except SystemExit as e:
    print("SystemExit caught, code =", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit caught, code =", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print("done")
