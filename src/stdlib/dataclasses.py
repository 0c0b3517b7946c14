"""Data classes (pure-Python implementation for Tauraro).

@dataclass reads the class's __annotations__ (in definition order) and adds
__init__, __repr__, __eq__ and, on request, ordering, hashing and frozen
instances.  The generated methods are closures over the field list (no
source code is generated and exec'd), with the argument errors CPython's
generated __init__ gives.
"""

import copy
import sys

__all__ = ['dataclass',
           'field',
           'Field',
           'FrozenInstanceError',
           'InitVar',
           'KW_ONLY',
           'MISSING',
           'fields',
           'asdict',
           'astuple',
           'make_dataclass',
           'replace',
           'is_dataclass',
           ]


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _ReadOnlyMapping:
    """The read-only view of a field's metadata (CPython: mappingproxy)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)


_EMPTY_METADATA = _ReadOnlyMapping({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type', )

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name',
                 'type',
                 'default',
                 'default_factory',
                 'repr',
                 'hash',
                 'init',
                 'compare',
                 'metadata',
                 'kw_only',
                 '_field_type',
                 )

    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA
                         if metadata is None else
                         _ReadOnlyMapping(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init',
                 'repr',
                 'eq',
                 'order',
                 'unsafe_hash',
                 'frozen',
                 )

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Describe a field of a dataclass: its default (or default_factory, a
    function called for each new instance), whether it is an __init__ parameter
    (init), shown in repr (repr), hashed (hash), compared (compare),
    keyword-only (kw_only), and free-form metadata.
    """
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _loaded_module(name):
    # (sys.modules is missing in some interpreters)
    return getattr(sys, 'modules', {}).get(name)


def _is_classvar(a_type):
    typing = _loaded_module('typing')
    if typing is None:
        return False
    return (a_type is typing.ClassVar
            or (getattr(a_type, '__origin__', None) is typing.ClassVar))


def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar


def _is_kw_only(a_type):
    return a_type is KW_ONLY


