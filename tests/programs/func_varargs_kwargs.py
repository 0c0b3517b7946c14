# Functions: *args and **kwargs collection, forwarding, ordering of kwargs, mixing with named parameters.
def collect(*args, **kwargs):
    return args, kwargs

print(collect())
print(collect(1, 2))
print(collect(a=1, b=2))
print(collect(1, a=1))
print(collect(*[1, 2], *[3], **{"z": 26}, y=25))

def forward(*args, **kwargs):
    return collect(*args, **kwargs)
print(forward(1, 2, k="v"))

def head_tail(first, *rest):
    return first, rest
print(head_tail(1), head_tail(1, 2, 3), head_tail(*"xyz"))

def opts(a, b=0, **extra):
    keys = []
    for k in extra:
        keys.append(k)
    return a, b, keys, extra
print(opts(1), opts(1, 2, c=3, d=4), opts(b=5, a=6, zz=7))

def count_args(*a, **k):
    return len(a), len(k)
many = {}
for i in range(7):
    many["k" + str(i)] = i
print(count_args(*range(50), **many))

def sum_all(*nums, start=0):
    total = start
    for n in nums:
        total += n
    return total
print(sum_all(1, 2, 3), sum_all(1.5, 2.5, start=10), sum_all(2**64, 2**64))

def types_of(*args):
    return [type(a).__name__ for a in args]
print(types_of(1, 1.0, "s", [], (), {}, None, True, 2**100))

def kwargs_is_fresh(**kw):
    kw["added"] = True
    return kw
base = {"x": 1}
print(kwargs_is_fresh(**base), base)

def args_is_tuple(*args):
    return type(args).__name__, args
print(args_is_tuple(), args_is_tuple([1]))
