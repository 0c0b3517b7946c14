"""Shallow and deep copies of Python objects (pure-Python, for Tauraro).

    copy.copy(x)              a shallow copy of x
    copy.deepcopy(x[, memo])  a deep copy of x; memo maps id() to copies made

The protocol is CPython's: __copy__ / __deepcopy__, else the object's
reduction (__reduce_ex__(4) / __reduce__) rebuilt by _reconstruct.  Instances
without a reduction are reduced as object.__reduce_ex__(4) does: a new object
of the same class (made without __init__) that gets a copy of the state.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)

    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)

    if issubclass(cls, type):
        return _copy_immutable(x)

    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)

    rv = _reduce(x, cls, "un(shallow)copyable object of type %s")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls, message):
    reductor = dispatch_table.get(cls)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor is not None:
        return reductor()
    rv = _default_reduce(x, cls)
    if rv is None:
        raise Error(message % cls)
    return rv


def _newobj(cls, *args):
    return cls.__new__(cls, *args)


def _slotnames(cls):
    names = []
    for c in getattr(cls, '__mro__', (cls,)):
        slots = c.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    return names


def _default_reduce(x, cls):
    """The reduction object.__reduce_ex__(4) gives an instance of a class
    (used where the interpreter does not provide one)."""
    if not hasattr(cls, '__mro__'):
        return None
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state = getstate()
    else:
        try:
            state = x.__dict__
        except AttributeError:
            state = None
        if not state:
            state = None
        slots = {}
        for name in _slotnames(cls):
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    getnewargs = getattr(x, '__getnewargs__', None)
    args = getnewargs() if getnewargs is not None else ()
    return (_newobj, (cls,) + tuple(args), state, None, None)


_copy_dispatch = d = {}


def _copy_immutable(x):
    return x


for t in (type(None), int, float, bool, str, tuple, frozenset, type, range, slice,
          property, type(len), type(Ellipsis), type(NotImplemented), type(_copy_immutable)):
    d[t] = _copy_immutable
try:
    d[complex] = _copy_immutable
    d[bytes] = _copy_immutable
except NameError:   # types this interpreter does not have yet
    pass

d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy

del d, t

dispatch_table = {}


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x; objects already in memo (keyed by id) are reused."""
    if memo is None:
        memo = {}

    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y

    cls = type(x)

    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    else:
        if issubclass(cls, type):
            y = _deepcopy_atomic(x, memo)
        else:
            copier = getattr(x, "__deepcopy__", None)
            if copier is not None:
                y = copier(memo)
            else:
                rv = _reduce(x, cls, "un(deep)copyable object of type %s")
                if isinstance(rv, str):
                    y = x
                else:
                    y = _reconstruct(x, memo, *rv)
    # Objects that are their own copy are not remembered.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_deepcopy_dispatch = d = {}


def _deepcopy_atomic(x, memo):
    return x


for t in (type(None), int, float, bool, str, type, range, type(len), type(Ellipsis),
          type(NotImplemented), type(_deepcopy_atomic), property):
    d[t] = _deepcopy_atomic
try:
    d[complex] = _deepcopy_atomic
    d[bytes] = _deepcopy_atomic
except NameError:
    pass


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


d[list] = _deepcopy_list


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A self-referencing tuple was copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            y = tuple(y)
            break
    else:
        y = x
    return y


d[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


d[dict] = _deepcopy_dict


def _deepcopy_set(x, memo, deepcopy=deepcopy):
    # What set.__reduce_ex__ gives: cls(list of the items), items deep-copied.
    return type(x)(deepcopy(list(x), memo))


d[set] = _deepcopy_set
d[frozenset] = _deepcopy_set


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


class _Probe:
    def method(self):
        pass


d[type(_Probe().method)] = _deepcopy_method
del d, t, _Probe


def _keep_alive(x, memo):
    """Keep x alive for as long as the memo: the memo is keyed by id(), which
    a temporary object could otherwise hand on to a new object.  The list
    lives under the memo's own id."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args,
                 state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y
