"""String constants, capwords(), Template and Formatter (pure Python, for Tauraro).

The constants: whitespace, ascii_lowercase, ascii_uppercase, ascii_letters,
digits, hexdigits, octdigits, punctuation and printable.  Template and
Formatter parse their strings by hand; the default Template syntax needs no
regular expressions.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

# Some strings for ctype-style character classification
whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Capitalize each word of s: split on sep (on runs of whitespace when sep is
    None, dropping leading and trailing whitespace), capitalize, join with sep
    (or a single space).
    """
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


# ---- Template -------------------------------------------------------------------------

_IDSTART = '_' + ascii_letters
_IDCHARS = _IDSTART + digits
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


_sentinel_dict = {}


class Template:
    """A string with $name / ${name} placeholders and $$ for a dollar sign."""

    delimiter = '$'
    # The default syntax is scanned by hand; a subclass that changes
    # idpattern, braceidpattern or pattern gets CPython's regex machinery.
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = None        # re.IGNORECASE where re is used
    pattern = None      # a custom regular expression, as in CPython

    def __init__(self, template):
        self.template = template

    # -- scanning --

    def _uses_regex(self):
        cls = type(self)
        return (cls.pattern is not None or cls.idpattern != _DEFAULT_IDPATTERN
                or cls.braceidpattern is not None)

    def _compiled(self):
        import re
        cls = type(self)
        pattern = cls.pattern
        if pattern is None:
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
        if isinstance(pattern, str):
            flags = cls.flags if cls.flags is not None else re.IGNORECASE
            pattern = re.compile(pattern, flags | re.VERBOSE)
        return pattern

    def _tokens(self):
        """(kind, start, end, name) for each delimiter expression, kind being
        'escaped', 'named', 'braced' or 'invalid'; for 'invalid', start is the
        position after the delimiter (where CPython's empty group matches)."""
        if self._uses_regex():
            for mo in self._compiled().finditer(self.template):
                if mo.group('escaped') is not None:
                    yield 'escaped', mo.start(), mo.end(), None
                elif mo.group('named') is not None:
                    yield 'named', mo.start(), mo.end(), mo.group('named')
                elif mo.group('braced') is not None:
                    yield 'braced', mo.start(), mo.end(), mo.group('braced')
                elif mo.group('invalid') is not None:
                    yield 'invalid', mo.start('invalid'), mo.end(), None
                else:
                    raise ValueError('Unrecognized named group in pattern', self.pattern)
            return
        s = self.template
        delim = type(self).delimiter
        dlen = len(delim)
        n = len(s)
        i = s.find(delim)
        while i >= 0:
            j = i + dlen
            if s[j:j + dlen] == delim:
                yield 'escaped', i, j + dlen, None
                i = s.find(delim, j + dlen)
                continue
            if j < n and s[j] in _IDSTART:
                k = j + 1
                while k < n and s[k] in _IDCHARS:
                    k += 1
                yield 'named', i, k, s[j:k]
                i = s.find(delim, k)
                continue
            if j < n and s[j] == '{' and j + 1 < n and s[j + 1] in _IDSTART:
                k = j + 2
                while k < n and s[k] in _IDCHARS:
                    k += 1
                if k < n and s[k] == '}':
                    yield 'braced', i, k + 1, s[j + 1:k]
                    i = s.find(delim, k + 1)
                    continue
            yield 'invalid', j, j, None
            i = s.find(delim, j)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _expand(self, mapping, safe):
        s = self.template
        parts = []
        pos = 0
        delim = type(self).delimiter
        for kind, start, end, name in self._tokens():
            if kind == 'invalid':
                if not safe:
                    self._invalid(start)
                continue
            if kind == 'escaped':
                parts.append(s[pos:start])
                parts.append(delim)
            else:
                if safe:
                    try:
                        value = str(mapping[name])
                    except KeyError:
                        value = s[start:end]
                else:
                    value = str(mapping[name])
                parts.append(s[pos:start])
                parts.append(value)
            pos = end
        parts.append(s[pos:])
        return ''.join(parts)

    def _mapping(self, mapping, kws):
        if mapping is _sentinel_dict:
            return kws
        if kws:
            from collections import ChainMap
            return ChainMap(kws, mapping)
        return mapping

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._expand(self._mapping(mapping, kws), False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        return self._expand(self._mapping(mapping, kws), True)

    def is_valid(self):
        for kind, start, end, name in self._tokens():
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for kind, start, end, name in self._tokens():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


# ---- Formatter -----------------------------------------------------------------------------

def _parse_format(s):
    """The (literal_text, field_name, format_spec, conversion) tuples of a
    format string, as str.format splits it."""
    n = len(s)
    i = 0
    literal = []
    while i < n:
        c = s[i]
        if c == '{':
            if i + 1 < n and s[i + 1] == '{':
                literal.append('{')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            # a replacement field: find its closing brace
            depth = 1
            j = i + 1
            while j < n:
                if s[j] == '{':
                    depth += 1
                elif s[j] == '}':
                    depth -= 1
                    if depth == 0:
                        break
                elif s[j] == '[' and depth == 1:
                    # an index may contain braces or colons
                    k = s.find(']', j)
                    if k < 0:
                        break
                    j = k
                j += 1
            if j >= n:
                if i + 1 >= n:
                    raise ValueError("Single '{' encountered in format string")
                raise ValueError("expected '}' before end of string")
            field = s[i + 1:j]
            name_end = len(field)
            k = 0
            while k < len(field):
                ch = field[k]
                if ch == '[':
                    close = field.find(']', k)
                    if close < 0:
                        break
                    k = close + 1
                    continue
                if ch in '!:':
                    name_end = k
                    break
                k += 1
            field_name = field[:name_end]
            rest = field[name_end:]
            conversion = None
            format_spec = ''
            if rest.startswith('!'):
                if len(rest) < 2:
                    raise ValueError("end of string while looking for conversion specifier")
                conversion = rest[1]
                rest = rest[2:]
                if rest and not rest.startswith(':'):
                    raise ValueError("expected ':' after conversion specifier")
            if rest.startswith(':'):
                format_spec = rest[1:]
            yield ''.join(literal), field_name, format_spec, conversion
            literal = []
            i = j + 1
        elif c == '}':
            if i + 1 < n and s[i + 1] == '}':
                literal.append('}')
                yield ''.join(literal), None, None, None
                literal = []
                i += 2
                continue
            raise ValueError("Single '}' encountered in format string")
        else:
            literal.append(c)
            i += 1
    if literal:
        yield ''.join(literal), None, None, None


def _split_field_name(field_name):
    """first, [(is_attribute, key), ...] for 'a.b[0]'-style field names."""
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    if first.isdigit():
        first = int(first)
    rest = []
    while i < n:
        c = field_name[i]
        if c == '.':
            j = i + 1
            while j < n and field_name[j] not in '.[':
                j += 1
            name = field_name[i + 1:j]
            if not name:
                raise ValueError("Empty attribute in format string")
            rest.append((True, name))
            i = j
        elif c == '[':
            j = field_name.find(']', i)
            if j < 0:
                raise ValueError("Missing ']' in format string")
            key = field_name[i + 1:j]
            if not key:
                raise ValueError("Empty attribute in format string")
            rest.append((False, int(key) if key.isdigit() else key))
            i = j + 1
            if i < n and field_name[i] not in '.[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
    return first, rest


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is None:
                continue
            # automatic numbering for '{}'
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto_arg_index = False
            obj, arg_used = self.get_field(field_name, args, kwargs)
            used_args.add(arg_used)
            obj = self.convert_field(obj, conversion)
            # the format spec may itself contain fields
            format_spec, auto_arg_index = self._vformat(
                format_spec, args, kwargs,
                used_args, recursion_depth - 1,
                auto_arg_index=auto_arg_index)
            result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """(literal_text, field_name, format_spec, conversion) for each part of
        format_string; field_name is None after the last field."""
        return _parse_format(format_string)

    def get_field(self, field_name, args, kwargs):
        """The object a field name refers to, and the key of the argument used."""
        first, rest = _split_field_name(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
