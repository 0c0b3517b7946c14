"""Container datatypes (pure-Python implementation for Tauraro):

namedtuple (tuples with named fields), deque (a double-ended queue), ChainMap
(one view of several mappings), Counter (a multiset), OrderedDict (a dict with
order operations), defaultdict (a dict with a factory for missing keys), and
UserDict, UserList, UserString (wrappers that are easy to subclass).

Where the interpreter cannot subclass dict or tuple yet, OrderedDict,
defaultdict, Counter and the namedtuple classes are built on _PyDict and
_PyTuple, Python classes with the whole dict / tuple behaviour
(isinstance(x, dict) / isinstance(x, tuple) are then False).
"""

__all__ = [
    'ChainMap',
    'Counter',
    'OrderedDict',
    'UserDict',
    'UserList',
    'UserString',
    'defaultdict',
    'deque',
    'namedtuple',
]

import sys as _sys
import heapq as _heapq
from itertools import chain as _chain
from itertools import repeat as _repeat
from itertools import starmap as _starmap
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter
from collections import abc as _collections_abc

abc = _collections_abc

_Mapping = _collections_abc.Mapping
_MutableMapping = _collections_abc.MutableMapping
_ABCS_WORK = _collections_abc._ABCS_WORK


def _is_mapping(obj):
    return isinstance(obj, (dict, _DictBase)) or isinstance(obj, _Mapping)


# ---- recursive repr guard -------------------------------------------------------

_repr_running = set()


def _recursive_repr(fillvalue='...'):
    """Decorator: a repr that calls itself on the same object returns fillvalue."""

    def decorating_function(user_function):
        def wrapper(self):
            key = id(self)
            if key in _repr_running:
                return fillvalue
            _repr_running.add(key)
            try:
                result = user_function(self)
            finally:
                _repr_running.discard(key)
            return result

        wrapper.__name__ = getattr(user_function, '__name__', 'wrapper')
        return wrapper

    return decorating_function


# ---- dict and tuple bases ---------------------------------------------------------

def _can_subclass_dict():
    try:
        class _Probe(dict):
            def __missing__(self, key):
                return 0
        p = _Probe(a=1)
        return isinstance(p, dict) and p['a'] == 1 and p['b'] == 0 and len(p) == 1
    except Exception:
        return False


def _can_subclass_tuple():
    try:
        class _Probe(tuple):
            __slots__ = ()

            def __new__(cls, a, b):
                return tuple.__new__(cls, (a, b))
        p = _Probe(1, 2)
        return isinstance(p, tuple) and type(p) is _Probe and len(p) == 2 and p[1] == 2
    except Exception:
        return False


class _PyDict:
    """A stand-in for dict as a base class: the dict behaviour over a
    private dict (used where the interpreter cannot subclass dict)."""

    def __init__(self, *args, **kwargs):
        try:
            self._data
        except AttributeError:
            self._data = {}
        if args or kwargs:
            self._data.update(*args, **kwargs)

    def __getitem__(self, key):
        data = self._data
        if key in data:
            return data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        return reversed(self._data)

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _PyDict):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        return repr(self._data)

    def __or__(self, other):
        if not isinstance(other, (dict, _PyDict)):
            return NotImplemented
        new = dict(self._data)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _PyDict)):
            return NotImplemented
        new = dict(other)
        new.update(self._data)
        return new

    def __ior__(self, other):
        self._data.update(other)
        return self

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def popitem(self):
        return self._data.popitem()

    def clear(self):
        self._data.clear()

    def copy(self):
        return dict(self._data)

    def update(self, *args, **kwargs):
        self._data.update(*args, **kwargs)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self


class _PyTuple:
    """A stand-in for tuple as a base class (used where the interpreter cannot
    subclass tuple): the items live in a private tuple."""

    def __len__(self):
        return len(self._t)

    def __getitem__(self, index):
        return self._t[index]

    def __iter__(self):
        return iter(self._t)

    def __reversed__(self):
        return reversed(self._t)

    def __contains__(self, value):
        return value in self._t

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, other):
        if isinstance(other, _PyTuple):
            return self._t == other._t
        if isinstance(other, tuple):
            return self._t == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __lt__(self, other):
        other = _tuple_of(other)
        return NotImplemented if other is None else self._t < other

    def __le__(self, other):
        other = _tuple_of(other)
        return NotImplemented if other is None else self._t <= other

    def __gt__(self, other):
        other = _tuple_of(other)
        return NotImplemented if other is None else self._t > other

    def __ge__(self, other):
        other = _tuple_of(other)
        return NotImplemented if other is None else self._t >= other

    def __add__(self, other):
        other = _tuple_of(other)
        return NotImplemented if other is None else self._t + other

    def __radd__(self, other):
        other = _tuple_of(other)
        return NotImplemented if other is None else other + self._t

    def __mul__(self, n):
        return self._t * n

    __rmul__ = __mul__

    def __repr__(self):
        return repr(self._t)

    def count(self, value):
        return self._t.count(value)

    def __reduce__(self):
        return type(self), tuple(self._t)

    def index(self, value, *args):
        return self._t.index(value, *args)


