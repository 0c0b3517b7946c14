import types
ns = types.SimpleNamespace(x=1, y=[2, 3], name="pt")
print(ns, ns.x, ns.y, ns.name)
ns.z = 9
del ns.x
print(ns, vars(ns), ns == types.SimpleNamespace(y=[2, 3], name="pt", z=9), ns != types.SimpleNamespace())
print(types.SimpleNamespace(), repr(types.SimpleNamespace(a=types.SimpleNamespace(b=1))))
class Config(types.SimpleNamespace):
    pass
print(Config(debug=True, level=3), isinstance(Config(), types.SimpleNamespace))
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
def f(): pass
def g(): yield 1
class C:
    def m(self): return "m of " + type(self).__name__
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(g(), types.GeneratorType))
print(isinstance(len, types.BuiltinFunctionType), isinstance(C().m, types.MethodType), isinstance(types, types.ModuleType))
print(type(None) is types.NoneType, types.FunctionType.__name__, types.MethodType.__name__, types.GeneratorType.__name__)
bound = types.MethodType(lambda self, k: (type(self).__name__, k), C())
print(bound(5), bound.__self__.m())
c = C()
c.extra = types.MethodType(C.m, c)
print(c.extra())
mod = types.ModuleType("plugins")
mod.VALUE = 42
print(mod.__name__, mod.VALUE, mod)
for bad in [lambda: types.MethodType(1, c), lambda: types.MethodType(f, None), lambda: types.ModuleType(3)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
