# Checks: tuples as lightweight records: sorting, grouping into dicts, zip/enumerate over them, tuple keys.
people = [("Ann", "eng", 120), ("Bob", "ops", 90), ("Cid", "eng", 110), ("Dee", "ops", 95), ("Eve", "hr", 70)]
by_dept = {}
for name, dept, salary in people:
    by_dept.setdefault(dept, []).append((name, salary))
for dept in sorted(by_dept):
    members = by_dept[dept]
    total = sum(s for _, s in members)
    print(dept, members, total, total / len(members))
top = max(people, key=lambda p: p[2])
print("top", top)
ranked = sorted(people, key=lambda p: (-p[2], p[0]))
for rank, (name, dept, salary) in enumerate(ranked, start=1):
    print(rank, name, dept, salary)
coords = [(x, y) for x in range(3) for y in range(3) if x != y]
print(coords)
dist = {(a, b): abs(a - b) + abs(b - a) for a, b in coords}
print(dist)
print(sorted(set(p[1] for p in people)))
t1 = (1, 2, 3)
t2 = t1 + ()
print(t1 == t2, t1 is t1)
print(tuple(reversed(t1)), tuple(sorted((3, 1, 2))), sum(t1), tuple(map(str, t1)))
