# str.format: positional, keyword, indexed, attribute, nested specs, conversions.
print("{} + {} = {}".format(1, 2, 3))
print("{0} {1} {0} {2}".format("a", "b", "c"))
print("{name} is {age}".format(name="Bo", age=9))
print("{0[1]} {0[0]} {1[key]}".format(["x", "y"], {"key": "val"}))


class Pt:
    def __init__(self):
        self.x = 1
        self.y = [10, 20]


print("x={0.x} y1={0.y[1]}".format(Pt()))
print("{p.x} {p.y}".format(p=Pt()))
print("{:>8}|{:<8}|{:^8}|{:*^9}|{:-<6}".format("r", "l", "c", "s", "d"))
print("{:08.3f} {:+d} {: d} {:,} {:_}".format(3.14159, 5, 5, 1234567, 7654321))
print("{:x} {:X} {:o} {:b} {:#x} {:#o} {:#b}".format(255, 255, 8, 5, 255, 8, 5))
print("{:e} {:.2E} {:g} {:.3%}".format(1234.5, 0.00012, 0.5, 0.25))
print("{!r} {!s} {!a}".format("q", "q", "\u00fc"))
print("{0!r:>10}|{0:>10}|".format("hi"))
w, p = 10, 3
print("{:{w}.{p}f}|".format(3.14159265, w=w, p=p))
print("{:{}{}}|".format("mid", "^", 9))
print("{0:{1}}|".format(42, 6))
print("{{literal}} {{{0}}}".format("x"))
print("{:=+8d}|{:=8.2f}|".format(42, -3.5))
print("{:0>5}|{:0<5}|{:05}".format(7, 7, -7))
print("{:,.2f} {:_x} {:_b}".format(9876543.219, 0xFFFFFF, 255))
print("{:10}|{:10}|{:<10}|".format(12, "ab", 12))
print("{:.3}|{:.3s}|{:.0f}|{:.1f}".format("abcdef", "xyzw", 0.5, 0.05))
print("{:c}{:c}".format(80, 121))
print("{:n}".format(1234))
print("{0:d} {0:5d} {0:<5d}|".format(True))
print(format(255, "#010b"), format(3.5, "^9.2f"), format("s", ">3"), format(10))
print("{}".format([1, "a", None]), "{}".format({"k": 1.5}))
data = {"a": 1, "b": 2}
print("{a}-{b}".format(**data))
args = ("p", "q")
print("{1}{0}".format(*args))
print("{:>{width}}".format("z", width=4))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(a=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print("ValueError:", e)
try:
    "{:d}".format("s")
except ValueError as e:
    print("ValueError:", e)
