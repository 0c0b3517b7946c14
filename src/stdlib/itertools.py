"""Iterator building blocks (pure-Python implementation for Tauraro).

Arguments are checked, and input iterables turned into iterators, when an
iterator is created, as CPython does; the values are produced lazily.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement',
           'compress', 'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby',
           'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
           'takewhile', 'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807


def _is_number(x):
    if isinstance(x, (int, float)):
        return True
    if isinstance(x, (str, list, tuple, dict, set, frozenset)):
        return False
    return (hasattr(x, '__index__') or hasattr(x, '__int__') or hasattr(x, '__float__')
            or hasattr(x, '__complex__'))


def _index(x):
    if isinstance(x, int):
        return x
    if hasattr(x, '__index__'):
        return x.__index__()
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(x).__name__)


# ---- infinite iterators -------------------------------------------------------

class count:
    """count(start=0, step=1): start, start+step, start+2*step, ... forever."""

    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._cnt = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        c = self._cnt
        self._cnt = c + self._step
        return c

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return 'count(%r)' % (self._cnt,)
        return 'count(%r, %r)' % (self._cnt, step)


class cycle:
    """Repeat the items of the iterable forever (they are saved on the first pass)."""

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._firstpass = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is not None:
            for item in self._it:
                if self._firstpass:
                    self._saved.append(item)
                return item
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        item = saved[self._index]
        self._index += 1
        if self._index >= len(saved):
            self._index = 0
        return item


class repeat:
    """repeat(object[, times]): object, times times (forever when times is omitted)."""

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._cnt = -1
        else:
            times = _index(times)
            self._cnt = times if times > 0 else 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._cnt == 0:
            raise StopIteration
        if self._cnt > 0:
            self._cnt -= 1
        return self._obj

    def __length_hint__(self):
        if self._cnt == -1:
            raise TypeError('len() of unsized object')
        return self._cnt

    def __repr__(self):
        if self._cnt == -1:
            return 'repeat(%r)' % (self._obj,)
        return 'repeat(%r, %d)' % (self._obj, self._cnt)


# ---- iterators terminating on the shortest input ------------------------------

def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or running results of func), optionally starting from initial."""
    it = iter(iterable)
    return _accumulate(it, func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """The items of each iterable in turn."""
    return _chain(iterables)


def _chain(iterables):
    for it in iterables:
        yield from it


def _from_iterable(iterable):
    """chain() over the iterables produced by one iterable, taken lazily."""
    return _chain_lazy(iter(iterable))


def _chain_lazy(source):
    for it in source:
        yield from it


chain.from_iterable = _from_iterable


def compress(data, selectors):
    """The items of data whose matching selector is true."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Skip items while predicate(item) is true, then yield the rest."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def filterfalse(function, iterable):
    """The items for which function(item) is false (the false items when function is None)."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


class groupby:
    """Consecutive runs of items with equal keys, as (key, group iterator) pairs.
    A group is only valid until the next pair is taken.
    """

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NOTHING
        self._currkey = _NOTHING
        self._currvalue = _NOTHING
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        # Skip the rest of the current group.
        while True:
            if self._currkey is _NOTHING:
                pass
            elif self._tgtkey is _NOTHING:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        gb = self._parent
        if gb._currgrouper is not self:
            raise StopIteration
        if gb._currvalue is _NOTHING:
            gb._step()
        if not (self._tgtkey == gb._currkey):
            raise StopIteration
        r = gb._currvalue
        gb._currvalue = _NOTHING
        return r


class _Nothing:
    def __repr__(self):
        return '<nothing>'


_NOTHING = _Nothing()


def _islice_arg(v, what):
    if v is None:
        return None
    if isinstance(v, int) or hasattr(v, '__index__'):
        try:
            n = _index(v)
        except TypeError:
            n = -1
        if 0 <= n <= _MAXSIZE:
            return n
    raise ValueError(what)


_STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
_IDX_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'


def islice(*args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step]): the
    items a slice would select, taken lazily; the indices must be None or
    non-negative.
    """
    n = len(args)
    if n < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % n)
    if n > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % n)
    iterable = args[0]
    start = 0
    step = 1
    if n == 2:
        stop = _islice_arg(args[1], _STOP_MSG)
    else:
        a1 = args[1]
        a2 = args[2]
        start = _islice_arg(a1, _IDX_MSG)
        stop = _islice_arg(a2, _IDX_MSG)
        if start is None:
            start = 0
        if n == 4 and args[3] is not None:
            try:
                step = _index(args[3])
            except TypeError:
                step = -1
            if step < 1:
                raise ValueError('Step for islice() must be a positive integer or None.')
    it = iter(iterable)
    return _islice(it, start, stop, step)


def _islice(it, nexti, stop, step):
    cnt = 0
    while True:
        while cnt < nexti:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nexti += step
        if stop is not None and nexti > stop:
            nexti = stop
        yield item


def pairwise(iterable):
    """Overlapping pairs: (s0, s1), (s1, s2), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


def starmap(function, iterable):
    """function(*args) for each args tuple of the iterable."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        yield function(*args)


def takewhile(predicate, iterable):
    """The items as long as predicate(item) is true."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            return


class _TeeLink:
    __slots__ = ('value', 'next')

    def __init__(self):
        self.value = None
        self.next = None


class _tee:
    """One of the iterators of tee(), sharing a linked buffer with the others."""

    def __init__(self, source, link):
        self._source = source  # [iterator] shared by all copies
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link.next is None:
            src = self._source
            value = next(src[0])
            if link.next is None:
                link.value = value
                link.next = _TeeLink()
        value = link.value
        self._link = link.next
        return value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    """n independent iterators over the same iterable."""
    n = _index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    if hasattr(it, '__copy__'):
        first = it
    else:
        first = _tee([it], _TeeLink())
    result = [first]
    for _ in range(n - 1):
        result.append(first.__copy__())
    return tuple(result)


def zip_longest(*args, fillvalue=None):
    """Like zip(), but runs until the longest input ends, filling with fillvalue."""
    iterators = [iter(a) for a in args]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


# ---- combinatoric iterators ---------------------------------------------------

def product(*args, repeat=1):
    """The Cartesian product of the iterables (repeat copies each), rightmost varying fastest."""
    repeat = _index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        i = n - 1
        while i >= 0:
            pool = pools[i]
            indices[i] += 1
            if indices[i] < len(pool):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[j][indices[j]] for j in range(n))


def _check_r(r):
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """All r-length orderings of the items (r defaults to their number), in lexicographic index order."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        r = _check_r(r)
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    if n == 0:
        return
    while True:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                # rotate indices[i:] left by one
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[k] for k in indices[:r])
                break
            i -= 1
        if i < 0:
            return


def combinations(iterable, r):
    """All r-length subsequences of the items, in index order."""
    pool = tuple(iterable)
    r = _check_r(r)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != i + n - r:
                break
            i -= 1
        if i < 0:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[k] for k in indices)


def combinations_with_replacement(iterable, r):
    """All r-length subsequences allowing repeated items, in index order."""
    pool = tuple(iterable)
    r = _check_r(r)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        i = r - 1
        while i >= 0:
            if indices[i] != n - 1:
                break
            i -= 1
        if i < 0:
            return
        v = indices[i] + 1
        for j in range(i, r):
            indices[j] = v
        yield tuple(pool[k] for k in indices)
