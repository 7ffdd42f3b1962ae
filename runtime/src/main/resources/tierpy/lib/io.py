"""Mirrors Lib/io.py and Modules/_io: the I/O class hierarchy, open(), file objects over the
posix descriptor calls (FileIO, BufferedReader/Writer/Random, TextIOWrapper), and the in-memory
StringIO and BytesIO. Writes go straight to the descriptor: without reference counting a file
object is not closed when dropped, so it must not hold unwritten data."""

import posix as _posix
from operator import index as _index

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase', 'FileIO', 'BytesIO', 'StringIO',
           'BufferedIOBase', 'BufferedReader', 'BufferedWriter', 'BufferedRWPair', 'BufferedRandom', 'TextIOBase',
           'TextIOWrapper', 'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END', 'DEFAULT_BUFFER_SIZE',
           'text_encoding']

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


try:
    class UnsupportedOperation(OSError, ValueError):
        __module__ = 'io'
except TypeError:
    # tierpy's object model cannot combine these two layouts yet
    class UnsupportedOperation(OSError):
        __module__ = 'io'


class IOBase:
    """The abstract base of every stream: closing, context management and line iteration."""
    __module__ = '_io'
    _closed = False

    @property
    def closed(self):
        return self._closed

    def _checkClosed(self, msg='I/O operation on closed file.'):
        if self.closed:
            raise ValueError(msg)

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def close(self):
        self._closed = True

    def flush(self):
        self._checkClosed()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        self._unsupported('fileno')

    def seek(self, pos, whence=0):
        self._unsupported('seek')

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported('truncate')

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def _line_end(self):
        nl = self._buf.find(self._newline, self._pos)
        return len(self._buf) if nl < 0 else nl + len(self._newline)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines, n = [], 0
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


class RawIOBase(IOBase):
    __module__ = '_io'


class BufferedIOBase(IOBase):
    __module__ = '_io'


class TextIOBase(IOBase):
    __module__ = '_io'


def _check_index(value, what='integer'):
    if value is None:
        return -1
    if not hasattr(type(value), '__index__'):
        raise TypeError(f"argument should be {what}, not '{type(value).__name__}'")
    return value.__index__()


class FileIO(RawIOBase):
    """Mirrors Modules/_io/fileio.c: a file descriptor opened by name."""
    __module__ = '_io'

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        rwa = set(mode) & set('rwxa')
        if len(rwa) != 1 or set(mode) - set('rwxab+') or len(mode) != len(set(mode)):
            raise ValueError(f'invalid mode: {mode}')
        kind = rwa.pop()
        plus = '+' in mode
        self._readable = kind == 'r' or plus
        self._writable = kind != 'r' or plus
        self._appending = kind == 'a'
        flags = (_posix.O_RDWR if plus else _posix.O_RDONLY if kind == 'r' else _posix.O_WRONLY)
        flags |= {'r': 0, 'w': _posix.O_CREAT | _posix.O_TRUNC, 'x': _posix.O_CREAT | _posix.O_EXCL,
                  'a': _posix.O_CREAT | _posix.O_APPEND}[kind]
        self.mode = {'r': 'rb', 'w': 'wb', 'x': 'xb', 'a': 'ab'}[kind] + ('+' if plus else '')
        if plus and kind == 'w':
            self.mode = 'rb+'
        if isinstance(file, int):
            self._fd = file
        elif opener is not None:
            self._fd = opener(file, flags)
        else:
            self._fd = _posix.open(file, flags, 0o666)
        self.name = file
        self.closefd = closefd

    def __repr__(self):
        if self.closed:
            return '<_io.FileIO [closed]>'
        return f'<_io.FileIO name={self.name!r} mode={self.mode!r} closefd={self.closefd!r}>'

    def _checkReadable(self):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _checkWritable(self):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        return True

    def fileno(self):
        self._checkClosed()
        return self._fd

    def read(self, size=-1):
        self._checkReadable()
        size = _check_index(size)
        if size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        self._checkReadable()
        return _posix.read(self._fd, 1 << 62)

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._checkWritable()
        return _posix.write(self._fd, b)

    def seek(self, pos, whence=SEEK_SET):
        self._checkClosed()
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        self._checkClosed()
        return _posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._checkWritable()
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if not self.closed:
            self._closed = True
            if self.closefd:
                _posix.close(self._fd)


class _Wrapping(IOBase):
    """A stream over another one (self._inner()): its name, state and capabilities are the inner stream's."""

    @property
    def name(self):
        return self._inner().name

    @property
    def closed(self):
        return self._inner().closed

    def readable(self):
        return self._inner().readable()

    def writable(self):
        return self._inner().writable()

    def seekable(self):
        return self._inner().seekable()

    def fileno(self):
        return self._inner().fileno()

    def isatty(self):
        return self._inner().isatty()


