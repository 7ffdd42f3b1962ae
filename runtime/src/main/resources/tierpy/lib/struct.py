"""Functions to convert between Python values and C structs (the API of CPython's struct module).

Native mode ('@', the default) uses the sizes, alignment and byte order of x86-64 Linux.
"""

# CPython implements this module in C: its functions leave no traceback entries.
__tierpy_c_module__ = True

import _tierpy_ieee754 as _ieee754

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack',
           'Struct', 'error']


class error(Exception):
    pass


# code -> (standard size, native size); native alignment is the native size (a part's for F, D)
_SIZES = {
    'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 's': (1, 1), 'p': (1, 1),
    'h': (2, 2), 'H': (2, 2), 'i': (4, 4), 'I': (4, 4), 'l': (4, 8), 'L': (4, 8),
    'q': (8, 8), 'Q': (8, 8), 'n': (None, 8), 'N': (None, 8), 'P': (None, 8),
    'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 'F': (8, 8), 'D': (16, 16),
}
_UNALIGNED = frozenset('xcbB?sp')
_SIGNED = frozenset('bhilqn')
_MAX_SIZE = 2 ** 63 - 1


def _as_float(v):
    """PyFloat_AsDouble: a float, or an object with __float__ or __index__ (never a str)."""
    t = type(v)
    if isinstance(v, (int, float)) or hasattr(t, '__float__') or hasattr(t, '__index__'):
        try:
            return float(v)
        except (TypeError, ValueError, OverflowError):
            pass
    raise error("required argument is not a float")


def _as_int(v):
    if isinstance(v, int):
        return v
    if isinstance(v, (float, str, bytes)) or not hasattr(type(v), '__index__'):
        raise error("required argument is not an integer")
    return v.__index__()


