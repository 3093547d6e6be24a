# Checks: every list method: append, extend, insert, pop, remove, index, count, sort, reverse, copy, clear.
a = [3, 1, 4]
a.append(1); print(a)
a.extend([5, 9]); print(a)
a.extend("ab"); print(a)
a.extend(range(2)); print(a)
a.insert(0, "first"); print(a)
a.insert(100, "last"); print(a)
a.insert(-1, "beforelast"); print(a)
a.insert(-100, "veryfirst"); print(a)
print(a.pop(), a)
print(a.pop(0), a)
print(a.pop(-2), a)
a.remove(1); print(a)
print(a.index(1), a.index(4), a.count(1), a.count("zzz"))
print(a.index(5, 2), a.index(9, 0, 7))
for bad in ["remove", "index", "pop_empty", "pop_range"]:
    try:
        if bad == "remove":
            a.remove(42)
        elif bad == "index":
            a.index(42)
        elif bad == "pop_empty":
            [].pop()
        else:
            [1].pop(5)
    except (ValueError, IndexError) as e:
        print(type(e).__name__ + ":", e)
nums = [5, 2, 8, 1, 9, 3]
b = nums.copy()
nums.sort(); print(nums, b)
nums.sort(reverse=True); print(nums)
nums.reverse(); print(nums)
words = ["pear", "Fig", "apple", "kiwi", "banana"]
words.sort(key=len); print(words)
words.sort(key=str.lower); print(words)
words.sort(key=lambda w: (len(w), w), reverse=True); print(words)
print(nums.sort(), nums.reverse(), nums.append(0), nums)
c = nums
c.clear()
print(nums, c, len(nums))
try:
    [3, "a", 1].sort()
except TypeError as e:
    print("TypeError:", e)
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}))
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 2, 3], [2] > [1, 99])