def _string_annotation_kind(annotation):
    """'classvar', 'initvar', 'kw_only' or None for a string annotation."""
    text = annotation.strip()
    for prefix, kind in (('ClassVar', 'classvar'), ('typing.ClassVar', 'classvar'),
                         ('InitVar', 'initvar'), ('dataclasses.InitVar', 'initvar'),
                         ('KW_ONLY', 'kw_only'), ('dataclasses.KW_ONLY', 'kw_only')):
        if text == prefix or text.startswith(prefix + '['):
            return kind
    return None


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)

    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    kind = _string_annotation_kind(a_type) if isinstance(a_type, str) else None
    if kind == 'classvar' or _is_classvar(a_type):
        f._field_type = _FIELD_CLASSVAR
    elif kind == 'initvar' or _is_initvar(a_type):
        f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a '
                            'default factory')

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        assert f._field_type is _FIELD_CLASSVAR
        if f.kw_only is not MISSING:
            raise TypeError(f'field {f.name} is a ClassVar but specifies '
                            'kw_only')

    # Mutable defaults (instances of unhashable classes) are refused.
    if f._field_type is _FIELD and f.default is not MISSING:
        if isinstance(f.default, (list, dict, set)) or \
                getattr(type(f.default), '__hash__', 0) is None:
            raise ValueError(f'mutable default {type(f.default)} for field '
                             f'{f.name} is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


# ---- generated methods -------------------------------------------------------------------------

def _quoted(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _make_init(cls, fields, std_fields, kw_only_fields, frozen, has_post_init):
    qualname = cls.__qualname__ + '.__init__'
    pos = [f.name for f in std_fields]
    kwonly = [f.name for f in kw_only_fields]
    init_fields = std_fields + kw_only_fields
    index_of = {f.name: i for i, f in enumerate(init_fields)}
    npos = len(pos)
    ndefaults = sum(1 for f in std_fields
                    if f.default is not MISSING or f.default_factory is not MISSING)
    initvars = [f.name for f in fields if f._field_type is _FIELD_INITVAR]
    setters = [f for f in fields if f._field_type is _FIELD]
    marker = MISSING

    def bind(args, kwargs):
        nargs = len(args)
        values = list(args[:npos]) + [marker] * (len(init_fields) - min(nargs, npos))
        kwonly_given = 0
        for key, value in kwargs.items():
            i = index_of.get(key)
            if i is None:
                raise TypeError(f"{qualname}() got an unexpected keyword argument '{key}'")
            if i < nargs and i < npos:
                raise TypeError(f"{qualname}() got multiple values for argument '{key}'")
            if i >= npos:
                kwonly_given += 1
            values[i] = value
        if nargs > npos:
            if ndefaults:
                sig = 'from %d to %d' % (npos - ndefaults + 1, npos + 1)
                plural = True
            else:
                sig = '%d' % (npos + 1)
                plural = npos + 1 != 1
            given = nargs + 1
            kw_sig = ''
            if kwonly_given:
                kw_sig = ' positional argument%s (and %d keyword-only argument%s)' % (
                    's' if given != 1 else '', kwonly_given, 's' if kwonly_given != 1 else '')
            raise TypeError('%s() takes %s positional argument%s but %d%s %s given' % (
                qualname, sig, 's' if plural else '', given, kw_sig,
                'was' if given == 1 and not kwonly_given else 'were'))
        missing_pos = []
        missing_kw = []
        for i, f in enumerate(init_fields):
            if values[i] is marker:
                if f.default_factory is not MISSING:
                    values[i] = f.default_factory()
                elif f.default is not MISSING:
                    values[i] = f.default
                elif i < npos:
                    missing_pos.append(f.name)
                else:
                    missing_kw.append(f.name)
        if missing_pos:
            raise TypeError('%s() missing %d required positional argument%s: %s' % (
                qualname, len(missing_pos), '' if len(missing_pos) == 1 else 's',
                _quoted(missing_pos)))
        if missing_kw:
            raise TypeError('%s() missing %d required keyword-only argument%s: %s' % (
                qualname, len(missing_kw), '' if len(missing_kw) == 1 else 's',
                _quoted(missing_kw)))
        return {f.name: values[i] for i, f in enumerate(init_fields)}

    def __init__(self, *args, **kwargs):
        bound = bind(args, kwargs)
        for f in setters:
            if f.init:
                value = bound[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue    # the class attribute holds the default
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if has_post_init:
            self.__post_init__(*[bound[name] for name in initvars])

    __init__.__qualname__ = qualname
    return __init__


_repr_running = set()


def _make_repr(fields):
    repr_fields = [f.name for f in fields if f.repr]

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            body = ', '.join(f'{name}={getattr(self, name)!r}' for name in repr_fields)
        finally:
            _repr_running.discard(key)
        return f'{self.__class__.__qualname__}({body})'

    return __repr__


def _make_compare(op, names):
    def values(obj):
        return tuple(getattr(obj, name) for name in names)

    if op == '==':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) == values(other)
            return NotImplemented
        method.__name__ = '__eq__'
    elif op == '<':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) < values(other)
            return NotImplemented
        method.__name__ = '__lt__'
    elif op == '<=':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) <= values(other)
            return NotImplemented
        method.__name__ = '__le__'
    elif op == '>':
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) > values(other)
            return NotImplemented
        method.__name__ = '__gt__'
    else:
        def method(self, other):
            if other.__class__ is self.__class__:
                return values(self) >= values(other)
            return NotImplemented
        method.__name__ = '__ge__'
    return method


def _make_hash(names):
    def __hash__(self):
        return hash(tuple(getattr(self, name) for name in names))
    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


