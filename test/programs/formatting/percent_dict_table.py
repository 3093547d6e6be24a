# Checks: % formatting used for reports: mapping keys, padding in loops, mixing with str methods.
inventory = [
    {"item": "widget", "qty": 12, "price": 2.5},
    {"item": "gadget", "qty": 3, "price": 19.99},
    {"item": "doohickey", "qty": 144, "price": 0.075},
]
print("%-10s %5s %8s %9s" % ("item", "qty", "price", "total"))
grand = 0
for row in inventory:
    total = row["qty"] * row["price"]
    grand += total
    row2 = dict(row, total=total)
    print("%(item)-10s %(qty)5d %(price)8.3f %(total)9.2f" % row2)
print("%-10s %5s %8s %9.2f" % ("TOTAL", "", "", grand))
print("%s" % "only one")
print("%s|%s" % ("tuple", ("inner",)))
print("%5.1f%% done" % 42.123)
vals = [1, 22, 333, 4444]
print(" ".join("%04d" % v for v in vals))
print(" ".join("%-4d|" % v for v in vals))
print(" ".join("%#6x" % v for v in vals))
print("%s %s %s" % tuple("abc"))
print("Name: %-8s Age: %3d" % ("Al", 7))
