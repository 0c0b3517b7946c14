import io
from io import StringIO

s = StringIO("line1\nline2\nline3")
print(s.read(3), s.tell(), repr(s.readline()), s.readlines(), repr(s.read()), s.getvalue()[:5])
s.seek(0)
print([line.rstrip() for line in s], s.tell())
s = StringIO()
print(s.write("abc"), s.tell(), s.getvalue(), s.seek(1), s.write("X"), s.getvalue(), s.read(), s.tell())
s.seek(10)
s.write("Z")
print(repr(s.getvalue()))
print(s.truncate(3), repr(s.getvalue()), s.tell())
s.write("!")
print(repr(s.getvalue()))

out = StringIO()
for i in range(5):
    out.write("row %d\n" % i)
out.writelines(["a", "b", "\n"])
print(repr(out.getvalue()), out.tell(), len(out.getvalue()))
out.seek(0)
print(out.readline(), end="")
print(out.readline(3), repr(out.readline()), out.readlines(8))

print(repr(StringIO("a\r\nb").getvalue()), repr(StringIO("a\r\nb", newline=None).getvalue()))
print(repr(StringIO("a\nb", newline="\r\n").getvalue()), StringIO("a\r\nb\rc\nd", newline=None).readlines())
print(StringIO("a\r\nb\rc\nd", newline="").readlines(), StringIO("a\r\nb\rc\nd").readlines())
print(list(StringIO("x\ny\n")), StringIO("abc").read(-1), StringIO("abc").read(None), repr(StringIO(None).getvalue()))
with StringIO("ctx") as w:
    print(w.read(), w.closed)
print(w.closed)
print(StringIO("abc").seek(0, 2), io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)
t = StringIO()
print(t.readable(), t.writable(), t.seekable(), t.isatty(), t.line_buffering, t.newlines, t.encoding)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(isinstance(t, io.TextIOBase), isinstance(t, io.IOBase))

# a small CSV-ish round trip
buf = StringIO()
rows = [("name", "qty"), ("apple", 3), ("pear", 10)]
for r in rows:
    buf.write(",".join(str(x) for x in r) + "\n")
buf.seek(0)
parsed = [line.rstrip("\n").split(",") for line in buf]
print(parsed)

closed = StringIO("data")
closed.close()
for op in [closed.read, closed.getvalue, closed.tell, lambda: closed.write("a"), lambda: next(closed)]:
    try:
        op()
    except ValueError as e:
        print("ValueError:", e)
for bad in [lambda: StringIO().write(1), lambda: StringIO(5), lambda: StringIO().seek(-1),
            lambda: StringIO().seek(1, 1), lambda: StringIO().seek(2, 2), lambda: StringIO().seek(0, 5),
            lambda: StringIO().fileno(), lambda: StringIO().truncate(-1), lambda: StringIO(newline="x")]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__ + ":", e)
