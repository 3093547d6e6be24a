# Checks: list indexing, negative indices, item assignment, del, IndexError messages, nested lists aliasing.
lst = list(range(10))
print(lst[0], lst[-1], lst[5], lst[-10])
lst[0] = "zero"
lst[-1] = "nine"
print(lst)
del lst[1]
del lst[-2]
print(lst, len(lst))
for i in [10, -11, 100]:
    try:
        print(lst[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    lst[20] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    del lst[20]
except IndexError as e:
    print("IndexError:", e)
try:
    lst["a"]
except TypeError as e:
    print("TypeError:", e)
try:
    lst[1.0]
except TypeError as e:
    print("TypeError:", e)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
row = [1, 2]
outer = [row, row]
row.append(3)
print(outer, outer[0] is outer[1])
print(lst[True], lst[False])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([m[i][i] for i in range(3)], [m[i][2 - i] for i in range(3)])
print([[m[r][c] for r in range(3)] for c in range(3)])
print(sum(m, []), [x for r in m for x in r if x % 2])
