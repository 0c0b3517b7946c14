for args in [([1, 2], [3]), ([1], [3, 4]), ([1, 2], [3, 4], [5]), ([1, 2], [3, 4], [5, 6, 7]), ([], [], []), ("ab", "cd")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError:", e)
print(list(zip([1, 2], [3], strict=False)))