class _BufferedBase(_Wrapping, BufferedIOBase):
    """Mirrors Modules/_io/bufferedio.c over a raw stream: a read-ahead buffer for readline."""
    __module__ = '_io'

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw
        self._rbuf = b''

    def _inner(self):
        return self.raw

    @property
    def mode(self):
        return self.raw.mode

    def __repr__(self):
        cls = type(self).__name__
        try:
            return f'<_io.{cls} name={self.name!r}>'
        except AttributeError:
            return f'<_io.{cls}>'

    def _checkReadable(self):
        self._checkClosed('read of closed file')
        if not self.raw.readable():
            raise UnsupportedOperation('read')

    def _checkWritable(self):
        self._checkClosed('write to closed file')
        if not self.raw.writable():
            raise UnsupportedOperation('write')

    def read(self, size=-1):
        self._checkReadable()
        size = _check_index(size)
        if size < 0:
            data = self._rbuf + self.raw.readall()
            self._rbuf = b''
            return data
        while len(self._rbuf) < size:
            chunk = self.raw.read(max(DEFAULT_BUFFER_SIZE, size - len(self._rbuf)))
            if not chunk:
                break
            self._rbuf += chunk
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, size=0):
        self._checkReadable()
        if not self._rbuf:
            self._rbuf = self.raw.read(DEFAULT_BUFFER_SIZE)
        return self._rbuf

    def readline(self, size=-1):
        self._checkReadable()
        size = _check_index(size)
        while True:
            nl = self._rbuf.find(b'\n')
            if nl >= 0 or (0 <= size <= len(self._rbuf)):
                break
            chunk = self.raw.read(DEFAULT_BUFFER_SIZE)
            if not chunk:
                break
            self._rbuf += chunk
        end = len(self._rbuf) if nl < 0 else nl + 1
        if size >= 0:
            end = min(end, size)
        line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
        return line

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def write(self, b):
        self._checkWritable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        self._drop_read_ahead()
        return self.raw.write(b)

    def _drop_read_ahead(self):
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), SEEK_CUR)
            self._rbuf = b''

    def seek(self, pos, whence=SEEK_SET):
        self._checkClosed('seek of closed file')
        if whence == SEEK_CUR:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell() - len(self._rbuf)

    def truncate(self, pos=None):
        self._checkWritable()
        self._drop_read_ahead()
        return self.raw.truncate(pos)

    def flush(self):
        self._checkClosed('flush of closed file')

    def close(self):
        self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw


class BufferedReader(_BufferedBase):
    __module__ = '_io'


class BufferedWriter(_BufferedBase):
    __module__ = '_io'


class BufferedRandom(_BufferedBase):
    __module__ = '_io'


class BufferedRWPair(BufferedIOBase):
    __module__ = '_io'

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader)
        self.writer = BufferedWriter(writer)

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, b):
        return self.writer.write(b)

    def close(self):
        self.writer.close()
        self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


def text_encoding(encoding, stacklevel=2):
    return 'locale' if encoding is None else encoding


_LOCALE_ENCODING = 'UTF-8'


