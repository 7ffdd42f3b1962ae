"""Efficient arrays of numeric values (the API of CPython's array module).

Items are kept as Python values, already converted to what the C type can hold ('f' items are
rounded to single precision); tobytes() and frombytes() use x86-64 Linux's native layout.
The buffer protocol, buffer_info() addresses and tofile()/fromfile() are not provided.
"""

# CPython implements this module in C: its functions leave no traceback entries.
__tierpy_c_module__ = True

import math
import struct as _struct

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuwhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'w': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_TEXT = frozenset('uw')
_LONG_OVERFLOW = "Python int too large to convert to C long"


def _index(v):
    if isinstance(v, int):
        return int(v)
    if not hasattr(type(v), '__index__'):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return v.__index__()


def _c_long(v):
    n = _index(v)
    if not -2 ** 63 <= n < 2 ** 63:
        raise OverflowError(_LONG_OVERFLOW)
    return n


def _in_range(n, low, high, name):
    if n < low:
        raise OverflowError("%s is less than minimum" % name)
    if n > high:
        raise OverflowError("%s is greater than maximum" % name)
    return n


def _c_short(v):
    return _in_range(_c_long(v), -2 ** 15, 2 ** 15 - 1, "signed short integer")


def _c_int(v):
    return _in_range(_c_long(v), -2 ** 31, 2 ** 31 - 1, "signed integer")


def _c_unsigned_long(v):
    n = _index(v)
    if n < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if n >= 2 ** 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    return n


def _c_long_long(v, low):
    n = _index(v)
    if n < low:
        raise OverflowError("can't convert negative int to unsigned" if low == 0
                            else "int too big to convert")
    if n >= (2 ** 64 if low == 0 else 2 ** 63):
        raise OverflowError("int too big to convert")
    return n


def _c_double(v):
    if isinstance(v, float):
        return float(v)
    t = type(v)
    if not (isinstance(v, int) or hasattr(t, '__float__') or hasattr(t, '__index__')):
        raise TypeError("must be real number, not %s" % t.__name__)
    return float(v)


def _c_float(v):
    x = _c_double(v)
    try:
        return _struct.unpack('f', _struct.pack('f', x))[0]
    except OverflowError:
        # the C cast to float overflows to infinity
        return math.copysign(math.inf, x)


def _c_char(v):
    if not isinstance(v, str) or len(v) != 1:
        raise TypeError("array item must be unicode character")
    return v