def _tuple_of(obj):
    if isinstance(obj, _PyTuple):
        return obj._t
    if isinstance(obj, tuple):
        return obj
    return None


_DICT_SUBCLASSES = _can_subclass_dict()
_TUPLE_SUBCLASSES = _can_subclass_tuple()
_DictBase = dict if _DICT_SUBCLASSES else _PyDict


# ---- OrderedDict --------------------------------------------------------------------

class _OrderedDictView:
    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, list(self))

    def __reversed__(self):
        return self._reverse()


class odict_keys(_OrderedDictView, _collections_abc.KeysView):
    def _reverse(self):
        return reversed(self._mapping)


class odict_values(_OrderedDictView, _collections_abc.ValuesView):
    def _reverse(self):
        m = self._mapping
        return (m[k] for k in reversed(m))


class odict_items(_OrderedDictView, _collections_abc.ItemsView):
    def _reverse(self):
        m = self._mapping
        return ((k, m[k]) for k in reversed(m))


class OrderedDict(_DictBase):
    """A dict with order operations (move_to_end, popitem(last=)) and order-aware equality."""

    def __init__(self, other=(), /, **kwds):
        _DictBase.__init__(self)
        self.update(other, **kwds)

    def update(self, other=(), /, **kwds):
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def popitem(self, last=True):
        """Remove and return the last (key, value) pair, or the first if last is false."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self)) if last else next(iter(self))
        value = _DictBase.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        """Move key to the end (to the front if last is false); KeyError if absent."""
        value = _DictBase.pop(self, key)
        if last:
            _DictBase.__setitem__(self, key, value)
        else:
            rest = list(_DictBase.items(self))
            _DictBase.clear(self)
            _DictBase.__setitem__(self, key, value)
            for k, v in rest:
                _DictBase.__setitem__(self, k, v)

    def keys(self):
        return odict_keys(self)

    def items(self):
        return odict_items(self)

    def values(self):
        return odict_values(self)

    __marker = object()

    def pop(self, key, default=__marker):
        if key in self:
            return _DictBase.pop(self, key)
        if default is self.__marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, list(self.items()))

    def __reduce__(self):
        return self.__class__, (), None, None, iter(self.items())

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        """Order matters when comparing with another OrderedDict, not with a dict."""
        if isinstance(other, OrderedDict):
            if not _DictBase.__eq__(self, other):
                return False
            return all(a == b for a, b in zip(self, other))
        return _DictBase.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, (dict, _DictBase)):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _DictBase)):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


# ---- namedtuple ------------------------------------------------------------------------

_PLACEHOLDER_NAME = '_namedtuple_class'


class _tuplegetter:
    """Field accessor of a namedtuple class: a read-only data descriptor."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return instance[self._index]

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")


