# print(file=...) must write through the object's write() method
import io
import sys

buf = io.StringIO()
print("hello", "world", sep=", ", file=buf)
print(1, 2, 3, end="!\n", file=buf)
print(file=buf)
print(repr(buf.getvalue()))

saved = sys.stdout
sys.stdout = capture = io.StringIO()
print("captured line")
sys.stdout = saved
print("got:", repr(capture.getvalue()))
