# Checks: recursive algorithms: quicksort, permutations count, subset sum, flood fill, memoized partitions.
def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot, rest = xs[0], xs[1:]
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
data = [(i * 7919 + 13) % 211 for i in range(60)]
print(quicksort(data) == sorted(data), quicksort(data)[:10])
def subset_sum(nums, target):
    if target == 0:
        return []
    if not nums or target < 0:
        return None
    with_first = subset_sum(nums[1:], target - nums[0])
    if with_first is not None:
        return [nums[0]] + with_first
    return subset_sum(nums[1:], target)
print(subset_sum([3, 34, 4, 12, 5, 2], 9), subset_sum([1, 2], 10))
grid = [list(row) for row in ["..#....", ".##.##.", "...#...", "####..#", "......."]]
def fill(r, c):
    if not (0 <= r < len(grid) and 0 <= c < len(grid[0])) or grid[r][c] != ".":
        return 0
    grid[r][c] = "o"
    return 1 + fill(r + 1, c) + fill(r - 1, c) + fill(r, c + 1) + fill(r, c - 1)
print(fill(0, 0))
print("\n".join("".join(row) for row in grid))
memo = {}
def partitions(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]
print([partitions(n, n) for n in range(1, 16)], partitions(100, 100))
def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)
print(gcd(1071, 462), gcd(2 ** 100, 3 ** 50 * 2 ** 7))
def binary(n):
    return "0" if n == 0 else ("" if n == 1 else binary(n // 2)) + str(n % 2) if n else "0"
print([binary(n) for n in range(9)])