# typecode -> function turning a Python value into a storable item, raising as CPython does
_CONVERT = {
    'b': lambda v: _in_range(_c_short(v), -128, 127, "signed char"),
    'B': lambda v: _in_range(_c_long(v), 0, 255, "unsigned byte integer"),
    'h': _c_short,
    'H': lambda v: _in_range(_c_int(v), 0, 2 ** 16 - 1, "unsigned short"),
    'i': _c_int,
    'I': lambda v: _in_range(_c_unsigned_long(v), 0, 2 ** 32 - 1, "unsigned int"),
    'l': _c_long,
    'L': _c_unsigned_long,
    'q': lambda v: _c_long_long(v, -2 ** 63),
    'Q': lambda v: _c_long_long(v, 0),
    'f': _c_float,
    'd': _c_double,
    'u': _c_char,
    'w': _c_char,
}


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the appropriate type.
    """

    __slots__ = ('_typecode', '_items', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if kwargs and cls is array:
            raise TypeError("array.array() takes no keyword arguments")
        if not 1 <= len(args) <= 2:
            raise TypeError("array() takes at %s (%d given)" % (
                "least 1 argument" if not args else "most 2 arguments", len(args)))
        typecode, initializer = args if len(args) == 2 else (args[0], None)
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s"
                            % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        if typecode == 'u':
            import warnings
            warnings.warn("The 'u' type code is deprecated and will be removed in Python 3.16",
                          DeprecationWarning, stacklevel=2)
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return self
        if isinstance(initializer, str):
            if typecode not in _TEXT:
                raise TypeError("cannot use a str to initialize an array with typecode '%s'"
                                % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if (initializer._typecode in _TEXT) != (typecode in _TEXT):
                raise TypeError("cannot use a unicode array to initialize an array with "
                                "typecode '%s'" % typecode)
            self._items = self._converted(initializer._items)
        else:
            self._items = self._converted(initializer)
        return self

    def _converted(self, values):
        convert = _CONVERT[self._typecode]
        return [convert(v) for v in values]

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _ITEMSIZE[self._typecode]

    def __repr__(self):
        if not self._items:
            return "%s('%s')" % (_type_name(self), self._typecode)
        if self._typecode in _TEXT:
            return "%s('%s', %r)" % (_type_name(self), self._typecode, ''.join(self._items))
        return "%s('%s', %r)" % (_type_name(self), self._typecode, self._items)

    def _new(self, items):
        # slices, concatenations and copies of a subclass instance are plain arrays
        result = object.__new__(array)
        result._typecode = self._typecode
        result._items = items
        return result

    # --- sequence protocol ---

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[_item_index(index)]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice'
                                % type(value).__name__)
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            self._items[index] = list(value._items)
            return
        item = _CONVERT[self._typecode](value)
        try:
            self._items[_item_index(index)] = item
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            del self._items[index]
            return
        try:
            del self._items[_item_index(index)]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            # the sequence concatenation slot runs only when other has no __radd__
            if hasattr(type(other), '__radd__'):
                return NotImplemented
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        self._items.extend(other._items)
        return self

    def __mul__(self, count):
        return self._new(self._items * _repeat_count(count))

    __rmul__ = __mul__

    def __imul__(self, count):
        self._items *= _repeat_count(count)
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # --- methods ---

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(_CONVERT[self._typecode](v))

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(bb._items)
        else:
            self._items.extend(self._converted(bb))

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        self._items.insert(_item_index(i), _CONVERT[self._typecode](v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array. i defaults to -1."""
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(_item_index(i))
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=None, /):
        """Return index of first occurrence of v in the array."""
        try:
            if stop is None:
                return self._items.index(v, start)
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return self._items.count(v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list_, /):
        """Append items to array from list."""
        if not isinstance(list_, list):
            raise TypeError("arg must be list")
        self._items.extend(self._converted(list_))

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        if self._typecode in _TEXT:
            return b''.join(ord(c).to_bytes(4, 'little') for c in self._items)
        return _struct.pack('@%d%s' % (len(self._items), self._typecode), *self._items)

    def __bytes__(self):
        # bytes(a) reads CPython's buffer; without one, hand over the same bytes
        return self.tobytes()

    def frombytes(self, buffer, /):
        """Appends items from the bytes-like object, interpreted as machine values."""
        if isinstance(buffer, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(buffer)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        count = len(data) // size
        if self._typecode in _TEXT:
            self._items.extend(chr(int.from_bytes(data[i:i + 4], 'little'))
                               for i in range(0, len(data), 4))
        else:
            self._items.extend(_struct.unpack('@%d%s' % (count, self._typecode), data))

    def byteswap(self):
        """Byteswap all items of the array."""
        size = self.itemsize
        data = self.tobytes()
        swapped = b''.join(data[i:i + size][::-1] for i in range(0, len(data), size))
        del self._items[:]
        self.frombytes(swapped)

    def tounicode(self):
        """Convert the array to a unicode string."""
        if self._typecode not in _TEXT:
            raise ValueError("tounicode() may only be called on unicode type arrays ('u' or 'w')")
        return ''.join(self._items)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if self._typecode not in _TEXT:
            raise ValueError("fromunicode() may only be called on unicode type arrays ('u' or 'w')")
        if not isinstance(ustr, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(ustr).__name__)
        self._items.extend(ustr)

    def buffer_info(self):
        """Return a tuple (address, length); tierpy's arrays have no address, id(self) stands in."""
        return (id(self), len(self._items))


def _item_index(index):
    if not hasattr(type(index), '__index__'):
        raise TypeError("array indices must be integers")
    return index.__index__()


def _repeat_count(count):
    if not hasattr(type(count), '__index__'):
        raise TypeError("can't multiply sequence by non-int of type '%s'" % type(count).__name__)
    return count.__index__()


def _type_name(a):
    return 'array' if type(a) is array else type(a).__name__


ArrayType = array


def _name_as_c_type():
    import tierpy
    tierpy.static_type_name(array, 'array.array')


_name_as_c_type()
