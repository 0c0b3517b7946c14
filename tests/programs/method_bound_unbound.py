# Built-in methods as objects: bound methods stored and called later, unbound
# methods through the class, class-level methods (fromkeys, maketrans, fromhex).
up = "abc".upper
print(up(), up.__name__, up.__self__)
app = [].append
app(1); app(2)
print(app.__self__)
class Holder:
    pass
h = Holder()
h.add = set().add
h.add(3); h.add(4)
print(h.add.__self__)
h.ext = [0].extend
h.ext([1, 2])
print(h.ext.__self__)
h.fk = dict.fromkeys
print(h.fk("ab", 1))
h.mt = str.maketrans
print(h.mt("a", "b"))
print(list(map(str.strip, [" a ", "b "])), list(map(str.upper, "xy")), sorted(["b", "A"], key=str.lower))
print(list(map(len, ["ab", "c"])), list(filter(str.isdigit, ["1", "a", "22"])), "".join(map(str.title, ["a", "b"])))
print(str.join("-", ["p", "q"]), str.split("a b"), str.replace("aa", "a", "b", 1), str.format("{}!", 1))
print(list.copy([1, 2]), dict.copy({1: 2}), set.union({1}, [2]), tuple.index((1, 2), 2), int.bit_length(255))
print(dict.fromkeys is not None, {}.fromkeys("x"), "q".maketrans("q", "r"), (1.0).fromhex("0x2p0"))
print("abc".__len__(), "abc".__contains__("b"), {1: 2}.__contains__(1), str.__len__("hello"))
methods = [s.lower for s in ["A", "B"]]
print([m() for m in methods])
counter = {}
inc = counter.setdefault
for w in "a b a c a b".split():
    inc(w, []).append(w)
print(counter)
d = {"k": 1}
getter = d.get
d["k"] = 2
print(getter("k"), getter("missing", "dflt"))
stack = []
push, pop = stack.append, stack.pop
for i in range(3):
    push(i)
print(pop(), pop(), stack)
for name in ["upper", "split", "join", "find"]:
    print(name, getattr("a,b", name) is not None)
print(repr([].append)[:26], repr(str.upper)[:25] if False else "")
try:
    str.join()
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.split(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys()
except TypeError as e:
    print(type(e).__name__, e)
try:
    set.union()
except TypeError as e:
    print(type(e).__name__, e)