class TextIOWrapper(_Wrapping, TextIOBase):
    """Mirrors Modules/_io/textio.c: decoding, encoding and newline translation over a buffer.
    Read text is decoded from the buffer's remaining bytes on the first read and kept untranslated,
    so tell() can count the bytes consumed."""
    __module__ = '_io'

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'TextIOWrapper() argument \'newline\' must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline}')
        if encoding is None or encoding == 'locale':
            encoding = _LOCALE_ENCODING
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        else:
            ''.encode(encoding)
        self.buffer = buffer
        self.encoding = encoding
        self.errors = 'strict' if errors is None else errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._text = None
        self._lines = None
        self._pos = 0
        self._base = 0
        self._seen = set()
        self._telling = True

    def _inner(self):
        return self.buffer

    @property
    def newlines(self):
        if not self._seen:
            return None
        found = tuple(nl for nl in ('\r', '\n', '\r\n') if nl in self._seen)
        return found[0] if len(found) == 1 else found

    def __repr__(self):
        parts = ['<_io.TextIOWrapper']
        try:
            parts.append(f'name={self.name!r}')
        except AttributeError:
            pass
        mode = getattr(self, 'mode', None)
        if mode is not None:
            parts.append(f'mode={mode!r}')
        parts.append(f'encoding={self.encoding!r}>')
        return ' '.join(parts)

    def _checkReadable(self):
        self._checkClosed()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')

    def _load(self):
        if self._text is None:
            self._base = self.buffer.tell()
            self._text = self.buffer.read().decode(self.encoding, self.errors)
            self._pos = 0
            self._lines = None
            # line iteration from a list split once: indexing the whole text per line would be quadratic
            sep = '\n' if self._newline in (None, '') else self._newline
            if self._newline not in (None, '') or '\r' not in self._text:
                self._lines = [line + sep for line in self._text.split(sep)]
                last = self._lines.pop()
                if len(last) > len(sep):
                    self._lines.append(last[:-len(sep)])
                self._lines.reverse()

    def _translate(self, s):
        """Universal newlines: the kinds seen are recorded (newline None or ''), translated to \\n for None."""
        if self._newline not in (None, ''):
            return s
        if '\r' in s:
            if '\r\n' in s:
                self._seen.add('\r\n')
                if self._newline is None:
                    s = s.replace('\r\n', '\n')
            if '\r' in s.replace('\r\n', ''):
                self._seen.add('\r')
                if self._newline is None:
                    s = s.replace('\r', '\n')
        if '\n' in s.replace('\r\n', ''):
            self._seen.add('\n')
        return s

    def read(self, size=-1):
        self._checkReadable()
        size = _check_index(size)
        self._load()
        self._lines = None
        text = self._text
        if size < 0:
            data = text[self._pos:]
            self._pos = len(text)
            return self._translate(data)
        end = min(len(text), self._pos + size)
        if self._newline is None:
            # size counts translated characters: a \r\n pair is one
            data = []
            n = 0
            i = self._pos
            while n < size and i < len(text):
                j = i + 2 if text.startswith('\r\n', i) else i + 1
                data.append(text[i:j])
                i = j
                n += 1
            end = i
        data = text[self._pos:end]
        self._pos = end
        return self._translate(data)

    def _line_end(self, text, start):
        nl = self._newline
        if nl is None or nl == '':
            i = start
            n = len(text)
            while i < n:
                c = text[i]
                if c == '\n':
                    return i + 1
                if c == '\r':
                    return i + 2 if text.startswith('\n', i + 1) else i + 1
                i += 1
            return n
        i = text.find(nl, start)
        return len(text) if i < 0 else i + len(nl)

    def readline(self, size=-1):
        self._checkReadable()
        size = _check_index(size)
        self._load()
        lines = self._lines
        if lines is not None and size < 0:
            if not lines:
                return ''
            line = lines.pop()
            self._pos += len(line)
            if self._newline in (None, '') and line[-1:] == '\n':
                self._seen.add('\n')
            return line
        self._lines = None
        text = self._text
        start = self._pos
        if self._newline is None or self._newline == '':
            nl = text.find('\n', start)
            end = len(text) if nl < 0 else nl + 1
            if '\r' in text[start:end]:
                end = self._line_end(text, start)
        else:
            end = self._line_end(text, start)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return self._translate(text[start:end])

    def __next__(self):
        self._telling = False
        lines = self._lines
        if lines:
            # the common case, kept to a few operations: close() drops the list
            line = lines.pop()
            self._pos += len(line)
            if self._newline in (None, '') and line[-1:] == '\n':
                self._seen.add('\n')
            return line
        self._checkClosed()
        line = self.readline()
        if not line:
            self._telling = True
            raise StopIteration
        return line

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f'write() argument must be str, not {type(s).__name__}')
        if not self.buffer.writable():
            raise UnsupportedOperation('not writable')
        self._resync()
        text = s
        if self._newline not in (None, '', '\n') and '\n' in text:
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        return len(s)

    def _resync(self):
        if self._text is not None:
            self.buffer.seek(self.tell())
            self._text = None

    def tell(self):
        self._checkClosed()
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        if self._text is None:
            return self.buffer.tell()
        return self._base + len(self._text[:self._pos].encode(self.encoding, self.errors))

    def seek(self, cookie, whence=SEEK_SET):
        self._checkClosed()
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = SEEK_SET
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
        elif whence != SEEK_SET:
            raise ValueError(f'invalid whence ({whence}, should be 0, 1 or 2)')
        elif cookie < 0:
            raise ValueError(f'negative seek position {cookie}')
        self._text = None
        self._telling = True
        return self.buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self._resync()
        return self.buffer.truncate(pos)

    def flush(self):
        self._checkClosed()

    def close(self):
        self._lines = None
        if not self.closed:
            self.buffer.close()

    def detach(self):
        self._lines = None
        buffer, self.buffer = self.buffer, None
        return buffer


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    """Open file and return a stream.  Raise OSError upon failure."""
    if not isinstance(file, int):
        file = _posix_fspath(file)
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an integer")
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError(f'invalid mode: {mode!r}')
    creating, reading, writing, appending = 'x' in modes, 'r' in modes, 'w' in modes, 'a' in modes
    updating, text, binary = '+' in modes, 't' in modes, 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used",
                      RuntimeWarning, 2)
    raw = FileIO(file, (creating and 'x' or '') + (reading and 'r' or '') + (writing and 'w' or '')
                 + (appending and 'a' or '') + (updating and '+' or ''), closefd, opener=opener)
    if buffering == 0:
        if binary:
            return raw
        raise ValueError("can't have unbuffered text I/O")
    if updating:
        buffer = BufferedRandom(raw)
    elif creating or writing or appending:
        buffer = BufferedWriter(raw)
    else:
        buffer = BufferedReader(raw)
    if binary:
        return buffer
    try:
        result = TextIOWrapper(buffer, encoding, errors, newline, buffering == 1)
    except BaseException:
        raw.close()
        raise
    result.mode = mode
    return result


