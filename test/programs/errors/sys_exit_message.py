# Checks: sys.exit("message") prints the message on stderr and exits with status 1.
import sys
def main():
    print("checking arguments")
    sys.exit("fatal: no input given")
main()
