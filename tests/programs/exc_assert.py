# Exceptions: assert with and without message; messages evaluated lazily; AssertionError args.
assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("no message:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater than two"
except AssertionError as e:
    print("with message:", e, e.args)
try:
    assert [], ["list", "message"]
except AssertionError as e:
    print("non-string message:", e, repr(e))
def side_effect():
    print("  message evaluated")
    return "lazy"
assert True, side_effect()
try:
    assert 0, side_effect()
except AssertionError as e:
    print(e)
def check(n):
    assert n >= 0, "n must be non-negative, got " + str(n)
    return n ** 0.5
for n in [4, -1, 2]:
    try:
        print(check(n))
    except AssertionError as e:
        print("AssertionError:", e)
try:
    assert None, 42
except Exception as e:
    print(type(e).__name__, e.args[0] + 1)
