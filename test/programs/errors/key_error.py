# Checks: an uncaught KeyError after some output: traceback on stderr, exit status 1, last line `KeyError: 'port'`.
config = {"host": "localhost", "debug": True}
for k in sorted(config):
    print(k, "=", config[k])
print("looking up port...")
port = config["port"]
print("never printed", port)
