# Checks: any/all with short-circuit on generators, len of many types, range properties, bool of builtins.
print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any("abc"), all(""), any([[]]), all([[1]]))
checked = []
def probe(x):
    checked.append(x)
    return x
print(any(probe(x) for x in [0, 0, 3, 0, 5]), checked)
checked.clear()
print(all(probe(x) for x in [1, 2, 0, 4]), checked)
print(len("héllo"), len([1, [2, 3]]), len((1,)), len({1: 2, 3: 4}), len({1, 1, 2}), len(range(0, 100, 7)), len(""), len(frozenset("aab")))
print(len(range(10, 0, -3)), list(range(10, 0, -3)), range(5)[-1], range(0, 20, 5).index(15))
nums = [12, 7, 3, 18]
print(all(n > 2 for n in nums), any(n % 5 == 0 for n in nums), all(isinstance(n, int) for n in nums))
matrix = [[1, 2], [3, 4]]
print(all(len(row) == 2 for row in matrix), any(4 in row for row in matrix))
print(sum(1 for n in nums if n > 5), len([n for n in nums if n > 5]))
print(any(map(str.isdigit, ["a", "1"])), all(map(str.isalpha, ["a", "b"])))
