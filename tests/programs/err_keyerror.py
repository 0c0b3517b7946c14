# Error: uncaught KeyError after some output.
d = {"present": 1, "other": 2}
print("present", d["present"])
print("get missing", d.get("missing"))
for k in d:
    print("key", k)
print("about to fail")
print(d["missing"])
print("never printed")
