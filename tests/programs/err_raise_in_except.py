# Error: an exception raised inside an except block escapes; the last traceback line is the new exception.
def convert(s):
    try:
        return int(s)
    except ValueError:
        raise TypeError("cannot convert " + repr(s))
print(convert("10"))
print(convert("ten"))
