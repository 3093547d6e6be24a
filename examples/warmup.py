"""A request loop that gets faster as gilvm's specializer warms it up (README: Warm starts).

    gilvm run examples/warmup.py [N]                          cold: serve N requests at once
    gilvm run examples/warmup.py N --snapshot FILE [WARMUP]   serve WARMUP requests (default
                                                              2000), save the image, serve N
    gilvm resume FILE                                         serve N, warm from the start

Prints the time to the first 10, 100, 1000 ... requests, measured from when serving starts.
"""
import sys
import time


class Request:
    def __init__(self, method, path, params):
        self.method = method
        self.path = path
        self.params = params


class Response:
    def __init__(self, status, body):
        self.status = status
        self.body = body


def parse(line):
    method, rest = line.split(" ", 1)
    path, _, query = rest.partition("?")
    params = {}
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        params[key] = value
    return Request(method, path, params)


def items(req):
    n = int(req.params.get("n", "10"))
    total = 0
    for i in range(n):
        total += i * i % 7
    return Response(200, str(total))


def user(req):
    name = req.params.get("name", "")
    return Response(200, name.upper() + "!" * len(name))


ROUTES = {"/items": items, "/user": user}


def handle(line):
    req = parse(line)
    handler = ROUTES.get(req.path)
    if handler is None:
        return Response(404, "")
    return handler(req)


def request(i):
    if i % 3 == 0:
        return f"GET /user?name=u{i}&x=1"
    return f"GET /items?n={20 + i % 30}&x={i}"


def serve(count):
    """Serves `count` requests; prints the time to the first 10, 100, 1000 ... of them."""
    start = time.perf_counter()
    checksum = 0
    mark = 10
    for i in range(1, count + 1):
        checksum += len(handle(request(i)).body)
        if i == mark or i == count:
            print(f"first {i} requests: {(time.perf_counter() - start) * 1000:.2f} ms")
            mark *= 10
    print(f"checksum {checksum}")


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
if len(sys.argv) > 3 and sys.argv[2] == "--snapshot":
    import gilvm

    for i in range(int(sys.argv[4]) if len(sys.argv) > 4 else 2000):
        handle(request(i))
    print("resumed" if gilvm.snapshot(sys.argv[3]) else "saved")
serve(n)
