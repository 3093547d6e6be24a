# Checks: sys.exit(3) ends the program with exit status 3 and nothing on stderr; finally blocks still run.
import sys
print("before exit")
try:
    sys.exit(3)
finally:
    print("finally runs during SystemExit")
print("never printed")
