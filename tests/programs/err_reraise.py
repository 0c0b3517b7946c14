# Error: handler prints then re-raises with a bare raise; the original KeyError escapes.
table = {"a": 1}
def lookup(k):
    try:
        return table[k]
    except KeyError:
        print("lookup failed for", k)
        raise
print(lookup("a"))
print(lookup("b"))
