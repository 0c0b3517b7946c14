# Lexing: raw strings and triple-quoted strings (single and double, with embedded quotes and newlines).
print(r"raw \n not a newline")
print(r'raw \t tab \\ two backslashes')
print(repr(r"\n"))
print(len(r"\n"), len("\n"))
print(R"capital R \d+")
print(r"\x41 stays")
print(r"quote \" kept with backslash")
s = """triple double
second line
    indented third"""
print(s)
print(repr(s))
t = '''triple single with "double" and 'single' quotes'''
print(t)
u = """ends with escaped newline \
joined"""
print(u)
v = """contains "quotes" and a lone " here"""
print(v)
w = """
"""
print(repr(w))
print(repr(""""""))
print(repr(r"""raw \n triple"""))
print(len("""a
b
c"""))
doc = """\
no leading newline
"""
print(repr(doc))
