# Types: list operations: append, pop, insert, concatenation, repetition, equality, nesting, aliasing, len, sorting.
l = []
for i in range(5):
    l.append(i * i)
print(l, len(l))
print(l.pop(), l)
print(l.pop(0), l)
print(l.pop(-2), l)
l.insert(0, "start")
l.insert(100, "end")
l.insert(-1, "before end")
l.insert(-100, "very start")
print(l)
l.insert(2, [1, 2])
print(l, len(l))
a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = a[:]
c.append(5)
print(a, c, a is c, a == c[:4])
m = [[0] * 3] * 2
m[0][0] = 9
print(m)
m2 = [[0] * 3 for _ in range(2)]
m2[0][0] = 9
print(m2)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2, 3]] == [1, [2, 3]], [] == [], [0] == [False])
print([3, 1, 2] < [3, 2], [1, 2, 3] > [1, 2], [[1]] < [[2]])
print(list(), list("ab"), list((1, 2)), list(range(3)), list({"k": 1, "j": 2}), list([1, 2]))
nums = [5, 3, 8, 1, 9, 2]
print(sorted(nums), nums, sorted(nums, reverse=True), max(nums), min(nums), sum(nums))
print(nums[::-1], list(reversed(nums)))
stack = []
for ch in "((a)(b))":
    if ch == "(":
        stack.append(ch)
    elif ch == ")":
        stack.pop()
print("balanced", len(stack) == 0)
queue = [1, 2, 3]
queue.append(4)
first = queue.pop(0)
print(first, queue)
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], len(nested), nested[1][1])
x = [1, 2, 3]
x.append(x)
print(len(x), x[3][3][0])
print(x)
y = [0] * 5
for i in range(5):
    y[i] = i * 2
print(y, y * 2, 2 * y[:2])
z = [1, 2, 3]
z += z
print(z)
print([None] * 3, [[]] * 2, [1, "a", 2.0, None, True, (1,), [2]])
print(len([[]]), len([[], []]))
