"""Enumerations (pure-Python implementation for Tauraro).

Enum classes are built by the metaclass EnumType, as in CPython: the plain
values assigned in the class body become the members, instances of the class.
"""

import sys

__all__ = [
    'EnumType', 'EnumMeta',
    'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
    'auto', 'unique', 'property', 'verify', 'member', 'nonmember',
    'FlagBoundary', 'STRICT', 'CONFORM', 'EJECT', 'KEEP',
    'global_flag_repr', 'global_enum_repr', 'global_str', 'global_enum',
    'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
    'pickle_by_global_name', 'pickle_by_enum_name',
]

_builtin_property = property
_builtin_bin = bin

# Set to the real classes once they exist (EnumType also builds them).
Enum = Flag = EJECT = ReprEnum = None


# ---- helpers ----------------------------------------------------------------------------

def _is_descriptor(obj):
    if isinstance(obj, (_builtin_property, classmethod, staticmethod, _FunctionType,
                        _BuiltinFunctionType)):
        return True
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or hasattr(obj, '__delete__'))


def _function():
    pass


_FunctionType = type(_function)
_BuiltinFunctionType = type(len)


def _is_dunder(name):
    return (len(name) > 4 and
            name[:2] == name[-2:] == '__' and
            name[2] != '_' and
            name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and
            name[0] == name[-1] == '_' and
            name[1:2] != '_' and
            name[-2:-1] != '_')


def _is_private(cls_name, name):
    """True for a name mangled by the class (_Color__x), which is not a member."""
    pattern = '_%s__' % (cls_name.lstrip('_'),)
    return (len(name) > len(pattern)
            and name.startswith(pattern)
            and (name[-1] != '_' or name[-2] != '_'))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _iter_bits_lsb(num):
    original = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError('%r is not a positive integer' % original)
    while num:
        b = num & (~num + 1)
        yield b
        num ^= b


def _bit_count(num):
    count = 0
    while num:
        num &= num - 1
        count += 1
    return count


def _high_bit(value):
    return value.bit_length() - 1 if hasattr(value, 'bit_length') else len(_builtin_bin(value)) - 3


def _bit_length(value):
    if value < 0:
        value = ~value
    return len(_builtin_bin(value)) - 2 if value else 0


def show_flag_values(value):
    return list(_iter_bits_lsb(value))


def bin(num, max_bits=None):
    """bin() in two's complement with a sign digit: bin(10) is '0b0 1010',
    bin(~10) is '0b1 0101'; max_bits pads the digits.
    """
    ceiling = 2 ** _bit_length(num)
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


class _MappingProxy:
    """Read-only view of the member map (CPython's types.MappingProxyType)."""

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

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)


# ---- auto, member, nonmember, property -------------------------------------------------------

_auto_null = object()


