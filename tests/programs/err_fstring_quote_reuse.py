# Python 3.11 ends a one-line f-string at its own quote, even inside a
# replacement field: reusing the quote (PEP 701, Python 3.12) is a SyntaxError.
print("never printed")
x = f"{f"{1}"}"