def _posix_fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    fspath = getattr(type(file), '__fspath__', None)
    if fspath is None:
        raise TypeError(f'expected str, bytes or os.PathLike object, not {type(file).__name__}')
    return fspath(file)


def open_code(path):
    return open(path, 'rb')


class _MemoryIO(BufferedIOBase):
    _empty = ''

    def __init__(self, initial_value=None):
        self._buf = self._empty if initial_value is None else initial_value
        self._pos = 0

    def _checkClosed(self, msg=None):
        if self._closed:
            raise ValueError(msg or self._closed_message)

    def write(self, s):
        self._checkClosed()
        if self._pos > len(self._buf):
            self._buf += self._empty.__class__(self._fill * (self._pos - len(self._buf)))
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def getvalue(self):
        self._checkClosed()
        return self._buf

    def read(self, size=-1):
        self._checkClosed()
        size = _check_index(size, 'integer or None')
        end = len(self._buf) if size < 0 else min(len(self._buf), self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def readline(self, size=-1):
        self._checkClosed()
        size = _check_index(size, 'integer or None')
        end = self._line_end()
        if size >= 0:
            end = min(end, self._pos + size)
        data = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return data

    def _line_end(self):
        nl = self._buf.find(self._newline, self._pos)
        return len(self._buf) if nl < 0 else nl + len(self._newline)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError(f'negative seek value {pos}')
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buf) + pos)
        else:
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        return self._pos

    def tell(self):
        self._checkClosed()
        return self._pos

    def truncate(self, size=None):
        self._checkClosed()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError(self._negative_size_message % size)
        self._buf = self._buf[:size]
        return size

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True


class StringIO(_MemoryIO):
    """Mirrors Modules/_io/stringio.c: an in-memory text stream."""
    __module__ = '_io'
    _empty = ''
    _fill = '\0'
    _newline = '\n'
    _closed_message = 'I/O operation on closed file'
    _negative_size_message = 'Negative size value %d'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f'newline must be str or None, not {type(newline).__name__}')
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f'illegal newline value: {newline!r}')
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f'initial_value must be str or None, not {type(initial_value).__name__}')
        # newline None: universal newlines, stored translated to '\n'; '' splits lines at any of
        # them untranslated; '\r' and '\r\n' are what '\n' becomes on write
        self._newline_mode = newline
        if newline:
            self._newline = newline
        super().__init__('')
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError(f'string argument expected, got {type(s).__name__!r}')
        written = len(s)
        if self._newline_mode is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._newline_mode in ('\r', '\r\n'):
            s = s.replace('\n', self._newline_mode)
        super().write(s)
        return written

    def _line_end(self):
        if self._newline_mode != '':
            return super()._line_end()
        buf, pos = self._buf, self._pos
        cr, lf = buf.find('\r', pos), buf.find('\n', pos)
        if cr < 0 and lf < 0:
            return len(buf)
        if lf < 0 or 0 <= cr < lf:
            return cr + 2 if buf.startswith('\n', cr + 1) else cr + 1
        return lf + 1

    def seek(self, pos, whence=0):
        self._checkClosed()
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError(f'Invalid whence ({whence}, should be 0, 1 or 2)')
        if pos < 0 and whence == 0:
            raise ValueError(f'Negative seek position {pos}')
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        self._pos = pos if whence == 0 else self._pos if whence == 1 else len(self._buf)
        return self._pos


class BytesIO(_MemoryIO):
    """Mirrors Modules/_io/bytesio.c: an in-memory binary stream."""
    __module__ = '_io'
    _empty = b''
    _fill = b'\0'
    _newline = b'\n'
    _closed_message = 'I/O operation on closed file.'
    _negative_size_message = 'negative size value %d'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        elif not isinstance(initial_bytes, (bytes, bytearray, memoryview)):
            raise TypeError(f"a bytes-like object is required, not '{type(initial_bytes).__name__}'")
        super().__init__(bytes(initial_bytes))

    def write(self, b):
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return super().write(bytes(b))

    def getbuffer(self):
        self._checkClosed()
        return memoryview(self._buf)

    def read1(self, size=-1):
        return self.read(size)