def _readable(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    if isinstance(buffer, memoryview) or hasattr(type(buffer), 'tobytes'):
        return buffer.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


class Struct:
    """Struct(fmt) --> compiled struct object"""

    __slots__ = ('_format', '_items', '_order', '_count', 'size')

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        self._format = format
        self._parse(format)

    def _parse(self, fmt):
        if '\0' in fmt:
            raise error("embedded null character")
        native = True
        order = 'little'
        if fmt[:1] in ('@', '=', '<', '>', '!'):
            native = fmt[0] == '@'
            order = 'big' if fmt[0] in '>!' else 'little'
            fmt = fmt[1:]
        items = []  # (code, repeat count, byte offset, item size)
        size = count = 0
        i = 0
        while i < len(fmt):
            c = fmt[i]
            i += 1
            if c.isspace():
                continue
            if c.isdigit():
                start = i - 1
                while i < len(fmt) and fmt[i].isdigit():
                    i += 1
                repeat = int(fmt[start:i])
                if i == len(fmt):
                    raise error("repeat count given without format specifier")
                c = fmt[i]
                i += 1
            else:
                repeat = 1
            sizes = _SIZES.get(c)
            item_size = sizes and sizes[1 if native else 0]
            if item_size is None:
                raise error("bad char in struct format")
            if native and c not in _UNALIGNED:
                # a complex aligns as its parts do
                size += -size % (item_size // 2 if c in 'FD' else item_size)
            if c in 'sp':
                items.append((c, repeat, size, item_size))
                count += 1
            elif c != 'x' and repeat:
                items.append((c, repeat, size, item_size))
                count += repeat
            size += repeat * item_size
            if size > _MAX_SIZE:
                raise error("total struct size too long")
        self._items = items
        self._order = order
        self._count = count
        self.size = size

    @property
    def format(self):
        return self._format

    def __repr__(self):
        return 'Struct(%r)' % self._format

    def _pack_to(self, out, offset, values):
        order = self._order
        k = 0
        for code, repeat, start, item_size in self._items:
            if code in 'sp':
                v = values[k]
                k += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == 's':
                    data = bytes(v[:repeat]).ljust(repeat, b'\0')
                else:
                    # a length byte (at most 255) then as much of v as fits
                    n = min(len(v), repeat - 1) if repeat else 0
                    data = (bytes([min(n, 255)]) + bytes(v[:n])).ljust(repeat, b'\0')[:repeat]
                out[offset + start:offset + start + repeat] = data
                continue
            run = values[k:k + repeat]
            k += repeat
            if code in 'efd':
                data = _ieee754.pack([_as_float(v) for v in run], item_size, code, order == 'little')
            else:
                data = b''.join([self._pack_one(code, item_size, v, order) for v in run])
            pos = offset + start
            out[pos:pos + len(data)] = data

    @staticmethod
    def _pack_one(code, size, v, order):
        if code == 'c':
            if not isinstance(v, bytes) or len(v) != 1:
                raise error("char format requires a bytes object of length 1")
            return v
        if code == '?':
            return b'\x01' if v else b'\x00'
        if code in 'FD':
            try:
                z = complex(v)
            except (TypeError, ValueError):
                raise error("required argument is not a complex") from None
            return _ieee754.pack([z.real, z.imag], size // 2, code, order == 'little')
        n = _as_int(v)
        if code == 'P':
            return (n % (1 << 64)).to_bytes(size, order)
        bits = 8 * size
        low, high = (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if code in _SIGNED else (0, (1 << bits) - 1)
        if not low <= n <= high:
            raise error("'%s' format requires %d <= number <= %d" % (code, low, high))
        return n.to_bytes(size, order, signed=code in _SIGNED)

    def _unpack_at(self, data, offset):
        order = self._order
        result = []
        for code, repeat, start, item_size in self._items:
            pos = offset + start
            if code == 's':
                result.append(bytes(data[pos:pos + repeat]))
                continue
            if code == 'p':
                n = min(data[pos], repeat - 1) if repeat else 0
                result.append(bytes(data[pos + 1:pos + 1 + n]))
                continue
            if code in 'efd':
                result.extend(_ieee754.unpack(data[pos:pos + repeat * item_size], item_size,
                                              order == 'little'))
                continue
            for j in range(repeat):
                chunk = data[pos + j * item_size:pos + (j + 1) * item_size]
                result.append(self._unpack_one(code, item_size, chunk, order))
        return tuple(result)

    @staticmethod
    def _unpack_one(code, size, chunk, order):
        if code == 'c':
            return bytes(chunk)
        if code == '?':
            return chunk[0] != 0
        if code in 'FD':
            return complex(*_ieee754.unpack(chunk, size // 2, order == 'little'))
        return int.from_bytes(chunk, order, signed=code in _SIGNED)

    def _check_count(self, values, what):
        if len(values) != self._count:
            raise error("%s expected %d items for packing (got %d)" % (what, self._count, len(values)))

    def pack(self, *values):
        """Return a bytes object containing values packed according to the format string."""
        self._check_count(values, 'pack')
        out = bytearray(self.size)
        self._pack_to(out, 0, values)
        return bytes(out)

    def pack_into(self, buffer, offset, *values):
        """Pack values into buffer starting at offset."""
        self._check_count(values, 'pack_into')
        if not isinstance(buffer, bytearray):
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        offset = _as_int(offset)
        if offset < 0:
            if offset + self.size > 0:
                raise error("no space to pack %d bytes at offset %d" % (self.size, offset))
            if offset + len(buffer) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes "
                        "at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(buffer)))
        self._pack_to(buffer, offset, values)

    def unpack(self, buffer, /):
        """Return a tuple containing values unpacked according to the format string."""
        data = _readable(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._unpack_at(data, 0)

    def unpack_from(self, buffer, offset=0):
        """Return a tuple unpacked from buffer starting at offset."""
        data = _readable(buffer)
        offset = _as_int(offset)
        if offset < 0:
            if offset + len(data) < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
            offset += len(data)
        if len(data) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (self.size + offset, self.size, offset, len(data)))
        return self._unpack_at(data, offset)

    def iter_unpack(self, buffer, /):
        """Return an iterator yielding tuples unpacked from buffer, one struct at a time."""
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        data = _readable(buffer)
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self.size)
        return _UnpackIterator(self, data)


Struct.__module__ = '_struct'


class unpack_iterator:
    __slots__ = ('_struct', '_data', '_offset')

    def __init__(self, struct, data):
        self._struct = struct
        self._data = data
        self._offset = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._offset >= len(self._data):
            raise StopIteration
        values = self._struct._unpack_at(self._data, self._offset)
        self._offset += self._struct.size
        return values

    def __length_hint__(self):
        return (len(self._data) - self._offset) // self._struct.size


unpack_iterator.__module__ = '_struct'
_UnpackIterator = unpack_iterator
del unpack_iterator


def _name_as_c_types():
    import tierpy
    tierpy.static_type_name(Struct, '_struct.Struct')
    tierpy.static_type_name(_UnpackIterator, '_struct.unpack_iterator')


_name_as_c_types()

_cache = {}


def _compiled(fmt):
    s = _cache.get(fmt) if isinstance(fmt, (str, bytes)) else None
    if s is None:
        s = Struct(fmt)
        if len(_cache) >= 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format, /):
    """Return size in bytes of the struct described by the format string."""
    return _compiled(format).size


def pack(*args):
    """pack(format, v1, v2, ...) -> bytes: the values packed according to the format string."""
    if not args:
        raise TypeError("missing format argument")
    return _compiled(args[0]).pack(*args[1:])


def pack_into(format, buffer, offset, /, *values):
    """Pack the values according to the format string into buffer at offset."""
    return _compiled(format).pack_into(buffer, offset, *values)


def unpack(*args):
    """unpack(format, buffer, /) -> tuple of the values unpacked according to the format string."""
    if len(args) != 2:
        raise TypeError("unpack expected 2 arguments, got %d" % len(args))
    return _compiled(args[0]).unpack(args[1])


def unpack_from(format, /, buffer, offset=0):
    """Return a tuple containing values unpacked from buffer starting at offset."""
    return _compiled(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """Return an iterator yielding tuples unpacked from buffer."""
    return _compiled(format).iter_unpack(buffer)