# ---- the decorator ---------------------------------------------------------------------------------

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}

    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Fields of dataclass bases, oldest first.
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get('__annotations__', {})

    cls_fields = []
    KW_ONLY_seen = False
    for name, type_ in cls_annotations.items():
        if (_is_kw_only(type_) or (isinstance(type_, str)
                                   and _string_annotation_kind(type_) == 'kw_only')):
            if KW_ONLY_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY '
                                'has already been specified')
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type_, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # The class attribute holds the default value, or nothing.
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a '
                            'frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a '
                            'non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or
                             (class_hash is None and '__eq__' in cls.__dict__))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        # Non-default positional parameters may not follow default ones.
        seen_default = False
        for f in std_init_fields:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} '
                                'follows default argument')
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _make_init(cls, all_init_fields, std_init_fields,
                                      kw_only_init_fields, frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(field_list))

    if eq:
        cmp_names = [f.name for f in field_list if f.compare]
        _set_new_attribute(cls, '__eq__', _make_compare('==', cmp_names))

    if order:
        cmp_names = [f.name for f in field_list if f.compare]
        for name, op in [('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')]:
            if _set_new_attribute(cls, name, _make_compare(op, cmp_names)):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}. Consider using '
                                'functools.total_ordering')

    if frozen:
        setter, deleter = _make_frozen(cls, {f.name for f in field_list})
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} '
                                f'in class {cls.__name__}')

    # __hash__, following CPython's table of (unsafe_hash, eq, frozen,
    # explicit __hash__).
    hash_names = [f.name for f in field_list
                  if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ '
                            f'in class {cls.__name__}')
        cls.__hash__ = _make_hash(hash_names)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(hash_names)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None

    if not getattr(cls, '__doc__', None):
        # What inspect.signature(cls) prints, as CPython uses.
        params = []
        for f in std_init_fields:
            params.append(_param_text(f))
        if kw_only_init_fields:
            params.append('*')
            params.extend(_param_text(f) for f in kw_only_init_fields)
        cls.__doc__ = cls.__name__ + '(' + ', '.join(params) + ')'

    if match_args:
        _set_new_attribute(cls, '__match_args__',
                           tuple(f.name for f in std_init_fields))

    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    abc = _loaded_module('abc')
    if abc is not None and hasattr(abc, 'update_abstractmethods'):
        abc.update_abstractmethods(cls)

    return cls


def _type_name(tp):
    if isinstance(tp, type):
        if tp.__module__ == 'builtins':
            return tp.__qualname__
        return tp.__module__ + '.' + tp.__qualname__
    if isinstance(tp, str):
        return repr(tp)
    return repr(tp).replace('typing.', '')


def _param_text(f):
    text = f'{f.name}: {_type_name(f.type)}'
    if f.default_factory is not MISSING:
        text += ' = <factory>'
    elif f.default is not MISSING:
        text += ' = ' + repr(f.default)
    return text


def _add_slots(cls, is_frozen, weakref_slot):
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        slots = base.__dict__.get('__slots__', ())
        inherited_slots.update((slots,) if isinstance(slots, str) else slots)
    cls_dict['__slots__'] = tuple(name for name in field_names if name not in inherited_slots) \
        + (('__weakref__',) if weakref_slot else ())
    for field_name in field_names:
        cls_dict.pop(field_name, None)
    cls_dict.pop('__dict__', None)
    cls_dict.pop('__weakref__', None)
    qualname = getattr(cls, '__qualname__', None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Class decorator adding __init__, __repr__ and __eq__ (and, when asked,
    ordering, __hash__, frozen instances, __match_args__, __slots__) from the
    class's annotated fields.
    """

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash,
                              frozen, match_args, kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


# ---- functions on dataclasses -------------------------------------------------------------------

def fields(class_or_instance):
    """The Field objects of a dataclass or dataclass instance (ClassVar and InitVar excluded)."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping
    field names to field values (recursing into dataclasses, lists, tuples
    and dicts; other values are deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif hasattr(obj, '_fields') and isinstance(obj, tuple) or \
            (hasattr(obj, '_fields') and hasattr(obj, '_make')):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory),
                          _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field
    values (recursing as asdict() does)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif hasattr(obj, '_fields') and isinstance(obj, tuple) or \
            (hasattr(obj, '_fields') and hasattr(obj, '_make')):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Create a dataclass named cls_name from (name), (name, type) or (name, type, field) items."""
    if namespace is None:
        namespace = {}

    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's class with the fields in changes replaced."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")

    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue

        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with '
                                 'replace()')
            continue

        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f"InitVar {f.name!r} "
                                 'must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)

    return obj.__class__(**changes)