class auto:
    """A placeholder replaced by the next generated value when the enum class is built."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % self.value


class nonmember(object):
    """Wrap a value in an enum class body so that it stays a plain attribute."""

    def __init__(self, value):
        self.value = value


class member(object):
    """Wrap a value in an enum class body so that it becomes a member."""

    def __init__(self, value):
        self.value = value


class property(_builtin_property):
    """A property for enum members; read on the enum class it looks up the member
    of the same name, so members named like properties (name, value) work.
    """

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        super().__init__(fget, fset, fdel, doc)
        self.name = getattr(fget, '__name__', None)

    def __set_name__(self, ownerclass, name):
        self.name = name

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            try:
                return ownerclass._member_map_[self.name]
            except KeyError:
                raise AttributeError(
                    '%r has no attribute %r' % (ownerclass, self.name)
                )
        return super().__get__(instance, ownerclass)


def _resolve_auto(value, name, generate, count, last_values):
    """The value an assignment in the class body stands for, with auto()
    replaced by the next generated value (also inside a tuple)."""
    if isinstance(value, auto):
        if value.value is _auto_null:
            value.value = generate(name, 1, count, last_values[:])
        return value.value
    if isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
        resolved = []
        for v in value:
            if isinstance(v, auto):
                if v.value is _auto_null:
                    v.value = generate(name, 1, count, last_values[:])
                v = v.value
            resolved.append(v)
        return tuple(resolved)
    return value


_SUNDER_ALLOWED = (
    '_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_',
    '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_',
)


def _member_kind(cls_name, key, value, ignore):
    """'member', 'nonmember' or 'skip' for an assignment in an enum class body."""
    if _is_private(cls_name, key):
        return 'nonmember'
    if _is_sunder(key):
        if key not in _SUNDER_ALLOWED:
            raise ValueError(
                '_sunder_ names, such as %r, are reserved for future Enum use' % (key,))
        return 'nonmember'
    if _is_dunder(key):
        return 'nonmember'
    if key in ignore:
        return 'skip'
    if isinstance(value, nonmember):
        return 'nonmember'
    if isinstance(value, member):
        return 'member'
    if _is_descriptor(value):
        return 'nonmember'
    return 'member'


def _parse_ignore(value):
    if isinstance(value, str):
        value = value.replace(',', ' ').split()
    return list(value)


def _can_subclass_dict():
    try:
        class _Probe(dict):
            def __setitem__(self, key, value):
                dict.__setitem__(self, key, value * 2)
        p = _Probe()
        p['a'] = 1
        return isinstance(p, dict) and p['a'] == 2
    except Exception:
        return False


if _can_subclass_dict():
    class _EnumDict(dict):
        """Track enum member order and reject duplicate member names.

        EnumType will use the names found in self._member_names as the
        enumeration member names.
        """

        def __init__(self):
            super().__init__()
            self._member_names = {}
            self._last_values = []
            self._ignore = []
            self._cls_name = None
            self._generate_next_value = None
            self._auto_called = False

        def __setitem__(self, key, value):
            if key == '_generate_next_value_':
                if self._auto_called:
                    raise TypeError("_generate_next_value_ must be defined before members")
                self._generate_next_value = getattr(value, '__func__', value)
            elif key == '_ignore_':
                self._ignore = _parse_ignore(value)
                already = set(self._ignore) & set(self._member_names)
                if already:
                    raise ValueError(
                        '_ignore_ cannot specify already set names: %r' % (already,))
            elif key == '__order__':
                key = '_order_'
            kind = _member_kind(self._cls_name or '', key, value, self._ignore)
            if key in self._member_names:
                # a member name that is reassigned
                raise TypeError('%r already defined as %r' % (key, self[key]))
            if kind == 'member':
                if key in self:
                    # a member replacing a method or other attribute
                    raise TypeError('%r already defined as %r' % (key, self[key]))
                if isinstance(value, member):
                    value = value.value
                # auto() is resolved now, so later lines of the body see the value
                if isinstance(value, auto) or (isinstance(value, tuple)
                                               and any(isinstance(v, auto) for v in value)):
                    self._auto_called = True
                    generate = self._generate_next_value or Enum._generate_next_value_
                    value = _resolve_auto(value, key, generate, len(self._member_names),
                                          self._last_values)
                self._member_names[key] = None
                self._last_values.append(value)
            super().__setitem__(key, value)
else:
    _EnumDict = None


# ---- EnumType ----------------------------------------------------------------------------

class EnumType(type):
    """The metaclass of enumerations: builds the members and gives the class its mapping behaviour."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        metacls._check_for_existing_members_(cls, bases)
        if _EnumDict is None:
            return {}
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict['_generate_next_value_'] = getattr(first_enum, '_generate_next_value_', None)
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        # The members, in definition order, with auto() resolved.
        classdict = dict(classdict)
        ignore = _parse_ignore(classdict.get('_ignore_', []))
        for key in ignore:
            if key in classdict:
                del classdict[key]
        if '_ignore_' in classdict:
            del classdict['_ignore_']
        if '__order__' in classdict:
            classdict['_order_'] = classdict.pop('__order__')

        member_type, first_enum = metacls._get_mixins_(cls, bases)
        generate = classdict.get('_generate_next_value_')
        if generate is None:
            generate = getattr(first_enum, '_generate_next_value_', None)
        generate = getattr(generate, '__func__', generate)

        members = []
        last_values = []
        for key, value in list(classdict.items()):
            kind = _member_kind(cls, key, value, ignore)
            if kind == 'skip':
                continue
            if isinstance(value, nonmember):
                classdict[key] = value.value
                continue
            if kind != 'member':
                continue
            if isinstance(value, member):
                value = value.value
            if generate is None and (isinstance(value, auto)
                                     or isinstance(value, tuple)
                                     and any(isinstance(v, auto) for v in value)):
                generate = Enum._generate_next_value_
            value = _resolve_auto(value, key, generate, len(members), last_values)
            members.append((key, value))
            last_values.append(value)
        for key, _ in members:
            del classdict[key]

        # 'mro' and '' cannot be member names
        invalid_names = set(k for k, _ in members) & {'mro', ''}
        if invalid_names:
            raise ValueError('invalid enum member name(s) %s' % (
                ','.join(repr(n) for n in invalid_names)))

        __new__, save_new, use_args = metacls._find_new_(classdict, member_type, first_enum)

        classdict['_new_member_'] = __new__
        classdict['_use_args_'] = use_args
        classdict['_member_names_'] = []
        classdict['_member_map_'] = {}
        classdict['_value2member_map_'] = {}
        classdict['_unhashable_values_'] = []
        classdict['_member_type_'] = member_type
        classdict.setdefault('_value_repr_', getattr(first_enum, '_value_repr_', None))
        if Flag is not None and issubclass(first_enum, Flag):
            classdict['_boundary_'] = boundary or getattr(first_enum, '_boundary_', None)
            classdict['_flag_mask_'] = 0
            classdict['_singles_mask_'] = 0
            classdict['_all_bits_'] = 0
            classdict['_inverted_'] = None
        elif boundary is not None:
            classdict['_boundary_'] = boundary

        # A __new__ in the body creates the members (kept as __new_member__
        # for subclasses); the class's own __new__ is the value lookup.
        if Enum is not None and '__new__' in classdict:
            classdict['__new_member__'] = classdict.pop('__new__')

        enum_class = super().__new__(metacls, cls, bases, dict(classdict), **kwds)
        if Enum is not None:
            type.__setattr__(enum_class, '__new__', Enum.__new__)

        # Methods of the data type (int, str, ...) come before Enum's in the
        # MRO; keep Enum's repr and friends unless the class defines them.
        if Enum is not None:
            for name in ('__repr__', '__str__', '__format__', '__reduce_ex__'):
                if name not in classdict:
                    enum_method = getattr(first_enum, name)
                    found_method = getattr(enum_class, name)
                    object_method = getattr(object, name, None)
                    data_type_method = getattr(member_type, name, None)
                    if found_method in (data_type_method, object_method):
                        type.__setattr__(enum_class, name, enum_method)

        # ReprEnum: str() and format() are the data type's.
        if ReprEnum is not None and ReprEnum in bases:
            if member_type is object:
                raise TypeError(
                    'ReprEnum subclasses must be mixed with a data type (i.e.'
                    ' int, str, float, etc.)')
            if '__format__' not in classdict:
                type.__setattr__(enum_class, '__format__', member_type.__format__)
            if '__str__' not in classdict:
                method = member_type.__str__
                if method is object.__str__:
                    method = member_type.__repr__
                type.__setattr__(enum_class, '__str__', method)

        # The members.
        for member_name, value in members:
            enum_class._add_member_(member_name, value, __new__, use_args, member_type)

        if Flag is not None and issubclass(enum_class, Flag):
            flag_mask = 0
            singles_mask = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                if isinstance(v, int):
                    flag_mask |= v
                    if _is_single_bit(v):
                        singles_mask |= v
            type.__setattr__(enum_class, '_flag_mask_', flag_mask)
            type.__setattr__(enum_class, '_singles_mask_', singles_mask)
            type.__setattr__(enum_class, '_all_bits_', 2 ** _bit_length(flag_mask) - 1)

        # _order_ must match the definition.
        _order_ = classdict.get('_order_')
        if _order_ is not None:
            if isinstance(_order_, str):
                _order_ = _order_.replace(',', ' ').split()
            if _order_ != enum_class._member_names_:
                raise TypeError('member order does not match _order_:\n  %r\n  %r'
                                % (enum_class._member_names_, _order_))
        return enum_class

    def _add_member_(enum_class, member_name, value, __new__, use_args, member_type):
        if not isinstance(value, tuple):
            args = (value,)
        else:
            args = value
        if member_type is tuple:
            args = (args,)
        if not use_args:
            enum_member = __new__(enum_class)
            if not hasattr(enum_member, '_value_'):
                enum_member._value_ = value
        else:
            enum_member = __new__(enum_class, *args)
            if not hasattr(enum_member, '_value_'):
                if member_type is object:
                    enum_member._value_ = value
                else:
                    enum_member._value_ = member_type(*args)
        value = enum_member._value_
        enum_member._name_ = member_name
        enum_member.__objclass__ = enum_class
        enum_member.__init__(*args)
        enum_member._sort_order_ = len(enum_class._member_names_)

        # An alias of an existing member if the value was seen before.
        for canonical in enum_class._member_map_.values():
            if canonical._value_ == value:
                enum_member = canonical
                break
        else:
            if (Flag is None or not issubclass(enum_class, Flag)
                    or not isinstance(value, int) or _is_single_bit(value)):
                enum_class._member_names_.append(member_name)

        # Members shadowing an enum.property (such as a member named "name")
        # stay reachable through the property's class access.
        shadowed = None
        for base in enum_class.__mro__[1:]:
            if member_name in base.__dict__:
                shadowed = base.__dict__[member_name]
                break
        if not isinstance(shadowed, property):
            type.__setattr__(enum_class, member_name, enum_member)
        enum_class._member_map_[member_name] = enum_member
        try:
            enum_class._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            enum_class._unhashable_values_.append(value)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Cls(value) returns the member with that value; Cls(name, names, ...)
        creates a new enumeration (the functional API).
        """
        if names is None:  # simple value lookup
            return cls.__new__(cls, value)
        # the functional API
        return cls._create_(
            value,
            names,
            module=module,
            qualname=qualname,
            type=type,
            start=start,
            boundary=boundary,
        )

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'" % (
                    type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getattr__(cls, name):
        if _is_dunder(name):
            raise AttributeError(name)
        try:
            return cls._member_map_[name]
        except KeyError:
            raise AttributeError(name) from None

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        """A read-only mapping of all member names (aliases included) to members."""
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        else:
            return "<enum %r>" % cls.__name__

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get('_member_map_', {})
        if name in member_map:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None,
                 start=1, boundary=None):
        """Build an enumeration from a string of names, a sequence of names or of
        (name, value) pairs, or a mapping of names to values.
        """
        metacls = cls.__class__
        bases = (cls, ) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)

        # names as a string or a list of names: generate the values
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))

        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value

        if module is None:
            try:
                module = sys._getframe(2).f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                module = '__main__'
        classdict['__module__'] = module
        if qualname is not None:
            classdict['__qualname__'] = qualname

        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(
                        "<enum %r> cannot extend %r"
                        % (class_name, base),
                    )

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """The data type of the members and the enum class to derive from."""
        if not bases or Enum is None:
            return object, Enum

        mcls._check_for_existing_members_(class_name, bases)

        # the last base must be an enum class without members
        first_enum = bases[-1]
        if not isinstance(first_enum, EnumType):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        member_type = mcls._find_data_type_(class_name, bases) or object
        return member_type, first_enum

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        data_types = []
        for chain in bases:
            candidate = None
            for base in chain.__mro__:
                if base is object:
                    continue
                elif isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        if base._member_type_ not in data_types:
                            data_types.append(base._member_type_)
                        break
                elif '__new__' in base.__dict__ or '__init__' in base.__dict__:
                    if isinstance(base, EnumType):
                        continue
                    dt = candidate or base
                    if dt not in data_types:
                        data_types.append(dt)
                    break
                else:
                    candidate = candidate or base
        if len(data_types) > 1:
            raise TypeError('too many data types for %r: %r' % (class_name, data_types))
        elif data_types:
            return data_types[0]
        else:
            return None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """The function that creates the members: a __new__ in the body, a
        __new_member__ saved by an enum base, the data type's __new__, or
        object.__new__.  Also whether it takes the member's value as
        arguments, and whether the body's __new__ must be saved."""
        __new__ = classdict.get('__new__', None)
        save_new = first_enum is not None and __new__ is not None
        excluded = (None, getattr(None, '__new__', None), getattr(object, '__new__', None),
                    getattr(Enum, '__new__', None))
        if __new__ is None:
            for method in ('__new_member__', '__new__'):
                for possible in (member_type, first_enum):
                    target = getattr(possible, method, None)
                    if target not in excluded:
                        __new__ = target
                        break
                if __new__ is not None:
                    break
            else:
                __new__ = object.__new__
        if isinstance(__new__, staticmethod):
            __new__ = __new__.__func__
        use_args = not (first_enum is None or __new__ in excluded)
        return __new__, save_new, use_args


