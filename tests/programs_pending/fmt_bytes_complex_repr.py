# repr of bytes literals and complex numbers.
print(repr(b"bytes'\x00\xff"), repr(b'"'), repr(b"'\""))
print(b"abc", [b"", b"\n\t\\"], len(b"xyz"), b"ab" + b"cd")
print(repr(3 + 0j), repr(-1.5j), [1j, complex(1, -1)])
print((3 + 4j).real, (3 + 4j).imag, abs(3 + 4j))
print("{p.real} {p.imag}".format(p=3 + 4j))
