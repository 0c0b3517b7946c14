"""In-memory text streams for Tauraro (pure Python): the I/O base classes,
StringIO, and the SEEK_* constants.
"""

__all__ = ["IOBase", "TextIOBase", "StringIO", "UnsupportedOperation",
           "SEEK_SET", "SEEK_CUR", "SEEK_END", "DEFAULT_BUFFER_SIZE"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8 * 1024


class UnsupportedOperation(OSError, ValueError):
    pass


class IOBase:
    """Base class of the I/O classes: closing, context management and line iteration."""

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def _checkClosed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    @property
    def closed(self):
        return getattr(self, '_IOBase__closed', False)

    def close(self):
        self._IOBase__closed = True

    def flush(self):
        self._checkClosed()

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported('fileno')

    def isatty(self):
        self._checkClosed()
        return False

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def readline(self, size=-1):
        self._unsupported('readline')

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()


class TextIOBase(IOBase):
    """Base class of text streams."""

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None

    def read(self, size=-1):
        self._unsupported('read')

    def write(self, s):
        self._unsupported('write')

    def detach(self):
        self._unsupported('detach')


def _as_size(size, what='size'):
    if size is None:
        return -1
    if not isinstance(size, int):
        try:
            size = size.__index__()
        except AttributeError:
            raise TypeError("argument should be integer or None, not '%s'"
                            % type(size).__name__) from None
    return size


class StringIO(TextIOBase):
    """A text stream kept in memory.

    initial_value is the starting content (the position stays at 0); newline
    works as for text files: None translates \r and \r\n to \n when writing,
    '' keeps everything and splits lines at any line ending, '\r' and '\r\n'
    translate \n to themselves.
    """

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._buf = ''
        self._chunks = []      # text appended at the end, not yet joined
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    # -- state --

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def _checkClosed(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def _value(self):
        if self._chunks:
            self._buf = self._buf + ''.join(self._chunks)
            self._chunks = []
        return self._buf

    @property
    def line_buffering(self):
        self._checkClosed()
        return False

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    # -- whole value --

    def getvalue(self):
        """The whole content, whatever the position."""
        self._checkClosed()
        return self._value()

    # -- writing --

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            if '\r' in s:
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl in ('\r', '\r\n'):
            s = s.replace('\n', nl)
        return s

    def write(self, s):
        """Write s at the position; returns len(s)."""
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        if not n:
            return 0
        s = self._translate(s)
        size = self._size
        pos = self._pos
        if pos == size:
            self._chunks.append(s)
            self._size = size + len(s)
        else:
            buf = self._value()
            if pos > size:
                buf = buf + '\0' * (pos - size)
            buf = buf[:pos] + s + buf[pos + len(s):]
            self._buf = buf
            self._size = len(buf)
        self._pos = pos + len(s)
        return n

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def truncate(self, pos=None):
        """Truncate size to pos (default: the current position); returns the
        new size."""
        self._checkClosed()
        if pos is None:
            pos = self._pos
        else:
            pos = _as_size(pos)
            if pos < 0:
                raise ValueError('Negative size value %d' % pos)
        buf = self._value()
        if pos < len(buf):
            self._buf = buf[:pos]
            self._size = pos
        return pos

    # -- reading --

    def read(self, size=-1):
        """Read up to size characters (all that remain when size is negative or None)."""
        self._checkClosed()
        size = _as_size(size)
        buf = self._value()
        pos = self._pos
        if pos >= len(buf):
            return ''
        if size < 0:
            end = len(buf)
        else:
            end = min(len(buf), pos + size)
        self._pos = end
        return buf[pos:end]

    def _line_end(self, buf, pos, limit):
        """The end (exclusive) of the line starting at pos, at most limit."""
        nl = self._newline
        if nl == '':
            i = pos
            while i < limit:
                c = buf[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    if i + 1 < len(buf) and buf[i + 1] == '\n' and i + 1 < limit:
                        return i + 2
                    return i + 1
                i += 1
            return limit
        if nl is None:
            nl = '\n'
        i = buf.find(nl, pos, limit)
        if i < 0:
            return limit
        end = i + len(nl)
        return end if end <= limit else limit

    def readline(self, size=-1):
        """Read one line (at most size characters); '' at the end."""
        self._checkClosed()
        size = _as_size(size)
        buf = self._value()
        pos = self._pos
        n = len(buf)
        if pos >= n:
            return ''
        limit = n if size < 0 else min(n, pos + size)
        end = self._line_end(buf, pos, limit)
        self._pos = end
        return buf[pos:end]

    def readlines(self, hint=-1):
        """The remaining lines; stop once hint characters have been read, if hint > 0."""
        self._checkClosed()
        hint = _as_size(hint)
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    # -- positioning --

    def tell(self):
        """The current position."""
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        """Move to pos relative to whence (0: start, 1: current, 2: end; only 0 is
        allowed as pos for 1 and 2); returns the new position.
        """
        self._checkClosed()
        pos = _as_size(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                # (sic: CPython's message says cur-relative here too)
                raise OSError("Can't do nonzero cur-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    # -- iteration --

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        self._checkClosed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def flush(self):
        self._checkClosed()

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def detach(self):
        raise UnsupportedOperation('detach')

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, None)