EnumMeta = EnumType


# ---- Enum -------------------------------------------------------------------------------------

class Enum(metaclass=EnumType):
    """Base class of enumerations:

        class Color(Enum):
            RED = 1
            GREEN = 2

    Color.RED, Color(1) and Color['RED'] are the same member; members iterate in
    definition order and have .name and .value.
    """

    def __new__(cls, value):
        # Value lookup (Color(3)); members themselves are made by the metaclass.
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except KeyError:
            pass
        except TypeError:
            # an unhashable value: compare with every member
            for member in cls._member_map_.values():
                if member._value_ == value:
                    return member
        exc = None
        try:
            result = cls._missing_(value)
        except Exception as e:
            exc = e
            result = None
        if isinstance(result, cls):
            return result
        elif (Flag is not None and issubclass(cls, Flag)
                and cls._boundary_ is EJECT and isinstance(result, int)):
            return result
        ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None and exc is None:
            raise ve_exc
        elif exc is None:
            exc = TypeError(
                'error in %s._missing_: returned %r instead of None or a valid member'
                % (cls.__name__, result)
            )
        if not isinstance(exc, ValueError):
            exc.__context__ = ve_exc
        raise exc

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """The value auto() gives: one more than the last value (start for the first)."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            else:
                raise TypeError
        except TypeError:
            for v in reversed(last_values):
                try:
                    return v + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_, )

    def __dir__(self):
        interesting = set()
        for cls in self.__class__.mro():
            for name, obj in cls.__dict__.items():
                if name[0] == '_':
                    continue
                if isinstance(obj, property):
                    interesting.add(name)
                elif name not in self._member_map_:
                    interesting.add(name)
        names = sorted(
            set(['__class__', '__doc__', '__eq__', '__hash__', '__module__'])
            | interesting
        )
        return names

    def __format__(self, format_spec):
        return str.__format__(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_, )

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


Enum._generate_next_value_ = staticmethod(Enum.__dict__['_generate_next_value_'])


class ReprEnum(Enum):
    """An Enum whose str() and format() are those of its data type (only repr() changes)."""


class IntEnum(int, ReprEnum):
    """An Enum whose members are ints."""


class StrEnum(str, ReprEnum):
    """An Enum whose members are strs."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError('too many arguments for str(): %r' % (values, ))
        if len(values) == 1:
            if not isinstance(values[0], str):
                raise TypeError('%r is not a string' % (values[0], ))
        if len(values) >= 2:
            if not isinstance(values[1], str):
                raise TypeError('encoding must be a string, not %r' % (values[1], ))
        if len(values) == 3:
            if not isinstance(values[2], str):
                raise TypeError('errors must be a string, not %r' % (values[2]))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the member name in lower case."""
        return name.lower()


StrEnum._generate_next_value_ = staticmethod(StrEnum.__dict__['_generate_next_value_'])


def unique(enumeration):
    """Class decorator refusing enumerations with aliases (two names for one value)."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ', '.join(
            ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in %r: %s' %
                         (enumeration, alias_details))
    return enumeration