def _quoted_list(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_binder(typename, field_names, field_defaults):
    """Argument binding of a namedtuple's __new__(_cls, *fields), with the
    messages CPython gives for the generated signature."""
    fname = typename + '.__new__()'
    n = len(field_names)
    index_of = {name: i for i, name in enumerate(field_names)}
    ndefaults = len(field_defaults)
    first_default = n - ndefaults
    default_values = [field_defaults[name] for name in field_names[first_default:]]
    missing_marker = _MISSING

    def bind(args, kwargs):
        nargs = len(args)
        if nargs == n and not kwargs:
            return tuple(args)
        values = list(args[:n])
        if len(values) < n:
            values.extend([missing_marker] * (n - len(values)))
        for key, value in kwargs.items():
            i = index_of.get(key)
            if i is None:
                raise TypeError("%s got an unexpected keyword argument '%s'" % (fname, key))
            if i < nargs:
                raise TypeError("%s got multiple values for argument '%s'" % (fname, key))
            values[i] = value
        if nargs > n:
            if ndefaults:
                takes = 'from %d to %d positional arguments' % (first_default + 1, n + 1)
            else:
                takes = '%d positional argument%s' % (n + 1, '' if n == 0 else 's')
            given = nargs + 1
            raise TypeError('%s takes %s but %d %s given'
                            % (fname, takes, given, 'was' if given == 1 else 'were'))
        missing = []
        for i in range(n):
            if values[i] is missing_marker:
                if i >= first_default:
                    values[i] = default_values[i - first_default]
                else:
                    missing.append(field_names[i])
        if missing:
            raise TypeError('%s missing %d required positional argument%s: %s'
                            % (fname, len(missing), '' if len(missing) == 1 else 's',
                               _quoted_list(missing)))
        return tuple(values)

    return bind


class _Missing:
    def __repr__(self):
        return '<missing>'


_MISSING = _Missing()


def _isidentifier(name):
    try:
        return name.isidentifier()
    except AttributeError:
        # Interpreters without str.isidentifier: the ASCII rule plus letters.
        if not name or not (name[0] == '_' or name[0].isalpha()):
            return False
        for ch in name:
            if not (ch == '_' or ch.isalnum()):
                return False
        return True


def _caller_module(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Return a new tuple subclass named typename whose items are also readable
    as attributes:

        Point = namedtuple('Point', 'x y')     # or ['x', 'y'], or 'x, y'
        p = Point(1, y=2)                      # Point(x=1, y=2)
        p.x + p[1]                             # 3
        p._replace(x=5), p._asdict(), Point._make([3, 4]), Point._fields

    rename=True replaces invalid field names with _0, _1, ...; defaults apply to
    the rightmost fields; module sets __module__.
    """
    # Validate the field names.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = _sys.intern(str(typename)) if hasattr(_sys, 'intern') else str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not _isidentifier(name)
                    or _iskeyword(name)
                    or name.startswith('_')
                    or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not _isidentifier(name):
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names),
                                                reversed(defaults)))))

    field_names = tuple(map(_sys.intern, field_names)) if hasattr(_sys, 'intern') \
        else tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in field_names) + ')'
    bind = _make_binder(typename, field_names, field_defaults)

    # The class.
    if _TUPLE_SUBCLASSES:
        _tuple_new = tuple.__new__

        class _namedtuple_class(tuple):
            __slots__ = ()

            def __new__(_cls, *args, **kwargs):
                return _tuple_new(_cls, bind(args, kwargs))

        def _make(cls, iterable):
            result = _tuple_new(cls, iterable)
            if len(result) != num_fields:
                raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
            return result
    else:
        class _namedtuple_class(_PyTuple):
            def __init__(self, *args, **kwargs):
                self._t = bind(args, kwargs)

        def _make(cls, iterable):
            values = tuple(iterable)
            if len(values) != num_fields:
                raise TypeError('Expected %d arguments, got %d' % (num_fields, len(values)))
            return cls(*values)

    result = _namedtuple_class
    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name, value) for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % list(kwds))
        return result

    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' \
        % typename

    def __repr__(self):
        name = self.__class__.__name__
        if name == _PLACEHOLDER_NAME and self.__class__ is result:
            name = typename
        return name + repr_fmt % tuple(self)

    def _asdict(self):
        """A dict of the field names and values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        namespace[name] = _tuplegetter(index, 'Alias for field number %d' % index)
    for key, value in namespace.items():
        setattr(result, key, value)

    result.__name__ = typename
    result.__qualname__ = typename
    if module is None:
        module = _caller_module()
    if module is not None:
        result.__module__ = module
    return result


# ---- defaultdict --------------------------------------------------------------------

class defaultdict(_DictBase):
    """defaultdict(default_factory=None, /, ...) -> a dict that stores and returns
    default_factory() for a missing key read with d[key]; the other arguments are
    those of dict().
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        _DictBase.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            frepr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                frepr = '...'
            else:
                _repr_running.add(key)
                try:
                    frepr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, frepr, _DictBase.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        return type(self), (self.default_factory,), None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, (dict, _DictBase)):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _DictBase)):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


# ---- Counter -------------------------------------------------------------------------

def _count_elements(mapping, iterable):
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(_DictBase):
    """A dict of counts: Counter('hello') counts letters, Counter(a=2) sets counts.

    Missing elements count 0; most_common(), elements(), total(), update() and
    subtract() add to the dict interface; + - | & combine counters (keeping
    positive counts), and comparisons treat missing elements as 0.
    """

    def __init__(self, iterable=None, /, **kwds):
        _DictBase.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        """The sum of the counts."""
        return sum(self.values())

    def most_common(self, n=None):
        """The n most common (element, count) pairs, all of them when n is None."""
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        return _heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        """Each element repeated count times (elements with counts below 1 are skipped)."""
        return _chain.from_iterable(_starmap(_repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Add counts from an iterable of elements, a mapping of counts, or keywords."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    _DictBase.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Subtract counts (results may be zero or negative)."""
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        if elem in self:
            _DictBase.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    # Multiset comparisons: missing elements count as zero.

    def __eq__(self, other):
        if not isinstance(other, Counter):
            if _DICT_SUBCLASSES:
                return NotImplemented
            # dict's own comparison, as a dict subclass would get it
            return _DictBase.__eq__(self, other)
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            if _DICT_SUBCLASSES:
                return NotImplemented
            return _DictBase.__ne__(self, other)
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic: results keep positive counts only.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in list(self.items()):
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ---- deque ---------------------------------------------------------------------------

def _as_index(n):
    if isinstance(n, int):
        return n
    index = getattr(type(n), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    return index(n)


class deque:
    """deque([iterable[, maxlen]]): a sequence with fast appends and pops at both ends."""

    # The items are self._items[self._head:]; the slots before _head are free
    # room for appendleft, so both ends are amortised O(1).

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        self._state = 0
        if iterable is not None:
            self.extend(iterable)

    @property
    def maxlen(self):
        """The bound on the length, or None."""
        return self._maxlen

    # -- internal helpers --

    def _size(self):
        return len(self._items) - self._head

    def _compact(self):
        items = self._items
        head = self._head
        if head > 16 and head * 2 > len(items):
            del items[:head]
            self._head = 0

    def _norm_index(self, index):
        if not isinstance(index, int):
            if getattr(type(index), '__index__', None) is None:
                raise TypeError('sequence index must be integer, not %r'
                                % type(index).__name__)
            index = _as_index(index)
        n = len(self._items) - self._head
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError('deque index out of range')
        return self._head + index

    # -- adding and removing at the ends --

    def append(self, x):
        self._state += 1
        self._items.append(x)
        if self._maxlen is not None and self._size() > self._maxlen:
            self._popleft()

    def appendleft(self, x):
        self._state += 1
        if self._head == 0:
            room = max(8, len(self._items))
            self._items[0:0] = [None] * room
            self._head = room
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None and self._size() > self._maxlen:
            self._pop()

    def _pop(self):
        items = self._items
        x = items.pop()
        if len(items) == self._head:
            items.clear()
            self._head = 0
        return x

    def _popleft(self):
        items = self._items
        head = self._head
        x = items[head]
        items[head] = None
        self._head = head + 1
        if self._head == len(items):
            items.clear()
            self._head = 0
        else:
            self._compact()
        return x

    def pop(self):
        if self._size() == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._pop()

    def popleft(self):
        if self._size() == 0:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._popleft()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Append each item at the left (so they end up reversed)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        if type(self) is deque:
            return deque(self, self._maxlen)
        if self._maxlen is None:
            return type(self)(self)
        return type(self)(self, self._maxlen)

    __copy__ = copy

    def count(self, value):
        state = self._state
        n = 0
        for x in self._items[self._head:]:
            if x is value or x == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, value, start=0, stop=None):
        n = self._size()
        start = _as_index(start)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop is None:
            stop = n
        else:
            stop = _as_index(stop)
            if stop < 0:
                stop += n
                if stop < 0:
                    stop = 0
        if stop > n:
            stop = n
        state = self._state
        for i in range(start, stop):
            x = self._items[self._head + i]
            if x is value or x == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError('%r is not in deque' % (value,))

    def insert(self, index, value):
        index = _as_index(index)
        n = self._size()
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        if index < 0:
            index += n
            if index < 0:
                index = 0
        if index > n:
            index = n
        self._state += 1
        self._items.insert(self._head + index, value)

    def remove(self, value):
        items = self._items
        for i in range(self._head, len(items)):
            x = items[i]
            if x is value or x == value:
                self._state += 1
                del items[i]
                if len(items) == self._head:
                    items.clear()
                    self._head = 0
                return
        raise ValueError('%r is not in deque' % (value,))

    def reverse(self):
        self._state += 1
        rest = self._items[self._head:]
        rest.reverse()
        self._items = rest
        self._head = 0

    def rotate(self, n=1):
        """Rotate n steps to the right (to the left when n is negative)."""
        n = _as_index(n)
        size = self._size()
        if size <= 1:
            return
        n %= size
        if n == 0:
            return
        self._state += 1
        items = self._items[self._head:]
        self._items = items[-n:] + items[:-n]
        self._head = 0

    # -- sequence protocol --

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def __getitem__(self, index):
        return self._items[self._norm_index(index)]

    def __setitem__(self, index, value):
        self._items[self._norm_index(index)] = value

    def __delitem__(self, index):
        i = self._norm_index(index)
        self._state += 1
        del self._items[i]
        if len(self._items) == self._head:
            self._items.clear()
            self._head = 0

    def __contains__(self, value):
        state = self._state
        for x in self._items[self._head:]:
            if x is value or x == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __iter__(self):
        state = self._state
        remaining = self._size()
        i = 0
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            if remaining <= 0:
                return
            yield self._items[self._head + i]
            i += 1
            remaining -= 1

    def __reversed__(self):
        state = self._state
        remaining = self._size()
        i = remaining - 1
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            if remaining <= 0:
                return
            yield self._items[self._head + i]
            i -= 1
            remaining -= 1

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            body = repr(self._items[self._head:])
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self._maxlen is None:
            return '%s(%s)' % (name, body)
        return '%s(%s, maxlen=%d)' % (name, body, self._maxlen)

    def __hash__(self):
        raise TypeError("unhashable type: 'collections.deque'")

    # -- comparisons: only between deques, element-wise like lists --

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] == other._items[other._head:]

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] != other._items[other._head:]

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] < other._items[other._head:]

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] <= other._items[other._head:]

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] > other._items[other._head:]

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self._items[self._head:] >= other._items[other._head:]

    # -- arithmetic --

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _as_index(n)
        if n <= 0:
            self.clear()
            return self
        if n == 1:
            return self
        items = self._items[self._head:]
        if self._maxlen is None:
            self._state += 1
            self._items = items * n
            self._head = 0
        else:
            for _ in range(n - 1):
                self.extend(items)
        return self

    def __reduce__(self):
        if self._maxlen is None:
            return type(self), (), None, iter(self)
        return type(self), ((), self._maxlen), None, iter(self)


