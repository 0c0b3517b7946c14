"""Rational numbers (CPython 3.11's fractions.Fraction: values, reprs, hashes,
comparisons and error messages)."""

import math

__all__ = ['Fraction']

# sys.hash_info.modulus and sys.hash_info.inf on 64-bit CPython.
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159

_DIGITS = '0123456789'


def _is_digit(c):
    return len(c) == 1 and c in _DIGITS


def _digits_ok(s):
    """Whether s is digits with single underscores between them (\\d+(_\\d+)*)."""
    return bool(s) and all(p and all(c in _DIGITS for c in p) for p in s.split('_'))


def _parse(text):
    """(numerator, denominator) of a Fraction string, or None when malformed."""
    s = text.strip()
    sign = 1
    if s[:1] in ('+', '-'):
        sign = -1 if s[0] == '-' else 1
        s = s[1:]
    if not (_is_digit(s[:1]) or s[:1] == '.' and _is_digit(s[1:2])):
        return None
    if '/' in s:
        num, _, den = s.partition('/')
        if not _digits_ok(num) or not _digits_ok(den):
            return None
        return sign * int(num), int(den)
    mantissa, exp = s, '0'
    for marker in ('e', 'E'):
        if marker in s:
            mantissa, _, exp = s.partition(marker)
            digits = exp[1:] if exp[:1] in ('+', '-') else exp
            if not _digits_ok(digits):
                return None
            break
    whole, _, frac = mantissa.partition('.')
    if whole and not _digits_ok(whole) or frac and not _digits_ok(frac):
        return None
    frac = frac.replace('_', '')
    num = int(whole or '0') * 10 ** len(frac) + int(frac or '0')
    den = 10 ** len(frac)
    exp = int(exp)
    if exp >= 0:
        num *= 10 ** exp
    else:
        den *= 10 ** -exp
    return sign * num, den


class Fraction:
    """A rational number numerator/denominator in lowest terms, denominator > 0."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, bool) or isinstance(numerator, int):
                self._numerator = int(numerator)
                self._denominator = 1
                return self
            if isinstance(numerator, float):
                n, d = numerator.as_integer_ratio()
                self._numerator = n
                self._denominator = d
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError('Invalid literal for Fraction: %r' % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif isinstance(numerator, (int, Fraction)) and \
                isinstance(denominator, (int, Fraction)):
            numerator, denominator = (
                _num(numerator) * _den(denominator),
                _num(denominator) * _den(numerator))
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__,
                               self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # Arithmetic: with an int or Fraction the result is exact, with a float it
    # is a float.

    def _operate(a, b, exact, inexact):
        if isinstance(b, (int, Fraction)):
            return exact(a, b)
        if isinstance(b, float):
            return inexact(float(a), b)
        return NotImplemented

    def _roperate(b, a, exact, inexact):
        if isinstance(a, (int, Fraction)):
            return exact(Fraction(a), b)
        if isinstance(a, float):
            return inexact(a, float(b))
        return NotImplemented

    def __add__(a, b):
        return a._operate(b, _add, _float_add)

    def __radd__(b, a):
        return b._roperate(a, _add, _float_add)

    def __sub__(a, b):
        return a._operate(b, _sub, _float_sub)

    def __rsub__(b, a):
        return b._roperate(a, _sub, _float_sub)

    def __mul__(a, b):
        return a._operate(b, _mul, _float_mul)

    def __rmul__(b, a):
        return b._roperate(a, _mul, _float_mul)

    def __truediv__(a, b):
        return a._operate(b, _div, _float_div)

    def __rtruediv__(b, a):
        return b._roperate(a, _div, _float_div)

    def __floordiv__(a, b):
        return a._operate(b, _floordiv, _float_floordiv)

    def __rfloordiv__(b, a):
        return b._roperate(a, _floordiv, _float_floordiv)

    def __mod__(a, b):
        return a._operate(b, _mod, _float_mod)

    def __rmod__(b, a):
        return b._roperate(a, _mod, _float_mod)

    def __divmod__(a, b):
        return a._operate(b, _divmod, divmod)

    def __rdivmod__(b, a):
        return b._roperate(a, _divmod, divmod)

    def __pow__(a, b):
        if isinstance(b, (int, Fraction)):
            b = Fraction(b)
            if b._denominator == 1:
                power = b._numerator
                if power >= 0:
                    return Fraction(a._numerator ** power,
                                    a._denominator ** power, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power,
                                    a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power,
                                (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, float):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, (int, Fraction)):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    __trunc__ = __int__

    def __float__(a):
        return a._numerator / a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            if floor % 2 == 0:
                return floor
            return floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __hash__(self):
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if isinstance(b, (int, Fraction)):
            b = Fraction(b)
            return (a._numerator == b._numerator and
                    a._denominator == b._denominator)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if isinstance(other, (int, Fraction)):
            other = Fraction(other)
            return op(self._numerator * other._denominator,
                      self._denominator * other._numerator)
        if isinstance(other, float):
            if math.isnan(other) or math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, _lt)

    def __gt__(a, b):
        return a._richcmp(b, _gt)

    def __le__(a, b):
        return a._richcmp(b, _le)

    def __ge__(a, b):
        return a._richcmp(b, _ge)

    def __bool__(a):
        return bool(a._numerator)

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _num(x):
    return x._numerator if isinstance(x, Fraction) else int(x)


def _den(x):
    return x._denominator if isinstance(x, Fraction) else 1


def _add(a, b):
    b = Fraction(b)
    return Fraction(a._numerator * b._denominator + b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _sub(a, b):
    b = Fraction(b)
    return Fraction(a._numerator * b._denominator - b._numerator * a._denominator,
                    a._denominator * b._denominator)


def _mul(a, b):
    b = Fraction(b)
    return Fraction(a._numerator * b._numerator, a._denominator * b._denominator)


def _div(a, b):
    b = Fraction(b)
    return Fraction(a._numerator * b._denominator, a._denominator * b._numerator)


def _floordiv(a, b):
    b = Fraction(b)
    return (a._numerator * b._denominator) // (a._denominator * b._numerator)


def _mod(a, b):
    b = Fraction(b)
    da, db = a._denominator, b._denominator
    return Fraction((a._numerator * db) % (b._numerator * da), da * db)


def _divmod(a, b):
    b = Fraction(b)
    da, db = a._denominator, b._denominator
    div, n_mod = divmod(a._numerator * db, da * b._numerator)
    return div, Fraction(n_mod, da * db)


def _float_add(a, b):
    return a + b


def _float_sub(a, b):
    return a - b


def _float_mul(a, b):
    return a * b


def _float_div(a, b):
    return a / b


def _float_floordiv(a, b):
    return a // b


def _float_mod(a, b):
    return a % b


def _lt(a, b):
    return a < b


def _gt(a, b):
    return a > b


def _le(a, b):
    return a <= b


def _ge(a, b):
    return a >= b
