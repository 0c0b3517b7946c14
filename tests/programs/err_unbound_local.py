# Error: reading a local variable before assignment raises UnboundLocalError (a NameError subclass).
counter = 0
def bump():
    print("bumping")
    counter += 1
    return counter
print("start", counter)
bump()
