# str/bytes fidelity: argument binding (Argument Clinic messages), str(bytes, encoding), codecs, formatting
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
