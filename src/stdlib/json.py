"""JSON encoding and decoding with the output, errors and messages of CPython's
json module (its C accelerator's error positions included)."""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

_ESCAPES = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n',
            '\r': '\\r', '\t': '\\t'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u{0:04x}'.format(_i))
del _i

INFINITY = float('inf')


def _escape_char_ascii(c):
    esc = _ESCAPES.get(c)
    if esc is not None:
        return esc
    n = ord(c)
    if n < 0x10000:
        return '\\u{0:04x}'.format(n)
    n -= 0x10000
    s1 = 0xd800 | ((n >> 10) & 0x3ff)
    s2 = 0xdc00 | (n & 0x3ff)
    return '\\u{0:04x}\\u{1:04x}'.format(s1, s2)


def encode_basestring(s):
    """The JSON text of a str: quotes, backslashes and control characters escaped."""
    return '"' + ''.join([_ESCAPES.get(c, c) for c in s]) + '"'


def encode_basestring_ascii(s):
    """Like encode_basestring, with every character outside printable ASCII as \\uXXXX."""
    return '"' + ''.join([c if ' ' <= c <= '~' and c != '\\' and c != '"'
                          else _escape_char_ascii(c) for c in s]) + '"'


class JSONEncoder:
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        chunks = []
        markers = {} if self.check_circular else None
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        # CPython encodes with its C encoder unless there is an indent, and that
        # one's float error leaves out the value.
        self._float_error_names_value = indent is not None
        self._encode(o, chunks, markers, indent, 0)
        return chunks

    def _float(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            msg = "Out of range float values are not JSON compliant"
            if getattr(self, '_float_error_names_value', True):
                msg += ": " + repr(o)
            raise ValueError(msg)
        return text

    def _str(self, s):
        if self.ensure_ascii:
            return encode_basestring_ascii(s)
        return encode_basestring(s)

    def _encode(self, o, out, markers, indent, level):
        if isinstance(o, str):
            out.append(self._str(o))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self._float(o))
        elif isinstance(o, (list, tuple)):
            self._encode_list(o, out, markers, indent, level)
        elif isinstance(o, dict):
            self._encode_dict(o, out, markers, indent, level)
        else:
            marker = self._enter(markers, o)
            self._encode(self.default(o), out, markers, indent, level)
            self._leave(markers, marker)

    def _enter(self, markers, o):
        if markers is None:
            return None
        marker = id(o)
        if marker in markers:
            raise ValueError("Circular reference detected")
        markers[marker] = o
        return marker

    def _leave(self, markers, marker):
        if markers is not None:
            del markers[marker]

    def _encode_list(self, lst, out, markers, indent, level):
        if not lst:
            out.append('[]')
            return
        marker = self._enter(markers, lst)
        out.append('[')
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            separator = self.item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                out.append(separator)
            self._encode(value, out, markers, indent, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append(']')
        self._leave(markers, marker)

    def _key(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self._float(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def _encode_dict(self, dct, out, markers, indent, level):
        if not dct:
            out.append('{}')
            return
        marker = self._enter(markers, dct)
        out.append('{')
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                out.append(item_separator)
            out.append(self._str(key))
            out.append(self.key_separator)
            self._encode(value, out, markers, indent, level)
        if newline_indent is not None:
            level -= 1
            out.append('\n' + indent * level)
        out.append('}')
        self._leave(markers, marker)


class JSONDecodeError(ValueError):
    """A ValueError that also gives the position of the problem.

    msg: the unformatted message, doc: the document, pos: the index where it
    failed, lineno and colno: the line and column of pos.
    """
    # Where CPython defines it: tracebacks name the class by its module.
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_WS = ' \t\n\r'
_DIGITS = '0123456789'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _ValueMissing(Exception):
    """No JSON value starts at `pos` (CPython's scanner raises StopIteration)."""

    def __init__(self, pos):
        Exception.__init__(self, pos)
        self.pos = pos


class JSONDecoder:
    __module__ = 'json.decoder'
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return self._value(s, idx)
        except _ValueMissing as err:
            raise JSONDecodeError("Expecting value", s, err.pos) from None

    def _value(self, s, idx):
        if idx >= len(s):
            raise _ValueMissing(idx)
        c = s[idx]
        if c == '"':
            return self._string(s, idx + 1)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        if c == 'n' and s.startswith('null', idx):
            return None, idx + 4
        if c == 't' and s.startswith('true', idx):
            return True, idx + 4
        if c == 'f' and s.startswith('false', idx):
            return False, idx + 5
        if c == 'N' and s.startswith('NaN', idx):
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s.startswith('Infinity', idx):
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s.startswith('-Infinity', idx):
            return self.parse_constant('-Infinity'), idx + 9
        return self._number(s, idx)

    def _number(self, s, start):
        n = len(s)
        i = start
        if i < n and s[i] == '-':
            i += 1
        if i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        elif i < n and s[i] == '0':
            i += 1
        else:
            raise _ValueMissing(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            e_start = i
            i += 1
            if i < n and s[i] in '+-':
                i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
            if s[i - 1] in _DIGITS:
                is_float = True
            else:
                i = e_start
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def _string(self, s, end):
        begin = end - 1
        n = len(s)
        chunks = []
        while True:
            i = end
            while i < n:
                c = s[i]
                if c == '"' or c == '\\' or (c < ' ' and self.strict):
                    break
                i += 1
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            if i > end:
                chunks.append(s[end:i])
            c = s[i]
            if c == '"':
                return ''.join(chunks), i + 1
            if c != '\\':
                raise JSONDecodeError("Invalid control character at", s, i)
            i += 1
            if i >= n:
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            esc = s[i]
            if esc != 'u':
                char = _SIMPLE_ESCAPES.get(esc)
                if char is None:
                    raise JSONDecodeError("Invalid \\escape", s, i - 1)
                chunks.append(char)
                end = i + 1
                continue
            uni = self._hex4(s, i + 1)
            end = i + 5
            if 0xd800 <= uni <= 0xdbff and s[end:end + 2] == '\\u':
                uni2 = self._hex4(s, end + 2)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                    end += 6
            chunks.append(chr(uni))

    def _hex4(self, s, i):
        digits = s[i:i + 4]
        if len(digits) < 4 or i + 4 >= len(s):
            raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
        for c in digits:
            if c not in _HEX:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, i - 1)
        return int(digits, 16)

    def _object(self, s, idx):
        n = len(s)
        pairs = []
        idx = _skip_ws(s, idx)
        if idx < n and s[idx] == '}':
            return self._finish_object(pairs), idx + 1
        while True:
            if idx >= n or s[idx] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, idx)
            key, idx = self._string(s, idx + 1)
            idx = _skip_ws(s, idx)
            if idx >= n or s[idx] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)
            value, idx = self._value(s, idx)
            pairs.append((key, value))
            idx = _skip_ws(s, idx)
            if idx < n and s[idx] == '}':
                return self._finish_object(pairs), idx + 1
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj

    def _array(self, s, idx):
        n = len(s)
        values = []
        idx = _skip_ws(s, idx)
        if idx < n and s[idx] == ']':
            return values, idx + 1
        while True:
            value, idx = self._value(s, idx)
            values.append(value)
            idx = _skip_ws(s, idx)
            if idx < n and s[idx] == ']':
                return values, idx + 1
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx = _skip_ws(s, idx + 1)


_CONSTANTS = {'-Infinity': -INFINITY, 'Infinity': INFINITY, 'NaN': float('nan')}


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                        f'not {s.__class__.__name__}')
    if s.startswith('\ufeff'):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
