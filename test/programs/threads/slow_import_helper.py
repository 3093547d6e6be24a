# A module whose body takes a while (it sleeps, so other threads run meanwhile):
# concurrent_import.py imports it from several threads at once.
import time
time.sleep(0.5)
DONE = sum(range(1000))