# ---- Flag -------------------------------------------------------------------------------------

class FlagBoundary(StrEnum):
    """What a Flag does with values outside its members' bits: STRICT raises,
    CONFORM drops the extra bits, EJECT returns a plain int, KEEP keeps them.
    """
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class Flag(Enum, boundary=STRICT):
    """An enumeration of bit flags that combine with | & ^ ~."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the next power of two."""
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        try:
            high_bit = _high_bit(last_value)
        except Exception:
            raise TypeError('invalid flag value %r' % last_value) from None
        return 2 ** (high_bit + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        for val in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(val)

    @classmethod
    def _iter_member_by_def_(cls, value):
        for name in cls._member_names_:
            m = cls._member_map_[name]
            if m._value_ & value == m._value_ and m._value_:
                yield m

    @classmethod
    def _iter_member_(cls, value):
        return cls._iter_member_by_def_(value)

    @classmethod
    def _missing_(cls, value):
        """The member for a combination of bits (created on first use), per the boundary."""
        if not isinstance(value, int):
            raise ValueError(
                "%r is not a valid %s" % (value, cls.__qualname__)
            )
        # Out of range, or using bits no member has: the boundary decides.
        flag_mask = cls._flag_mask_
        singles_mask = cls._singles_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if (
                not ~all_bits <= value <= all_bits
                or value & (all_bits ^ flag_mask)
        ):
            if cls._boundary_ is STRICT:
                max_bits = max(_bit_length(value), _bit_length(flag_mask))
                raise ValueError(
                    "%r invalid value %r\n    given %s\n  allowed %s" % (
                        cls, value, bin(value, max_bits), bin(flag_mask, max_bits),
                    ))
            elif cls._boundary_ is CONFORM:
                value = value & flag_mask
            elif cls._boundary_ is EJECT:
                return value
            elif cls._boundary_ is KEEP:
                if value < 0:
                    value = (
                        max(all_bits + 1, 2 ** (_bit_length(value)))
                        + value
                    )
            else:
                raise ValueError(
                    '%r unknown flag boundary %r' % (cls, cls._boundary_, )
                )
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        aliases = value & ~singles_mask
        member_value = value & singles_mask
        if unknown and cls._boundary_ is not KEEP:
            raise ValueError(
                '%s(%r) -->  unknown values %r [%s]'
                % (cls.__name__, value, unknown, _builtin_bin(unknown))
            )
        if cls._member_type_ is object:
            pseudo_member = object.__new__(cls)
        else:
            pseudo_member = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo_member, '_value_'):
            pseudo_member._value_ = value
        if member_value or aliases:
            members = []
            combined_value = 0
            for m in cls._iter_member_(member_value):
                members.append(m)
                combined_value |= m._value_
            if aliases:
                value = member_value | aliases
                for n, pv in cls._member_map_.items():
                    if pv not in members and pv._value_ and pv._value_ & value == pv._value_:
                        members.append(pv)
                        combined_value |= pv._value_
            unknown = value ^ combined_value
            pseudo_member._name_ = '|'.join([m._name_ for m in members])
            if not combined_value:
                pseudo_member._name_ = None
            elif unknown and cls._boundary_ is STRICT:
                raise ValueError('%r: no members with value %r' % (cls, unknown))
            elif unknown:
                pseudo_member._name_ += '|%s' % cls._numeric_repr_(unknown)
        else:
            pseudo_member._name_ = None
        # cache the composite when all its bits are known
        if not unknown:
            pseudo_member = cls._value2member_map_.setdefault(value, pseudo_member)
            if neg_value is not None:
                cls._value2member_map_[neg_value] = pseudo_member
        return pseudo_member

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r" % (
                    type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        yield from self._iter_member_(self._value_)

    def __len__(self):
        return _bit_count(self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        else:
            return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return '%s(%r)' % (cls_name, self._value_)
        else:
            return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        value = self._value_
        return self.__class__(value | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        value = self._value_
        return self.__class__(value & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            other = other
        else:
            return NotImplemented
        value = self._value_
        return self.__class__(value ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = self.__class__(~self._value_)
            else:
                self._inverted_ = self.__class__(self._singles_mask_ & ~self._value_)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


Flag._generate_next_value_ = staticmethod(Flag.__dict__['_generate_next_value_'])


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """A Flag whose members are ints."""

    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__


# ---- verification and global helpers ------------------------------------------------------------

class EnumCheck(StrEnum):
    """The checks verify() can run."""
    CONTINUOUS = "no skipped integer values"
    NAMED_FLAGS = "multi-flag aliases may not contain unnamed flags"
    UNIQUE = "one name per value"


CONTINUOUS = EnumCheck.CONTINUOUS
NAMED_FLAGS = EnumCheck.NAMED_FLAGS
UNIQUE = EnumCheck.UNIQUE


class verify:
    """Class decorator checking an enumeration for UNIQUE, CONTINUOUS or NAMED_FLAGS."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        checks = self.checks
        cls_name = enumeration.__name__
        if Flag is not None and issubclass(enumeration, Flag):
            enum_type = 'flag'
        elif issubclass(enumeration, Enum):
            enum_type = 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in checks:
            if check is UNIQUE:
                duplicates = []
                for name, member in enumeration.__members__.items():
                    if name != member.name:
                        duplicates.append((name, member.name))
                if duplicates:
                    alias_details = ', '.join(
                        ["%s -> %s" % (alias, name) for (alias, name) in duplicates])
                    raise ValueError('aliases found in %r: %s' %
                                     (enumeration, alias_details))
            elif check is CONTINUOUS:
                values = set(e.value for e in enumeration)
                if len(values) < 2:
                    continue
                low, high = min(values), max(values)
                missing = []
                if enum_type == 'flag':
                    for i in range(_high_bit(low) + 1, _high_bit(high)):
                        if 2 ** i not in values:
                            missing.append(2 ** i)
                elif enum_type == 'enum':
                    for i in range(low + 1, high):
                        if i not in values:
                            missing.append(i)
                else:
                    raise Exception('verify: unknown type %r' % enum_type)
                if missing:
                    raise ValueError(('invalid %s %r: missing values %s' % (
                        enum_type, cls_name, ', '.join((str(m) for m in missing)))
                    )[:256])
            elif check is NAMED_FLAGS:
                member_names = enumeration._member_names_
                member_values = [m.value for m in enumeration]
                missing_names = []
                missing_value = 0
                for name, alias in enumeration._member_map_.items():
                    if name in member_names:
                        continue
                    if alias.value < 0:
                        continue
                    values = list(_iter_bits_lsb(alias.value))
                    missed = [v for v in values if v not in member_values]
                    if missed:
                        missing_names.append(name)
                        missing_value |= missed[0]
                        for v in missed[1:]:
                            missing_value |= v
                if missing_names:
                    if len(missing_names) == 1:
                        alias = 'alias %s is missing' % missing_names[0]
                    else:
                        alias = 'aliases %s and %s are missing' % (
                            ', '.join(missing_names[:-1]), missing_names[-1]
                        )
                    if _is_single_bit(missing_value):
                        value = 'value 0x%x' % missing_value
                    else:
                        value = 'combined values of 0x%x' % missing_value
                    raise ValueError(
                        'invalid Flag %r: %s %s [use enum.show_flag_values(value) for details]'
                        % (cls_name, alias, value)
                    )
        return enumeration


def global_enum_repr(self):
    """repr() as module.NAME."""
    module = self.__class__.__module__.split('.')[-1]
    return '%s.%s' % (module, self._name_)


def global_flag_repr(self):
    """repr() of a flag as module.NAME (or module.A|module.B)."""
    module = self.__class__.__module__.split('.')[-1]
    cls_name = self.__class__.__name__
    if self._name_ is None:
        return "%s.%s(%r)" % (module, cls_name, self._value_)
    if _is_single_bit(self._value_):
        return '%s.%s' % (module, self._name_)
    if self._boundary_ is not FlagBoundary.STRICT:
        return '|'.join(['%s.%s' % (module, name) for name in self.name.split('|')])
    else:
        name = []
        for n in self._name_.split('|'):
            if n[0].isdigit():
                name.append(n)
            else:
                name.append('%s.%s' % (module, n))
        return '|'.join(name)


def global_str(self):
    """str() as the bare member name."""
    if self._name_ is None:
        cls_name = self.__class__.__name__
        return "%s(%r)" % (cls_name, self._value_)
    else:
        return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: members show as module.NAME and are exported to the module."""
    if issubclass(cls, Flag):
        cls.__repr__ = global_flag_repr
    else:
        cls.__repr__ = global_enum_repr
    if not issubclass(cls, ReprEnum) or update_str:
        cls.__str__ = global_str
    sys.modules[cls.__module__].__dict__.update(cls.__members__)
    return cls


def pickle_by_global_name(self, proto):
    return self.name


def pickle_by_enum_name(self, proto):
    return getattr, (self.__class__, self._name_)
