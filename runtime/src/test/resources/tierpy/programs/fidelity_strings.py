# str/bytes fidelity: argument binding (Argument Clinic messages), str(bytes, encoding), codecs, formatting, conversions, casing, Unicode errors and properties, unicodedata
def show(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

print(show(lambda: "abc".splitlines(1, 2)))  # expect: TypeError: splitlines() takes at most 1 argument (2 given)
print(show(lambda: "abc".splitlines(keepends=True, x=1)))  # expect: TypeError: splitlines() takes at most 1 keyword argument (2 given)
print(show(lambda: "abc".splitlines(keepend=1)))  # expect: TypeError: splitlines() got an unexpected keyword argument 'keepend'. Did you mean 'keepends'?
print(show(lambda: "abc".split(maxsplt=1)))  # expect: TypeError: split() got an unexpected keyword argument 'maxsplt'. Did you mean 'maxsplit'?
print(show(lambda: "abc".split(1, 2, 3)))  # expect: TypeError: split() takes at most 2 arguments (3 given)
print(show(lambda: "abc".replace("a")))  # expect: TypeError: replace() takes at least 2 positional arguments (1 given)
print(show(lambda: "abc".replace("a", "b", count=1)))  # expect: 'bbc'
print(show(lambda: "abc".replace("a", "b", 1, 2)))  # expect: TypeError: replace() takes at most 3 arguments (4 given)
print(show(lambda: "abc".replace("a", "b", 2, count=1)))  # expect: TypeError: replace() takes at most 3 arguments (4 given)
print(show(lambda: "abc".replace(1, "b")))  # expect: TypeError: replace() argument 1 must be str, not int
print(show(lambda: "a".encode("a", "b", x=1)))  # expect: TypeError: encode() takes at most 2 arguments (3 given)
print(show(lambda: "a".encode("a", encoding=1)))  # expect: TypeError: argument for encode() given by name ('encoding') and position (1)
print(show(lambda: "a".encode(**{"a": 1, "b": 2, "c": 3})))  # expect: TypeError: encode() takes at most 2 keyword arguments (3 given)
print(show(lambda: "abc".encode(errors=1)))  # expect: TypeError: encode() argument 'errors' must be str, not int
print(show(lambda: "abc".center(5, fillchar="x")))  # expect: TypeError: str.center() takes no keyword arguments
print(show(lambda: "abc".center(5, 1)))  # expect: TypeError: The fill character must be a unicode character, not int
print(show(lambda: "abc".center(5, "ab")))  # expect: TypeError: The fill character must be exactly one character long
print(show(lambda: "abc".strip(1, 2)))  # expect: TypeError: strip expected at most 1 argument, got 2
print(show(lambda: "abc".find(1)))  # expect: TypeError: find() argument 1 must be str, not int
print(show(lambda: "abc".count("a", "b")))  # expect: TypeError: slice indices must be integers or None or have an __index__ method
print(show(lambda: "abc".endswith("c", 1.5)))  # expect: TypeError: slice indices must be integers or None or have an __index__ method
print(show(lambda: "abc"[1:2:1.0]))  # expect: TypeError: slice indices must be integers or None or have an __index__ method
print(show(lambda: "a\tb".expandtabs(tabsize=2)))  # expect: 'a b'
print(show(lambda: "abc".expandtabs(1, 2)))  # expect: TypeError: expandtabs() takes at most 1 argument (2 given)
print(show(lambda: "abc".removeprefix(1)))  # expect: TypeError: removeprefix() argument must be str, not int
print(show(lambda: "abc".partition(1)))  # expect: TypeError: must be str, not int
print(show(lambda: "abc".join(1)))  # expect: TypeError: can only join an iterable
print(show(lambda: str.maketrans(1, "a")))  # expect: TypeError: first maketrans argument must be a string if there is a second argument
print(show(lambda: str.maketrans("a", 1)))  # expect: TypeError: maketrans() argument 2 must be str, not int
print(show(lambda: str.maketrans("a", "b", x=1)))  # expect: TypeError: str.maketrans() takes no keyword arguments
print(show(lambda: str(b"h\xc3\xa9", "utf-8")))  # expect: 'hé'
print(show(lambda: str(b"abc", encoding="ascii")))  # expect: 'abc'
print(show(lambda: str(b"\xff", "utf-8", "replace")))  # expect: '�'
print(show(lambda: str(object=1)))  # expect: '1'
print(show(lambda: str(encoding="ascii")))  # expect: ''
print(show(lambda: str("abc", "ascii")))  # expect: TypeError: decoding str is not supported
print(show(lambda: str(1, "ascii")))  # expect: TypeError: decoding to str: need a bytes-like object, int found
print(show(lambda: str(b"ab", 1)))  # expect: TypeError: str() argument 'encoding' must be str, not int
print(show(lambda: str(foo=1)))  # expect: TypeError: str() got an unexpected keyword argument 'foo'
print(show(lambda: b"abc".find("a", "b")))  # expect: TypeError: slice indices must be integers or None or have an __index__ method
print(show(lambda: b"abc".replace("a", "b", "c")))  # expect: TypeError: a bytes-like object is required, not 'str'
print(show(lambda: b"abc".decode(1)))  # expect: TypeError: decode() argument 'encoding' must be str, not int
print(show(lambda: b"abc".translate(None, delete=b"b")))  # expect: b'ac'
print(show(lambda: b"abc".translate(table=None)))  # expect: TypeError: translate() takes at least 1 positional argument (0 given)
print(show(lambda: bytes.fromhex()))  # expect: TypeError: bytes.fromhex() takes exactly one argument (0 given)
print(show(lambda: bytearray(b"a").extend(1)))  # expect: TypeError: can't extend bytearray with int
print(show(lambda: bytearray(b"a").extend("b")))  # expect: TypeError: expected iterable of integers; got: 'str'
print(show(lambda: bytes("a", "ascii", "strict", 1)))  # expect: TypeError: bytes() takes at most 3 arguments (4 given)
print(show(lambda: format(1, 1)))  # expect: TypeError: format() argument 2 must be str, not int
print(show(lambda: format(1, format_spec="x")))  # expect: TypeError: format() takes no keyword arguments
print(show(lambda: "%5%" % ()))  # expect: TypeError: not enough arguments for format string
print(show(lambda: "%5%" % (1,)))  # expect: ValueError: unsupported format character '%' (0x25) at index 2
print(show(lambda: "%s %s" % {"x": 1}))  # expect: TypeError: not enough arguments for format string
print(show(lambda: "%(x)s %s" % {"x": 1}))  # expect: TypeError: not enough arguments for format string
print(show(lambda: "%s" % {"x": 1}))  # expect: "{'x': 1}"
print(show(lambda: "%ld %hd %Lf" % (1, 2, 3.0)))  # expect: '1 2 3.000000'
print(show(lambda: "%#5.3x|%#.3o|%.3x|%08.3x" % (10, 8, -10, 10)))  # expect: '0x00a|0o010|-00a|0000000a'
print(show(lambda: "%+.3d|% .3d|%-8.3d|" % (5, 5, 5)))  # expect: '+005| 005|005     |'
print(show(lambda: "% 05d|%+05d|%-05d|%05.1f" % (5, 5, -5, -2.5)))  # expect: ' 0005|+0005|-5   |-02.5'
print(show(lambda: "%*s" % ("a", "b")))  # expect: TypeError: * wants int
print(show(lambda: "%*d|%-*d|" % (-4, 1, 3, 2)))  # expect: '1   |2  |'
print(show(lambda: "%#.0e|%#.0f" % (2, 2)))  # expect: '2.e+00|2.'
print(show(lambda: b"%5%" % ()))  # expect: TypeError: not enough arguments for format string
print(show(lambda: format(1+2j, ".2f")))  # expect: '1.00+2.00j'
print(show(lambda: format(1-2j, ">20")))  # expect: '              (1-2j)'
print(show(lambda: format(1j, "e")))  # expect: '0.000000e+00+1.000000e+00j'
print(show(lambda: format(1j, "%")))  # expect: ValueError: Unknown format code '%' for object of type 'complex'
print(show(lambda: format(1j, "=10")))  # expect: ValueError: '=' alignment flag is not allowed in complex format specifier
print(show(lambda: format(1j, "010")))  # expect: ValueError: Zero padding is not allowed in complex format specifier
print(show(lambda: format(1j, "n")))  # expect: '0+1j'
print(show(lambda: format(-0.0+1j, "")))  # expect: '1j'
print(show(lambda: format(1.5+0j, "+")))  # expect: '(+1.5+0j)'
print(show(lambda: format(1+2j, "+.3")))  # expect: '(+1+2j)'
print(show(lambda: format(1234567.5+1j, ",.1f")))  # expect: '1,234,567.5+1.0j'
print(show(lambda: format(1+2j, "x<15")))  # expect: '(1+2j)xxxxxxxxx'
print(show(lambda: format(-0.0-0.0j, "z")))  # expect: '(0+0j)'
print(show(lambda: format(1.0+1j, "#")))  # expect: '(1.+1.j)'
print(show(lambda: format(complex("nan+infj"), "F")))  # expect: 'NAN+INFj'
print(show(lambda: format(1+1j, "d")))  # expect: ValueError: Unknown format code 'd' for object of type 'complex'
print(show(lambda: f"{3+4j:^12.1f}|"))  # expect: '  3.0+4.0j  |'
print(show(lambda: "{:010}".format("ab")))  # expect: 'ab00000000'
print(show(lambda: "{:<05}".format("ab")))  # expect: 'ab000'
print(show(lambda: "{:,x}".format(255)))  # expect: ValueError: Cannot specify ',' with 'x'.
print(show(lambda: "{:_x}".format(65535)))  # expect: 'ffff'
print(show(lambda: "{:,_d}".format(1)))  # expect: ValueError: Cannot specify both ',' and '_'.
print(show(lambda: "{:_,d}".format(1)))  # expect: ValueError: Cannot specify both ',' and '_'.
print(show(lambda: "{:,,}".format(1)))  # expect: ValueError: Cannot specify ',' with ','.
print(show(lambda: "{:,n}".format(5)))  # expect: ValueError: Cannot specify ',' with 'n'.
print(show(lambda: format("abc", " 5")))  # expect: ValueError: Space not allowed in string format specifier
print(show(lambda: format("abc", "z5")))  # expect: ValueError: Negative zero coercion (z) not allowed in string format specifier
print(show(lambda: format(1.0, "#.0%")))  # expect: '100.%'
print(show(lambda: "{:#.0e}".format(15)))  # expect: '2.e+01'
print(show(lambda: "{:012,.2f}".format(-1234.5)))  # expect: '-0,001,234.50'
print(show(lambda: "{0".format(1)))  # expect: ValueError: expected '}' before end of string
print(show(lambda: "{0:{1:{2}}}".format(1, 2, 3)))  # expect: ValueError: Max string recursion exceeded
print(show(lambda: "{0!}".format(1)))  # expect: ValueError: unmatched '{' in format spec
print(show(lambda: "{!}".format(1)))  # expect: ValueError: unmatched '{' in format spec
print(show(lambda: "{0:{1}".format(1, 2)))  # expect: ValueError: unmatched '{' in format spec
print(show(lambda: "{0[}".format(1)))  # expect: ValueError: expected '}' before end of string
print(show(lambda: "{0.}".format(1)))  # expect: ValueError: Empty attribute in format string
print(show(lambda: "{0[0]x}".format([1])))  # expect: ValueError: Only '.' or '[' may follow ']' in format field specifier
print(show(lambda: "{0[]}".format([1])))  # expect: ValueError: Empty attribute in format string
print(show(lambda: "{99999999999999999999}".format(1)))  # expect: ValueError: Too many decimal digits in format string
print(show(lambda: "{a{b}".format(1)))  # expect: ValueError: unexpected '{' in field name
print(show(lambda: "{0!x}".format(1)))  # expect: ValueError: Unknown conversion specifier x
print(show(lambda: "{}".format_map({})))  # expect: ValueError: Format string contains positional fields
print(show(lambda: "{a[0]}".format_map({"a": "xy"})))  # expect: 'x'
print(show(lambda: "{:{}}".format("a", 5)))  # expect: 'a    '
print(show(lambda: "{:{}{}}".format("a", ">", 5)))  # expect: '    a'
print(show(lambda: "{:{}}".format(1, "{}")))  # expect: ValueError: Invalid format specifier '{}' for object of type 'int'
print(show(lambda: "{0:{}}".format(1, 2)))  # expect: ValueError: cannot switch from manual field specification to automatic field numbering
print(show(lambda: "{:.{}f}".format(1.5, "x")))  # expect: ValueError: Format specifier missing precision
print(show(lambda: ord(b"a")))  # expect: 97
print(show(lambda: ord(bytearray(b"b"))))  # expect: 98
print(show(lambda: ord(b"ab")))  # expect: TypeError: ord() expected a character, but string of length 2 found
print(show(lambda: ord(memoryview(b"a"))))  # expect: TypeError: ord() expected string of length 1, but memoryview found
print(show(lambda: chr(2**70)))  # expect: ValueError: chr() arg not in range(0x110000)
print(show(lambda: int(b"12")))  # expect: 12
print(show(lambda: int(bytearray(b" 12 "))))  # expect: 12
print(show(lambda: int(b"1 2")))  # expect: ValueError: invalid literal for int() with base 10: b'1 2'
print(show(lambda: int(b"ff", 16)))  # expect: 255
print(show(lambda: int(memoryview(b"12"), 10)))  # expect: TypeError: int() can't convert non-string with explicit base
print(show(lambda: int(1.5, 99)))  # expect: ValueError: int() base must be >= 2 and <= 36, or 0
print(show(lambda: int("x" * 300)))  # expect: ValueError: invalid literal for int() with base 10: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
print(show(lambda: float(b"1.5")))  # expect: 1.5
print(show(lambda: float(bytearray(b"x"))))  # expect: ValueError: could not convert string to float: bytearray(b'x')
print(show(lambda: "héllo€😀".encode("ascii", "xmlcharrefreplace")))  # expect: b'h&#233;llo&#8364;&#128512;'
print(show(lambda: "héllo€😀\x80".encode("ascii", "namereplace")))  # expect: b'h\\N{LATIN SMALL LETTER E WITH ACUTE}llo\\N{EURO SIGN}\\N{GRINNING FACE}\\x80'
print(show(lambda: "a\udc80b".encode("ascii", "surrogateescape")))  # expect: b'a\x80b'
print(show(lambda: "a\ud800b".encode("ascii", "surrogateescape")))  # expect: UnicodeEncodeError: 'ascii' codec can't encode character '\ud800' in position 1: ordinal not in range(128)
print(show(lambda: "\udcff".encode("utf-8", "surrogatepass")))  # expect: b'\xed\xb3\xbf'
print(show(lambda: "\ud800".encode("utf-16")))  # expect: UnicodeEncodeError: 'utf-16' codec can't encode character '\ud800' in position 0: surrogates not allowed
print(show(lambda: "\ud800x".encode("utf-32", "replace")))  # expect: b'\xff\xfe\x00\x00?\x00\x00\x00x\x00\x00\x00'
print(show(lambda: "\ud800x".encode("utf-16-be", "xmlcharrefreplace")))  # expect: b'\x00&\x00#\x005\x005\x002\x009\x006\x00;\x00x'
print(show(lambda: "a😀".encode("utf-16-be")))  # expect: b'\x00a\xd8=\xde\x00'
print(show(lambda: "a😀".encode("utf-8-sig")))  # expect: b'\xef\xbb\xbfa\xf0\x9f\x98\x80'
print(show(lambda: b"\xff\xfeab".decode("utf-8", "surrogateescape")))  # expect: '\udcff\udcfeab'
print(show(lambda: b"a\x80".decode("ascii", "surrogateescape")))  # expect: 'a\udc80'
print(show(lambda: b"\xed\xa0\x80".decode("utf-8", "surrogatepass")))  # expect: '\ud800'
print(show(lambda: b"\x80".decode("utf-8", "xmlcharrefreplace")))  # expect: TypeError: don't know how to handle UnicodeDecodeError in error callback
print(show(lambda: b"a\x00b".decode("utf-16")))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode byte 0x62 in position 2: truncated data
print(show(lambda: b"a\x00b".decode("utf-16-le", "replace")))  # expect: 'a�'
print(show(lambda: b"\x00\xd8\x00\x00".decode("utf-16-le")))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal UTF-16 surrogate
print(show(lambda: b"\x00\xd8".decode("utf-16-le")))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: unexpected end of data
print(show(lambda: b"\x00\xdc".decode("utf-16-le")))  # expect: UnicodeDecodeError: 'utf-16-le' codec can't decode bytes in position 0-1: illegal encoding
print(show(lambda: b"\xfe\xff\x00a".decode("utf-16")))  # expect: 'a'
print(show(lambda: b"\x00\x00\x11\x00".decode("utf-32-le")))  # expect: UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point not in range(0x110000)
print(show(lambda: b"\x00\xd8\x00\x00".decode("utf-32-le")))  # expect: UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-3: code point in surrogate code point range(0xd800, 0xe000)
print(show(lambda: b"abc".decode("utf-32")))  # expect: UnicodeDecodeError: 'utf-32-le' codec can't decode bytes in position 0-2: truncated data
print(show(lambda: b"\xef\xbb\xbfabc".decode("utf-8-sig")))  # expect: 'abc'
print(show(lambda: b"\xef\xbb\xbf\xff".decode("utf-8-sig")))  # expect: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
print(show(lambda: b"abc".decode("hex")))  # expect: LookupError: 'hex' is not a text encoding; use codecs.decode() to handle arbitrary codecs
print(show(lambda: "abc".encode("rot13")))  # expect: LookupError: 'rot13' is not a text encoding; use codecs.encode() to handle arbitrary codecs
print(show(lambda: "héllo€".encode("cp1252")))  # expect: b'h\xe9llo\x80'
print(show(lambda: "ā".encode("cp1252")))  # expect: UnicodeEncodeError: 'charmap' codec can't encode character '\u0101' in position 0: character maps to <undefined>
print(show(lambda: b"\x81".decode("cp1252")))  # expect: UnicodeDecodeError: 'charmap' codec can't decode byte 0x81 in position 0: character maps to <undefined>
print(show(lambda: bytes("a", errors="strict")))  # expect: TypeError: string argument without an encoding
print(show(lambda: bytes(1, errors="strict")))  # expect: TypeError: errors without a string argument
print(show(lambda: bytearray(encoding="ascii")))  # expect: TypeError: encoding without a string argument
print(show(lambda: bytes(b"abc")["a"]))  # expect: TypeError: byte indices must be integers or slices, not str
print(show(lambda: "a" in b"abc"))  # expect: TypeError: a bytes-like object is required, not 'str'
print(show(lambda: b"abc".startswith((b"a", "b"))))  # expect: True
print(show(lambda: "abc".count("", 4)))  # expect: 0
print(show(lambda: "  a  ".split(None, 0)))  # expect: ['a  ']
print(show(lambda: "  a  b ".rsplit(None, 1)))  # expect: ['  a', 'b']
print(show(lambda: "abc" * 2**62))  # expect: OverflowError: repeated string is too long
print(show(lambda: b"abc" * 2**62))  # expect: OverflowError: repeated bytes are too long
print(show(lambda: "a😀\tb".expandtabs(4)))  # expect: 'a😀  b'
print(show(lambda: "ß straße".title()))  # expect: 'Ss Straße'
print(show(lambda: "ﬁsh ﬂy".title()))  # expect: 'Fish Fly'
print(show(lambda: "ß".capitalize()))  # expect: 'Ss'
print(show(lambda: "ŉ".title()))  # expect: 'ʼN'
print(show(lambda: "ᾲ".title()))  # expect: 'Ὰͅ'
print(show(lambda: "ß".swapcase()))  # expect: 'SS'
print(show(lambda: "İ".swapcase()))  # expect: 'i̇'
print(show(lambda: "aΣ b".swapcase()))  # expect: 'Aς B'
print(show(lambda: "ΣΑΣ".casefold()))  # expect: 'σασ'
print(show(lambda: "ΌΣΟΣ ΣΟΣ".title()))  # expect: 'Όσος Σος'
print(show(lambda: "abc".__add__(1)))  # expect: TypeError: can only concatenate str (not "int") to str
print(show(lambda: "abc".__mul__("a")))  # expect: TypeError: 'str' object cannot be interpreted as an integer
print(show(lambda: "ab".__rmul__(2)))  # expect: 'abab'
print(show(lambda: [1].__mul__(2**100)))  # expect: OverflowError: cannot fit 'int' into an index-sized integer
print(show(lambda: "%d" % 10**4300))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(show(lambda: format(10**4300, ",")))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(show(lambda: f"{2**20000:_}"))  # expect: ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit
print(show(lambda: len(format(10**4300, "x")) > 0))  # expect: True
print(show(lambda: __import__("sys").get_int_max_str_digits()))  # expect: 4300
print(show(lambda: __import__("sys").set_int_max_str_digits(100)))  # expect: ValueError: maxdigits must be 0 or larger than 640
print(show(lambda: bytes(2**62)))  # expect: MemoryError: 
print(show(lambda: str(UnicodeDecodeError("utf-8", bytearray(b"ab"), 0, 1, "x"))))  # expect: "'utf-8' codec can't decode byte 0x61 in position 0: x"
print(show(lambda: UnicodeDecodeError("utf-8", bytearray(b"ab"), 0, 1, "x").object))  # expect: b'ab'
print(show(lambda: str(UnicodeDecodeError("utf-8", b"ab", 0, 5, "x"))))  # expect: "'utf-8' codec can't decode bytes in position 0-4: x"
print(show(lambda: UnicodeEncodeError(1, "a", 0, 1, "x")))  # expect: TypeError: argument 1 must be str, not int
print(show(lambda: UnicodeEncodeError("a", "a", "0", 1, "x")))  # expect: TypeError: 'str' object cannot be interpreted as an integer
print(show(lambda: UnicodeEncodeError("a", "a", 0, 1)))  # expect: TypeError: function takes exactly 5 arguments (4 given)
print(show(lambda: UnicodeDecodeError("utf-8", "x", 0, 1, "bad")))  # expect: TypeError: a bytes-like object is required, not 'str'
print(show(lambda: str(UnicodeTranslateError("\xe9", 0, 1, "bad"))))  # expect: "can't translate character '\\xe9' in position 0: bad"
print(show(lambda: str(UnicodeTranslateError("ab", 0, 2, "r"))))  # expect: "can't translate characters in position 0-1: r"
print(show(lambda: UnicodeTranslateError("ab", 0, 1, "r").encoding))  # expect: None
print(show(lambda: str(UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "bad"))))  # expect: "'ascii' codec can't encode character '\\U0001f600' in position 0: bad"
print(show(lambda: "abc".find(None)))  # expect: TypeError: find() argument 1 must be str, not None
print(show(lambda: "abc".encode(None)))  # expect: TypeError: encode() argument 'encoding' must be str, not None
print(show(lambda: "abc".center(2**70)))  # expect: OverflowError: Python int too large to convert to C ssize_t
print(show(lambda: "abc".expandtabs(2**70)))  # expect: OverflowError: Python int too large to convert to C int
print(show(lambda: "abc".split("b", 2**70)))  # expect: OverflowError: Python int too large to convert to C ssize_t
print(show(lambda: "abc".startswith(b"a", 2**70)))  # expect: TypeError: startswith first arg must be str or a tuple of str, not bytes
print(show(lambda: "abc".zfill(None)))  # expect: TypeError: 'NoneType' object cannot be interpreted as an integer
print(show(lambda: b"abc".hex(None)))  # expect: TypeError: object of type 'NoneType' has no len()
print(show(lambda: b"abc".hex([])))  # expect: ValueError: sep must be length 1.
print(show(lambda: b"abc".hex(b"-", 2**70)))  # expect: OverflowError: Python int too large to convert to C int
print(show(lambda: bytearray(b"abc").pop(2**70)))  # expect: OverflowError: Python int too large to convert to C ssize_t
print(show(lambda: [1].pop(2**70)))  # expect: OverflowError: Python int too large to convert to C ssize_t
print(show(lambda: "ᾀ ᾲ ᾷ ᾨ".title()))  # expect: 'ᾈ Ὰͅ ᾼ͂ ᾨ'
print(show(lambda: "ẞ ı ꭰ".casefold()))  # expect: 'ss ı Ꭰ'
print(show(lambda: "Ⅻ".isalnum()))  # expect: True
print(show(lambda: "\u0c78".isdigit()))  # expect: False
print(show(lambda: "⑤²".isdigit()))  # expect: True
print(show(lambda: "一二三".isnumeric()))  # expect: True
print(show(lambda: "a\u200cb".isidentifier()))  # expect: True
print(show(lambda: "\u037a".isidentifier()))  # expect: False
print(show(lambda: "a\u309b".isidentifier()))  # expect: False
print(show(lambda: __import__("unicodedata").name("é")))  # expect: 'LATIN SMALL LETTER E WITH ACUTE'
print(show(lambda: __import__("unicodedata").name("한")))  # expect: 'HANGUL SYLLABLE HAN'
print(show(lambda: __import__("unicodedata").name("\x00")))  # expect: ValueError: no such name
print(show(lambda: __import__("unicodedata").name("\x00", None)))  # expect: None
print(show(lambda: __import__("unicodedata").name("ab")))  # expect: TypeError: name() argument 1 must be a unicode character, not str
print(show(lambda: __import__("unicodedata").lookup("HANGUL SYLLABLE GAG")))  # expect: '각'
print(show(lambda: __import__("unicodedata").lookup("cjk unified ideograph-4e2d")))  # expect: KeyError: "undefined character name 'cjk unified ideograph-4e2d'"
print(show(lambda: __import__("unicodedata").lookup("NOPE")))  # expect: KeyError: "undefined character name 'NOPE'"
print(show(lambda: __import__("unicodedata").category("ǅ") + __import__("unicodedata").bidirectional("a")))  # expect: 'LtL'
print(show(lambda: __import__("unicodedata").normalize("NFKC", "ﬁ²")))  # expect: 'fi2'
print(show(lambda: __import__("unicodedata").normalize("X", "a")))  # expect: ValueError: invalid normalization form
print(show(lambda: __import__("unicodedata").digit("²")))  # expect: 2
print(show(lambda: __import__("unicodedata").decimal("²")))  # expect: ValueError: not a decimal
print(show(lambda: "é".encode("ascii", "namereplace")))  # expect: b'\\N{LATIN SMALL LETTER E WITH ACUTE}'