if _ABCS_WORK:
    _collections_abc.MutableSequence.register(deque)


# ---- ChainMap ---------------------------------------------------------------------------

class ChainMap(_MutableMapping):
    """One mapping over several: lookups search maps in order, writes and deletions
    go to maps[0].
    """

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        seen = set()
        for mapping in self.maps:
            for key in mapping:
                seen.add(key)
        return len(seen)

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return f'{self.__class__.__name__}({", ".join(map(repr, self.maps))})'

    @classmethod
    def fromkeys(cls, iterable, *args):
        value = args[0] if args else None
        d = {}
        for key in iterable:
            d[key] = value
        return cls(d)

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (or a new dict) in front of the current maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        """A ChainMap of maps[1:]."""
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}')

    def clear(self):
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# ---- UserDict, UserList, UserString -------------------------------------------------------

class UserDict(_MutableMapping):

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__()
        inst.data = self.data.copy()
        for key, value in vars(self).items():
            if key != 'data':
                setattr(inst, key, value)
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_collections_abc.MutableSequence):
    """A list wrapper (the list is .data) meant for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        else:
            return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__()
        for key, value in vars(self).items():
            setattr(inst, key, value)
        inst.data = self.data[:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString(_collections_abc.Sequence):

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, start, end)

    def removeprefix(self, prefix, /):
        if isinstance(prefix, UserString):
            prefix = prefix.data
        return self.__class__(self.data.removeprefix(prefix))

    def removesuffix(self, suffix, /):
        if isinstance(suffix, UserString):
            suffix = suffix.data
        return self.__class__(self.data.removesuffix(suffix))

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_sys.maxsize):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans if hasattr(str, 'maketrans') else None

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=_sys.maxsize):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rfind(sub, start, end)

    def rindex(self, sub, start=0, end=_sys.maxsize):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_sys.maxsize):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
