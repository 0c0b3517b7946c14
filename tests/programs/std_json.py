import json, io
from enum import IntEnum
class Lvl(IntEnum):
    LOW = 1
data = {"name": "tauraro", "list": [1, 2.5, -0.0, 1e100, 10 ** 20, True, None, "x"], "nested": {"a": [], "b": {}, "c": [{}], "d": [[1, [2]]]},
        "esc": "q\"b\\s/\n\t\r\b\f\x01\x7f é 中 😀", 3: "int", 2.5: "float", None: "none", True: "t", "lvl": Lvl.LOW, "tup": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps(data, indent=0))
print(json.dumps([1, 2, {"k": [3]}], separators=(",", ":")))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True, indent=1))
print(json.dumps("just a string"), json.dumps(5), json.dumps(None), json.dumps(3.0), json.dumps([float("nan"), float("inf"), -float("inf")]))
print(repr(json.dumps("é", ensure_ascii=False)))
for bad in [{(1, 2): 3}, [set()], [float("nan")]]:
    try:
        print(json.dumps(bad, allow_nan=False))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
l = [1]
l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print("ValueError", e)
print(json.dumps({"s": {1, 2}}, default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex if False else set):
            return {"set": sorted(o)}
        return super().default(o)
print(json.dumps({"v": {3, 1}}, cls=Enc, indent=2))
s = json.dumps(data)
back = json.loads(s)
print(back)
print(json.loads('  {"a" : [1, 2.0, -3e2, 0.5E+1, -0, 1E400, "x\\u00e9\\ud83d\\ude00\\n"], "b": null, "c": true, "d": false} '))
print(json.loads("[NaN, Infinity, -Infinity]"), json.loads('"\\/"'), json.loads("123"), json.loads("-1.5"))
for bad in ['', ' ', '[1,]', '{"a":1,}', '{"a" 1}', '{a:1}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', 'tru', '[1] x', '{"a":}', '\n\n  [1,\n  ]', '"a\tb"', '-', '01', '1.', '[', '{', '{"a"', '{"a":1', '["a",', 'nul', '1e', '.5', '"\\', '{"a":1 "b":2}']:
    try:
        print(repr(bad), "->", repr(json.loads(bad)))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", type(e).__name__, e, "|", e.msg, e.pos, e.lineno, e.colno)
print(json.loads('"a\tb"', strict=False))
print(json.loads('{"a": 1, "a": 2, "b": {"x": 1.25}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads("[1.5, 2]", parse_float=str, parse_int=lambda x: int(x) * 10))
f = io.StringIO()
json.dump({"k": [1, 2]}, f, indent=1)
print(f.getvalue())
f.seek(0)
print(json.load(f))
print(isinstance(json.JSONDecodeError("m", "doc", 1), ValueError))
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.dumps(data, sort_keys=False) == json.JSONEncoder().encode(data))
for kw in [{}, {'indent': 1}, {'sort_keys': True}]:
    try:
        json.dumps([float('nan')], allow_nan=False, **kw)
    except ValueError as e:
        print(e)
for kw in [{}, {'indent': 1}]:
    try:
        json.dumps({float('inf'): 1}, allow_nan=False, **kw)
    except ValueError as e:
        print(e)
