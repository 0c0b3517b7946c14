# str padding methods: center, ljust, rjust, zfill.
print("ab".center(6) + "|", "ab".center(7, "*"), "abc".center(2))
print("ab".ljust(5) + "|", "ab".ljust(5, "-"), "ab".rjust(5), "ab".rjust(5, "0"))
print("7".zfill(3), "-7".zfill(4), "+7".zfill(4), "abc".zfill(2))
print(dict.fromkeys("abca", 0), dict.fromkeys([1, 2]))
