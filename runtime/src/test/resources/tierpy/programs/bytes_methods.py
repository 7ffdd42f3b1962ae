# bytes and bytearray: indexing, repr, decode/hex/fromhex, searching, splitting, padding, case, translate
b = b'Hello, World'
print(b[0], b[-1], b[1:5], b[::-2], len(b), b'' == bytes(), bytes(3), bytes([65, 66]), bytes(range(3)))  # expect: 72 100 b'ello' b'drW,le' 12 True b'\x00\x00\x00' b'AB' b'\x00\x01\x02'
print(repr(b"it's"), repr(b'say "hi"'), repr(b'both \' and "'), b'\x00\x7f\x80\xff\t\n\r\\', bytearray(b'ab'))  # expect: b"it's" b'say "hi"' b'both \' and "' b'\x00\x7f\x80\xff\t\n\r\\' bytearray(b'ab')
print(b.decode(), b'caf\xc3\xa9'.decode('utf-8'), 'café'.encode(), 'café'.encode('latin-1'), b'abc'.decode('ascii'))  # expect: Hello, World café b'caf\xc3\xa9' b'caf\xe9' abc
print(b.hex(), b'\x01\x02\x03\x04'.hex(':'), b'\x01\x02\x03\x04\x05'.hex('-', 2), b'\x01\x02\x03'.hex(' ', -2))  # expect: 48656c6c6f2c20576f726c64 01:02:03:04 01-0203-0405 0102 03
print(bytes.fromhex('de ad be ef'), bytearray.fromhex('0aff'), b'abc'.hex() == b'abc'.hex(sep=':').replace(':', ''))  # expect: b'\xde\xad\xbe\xef' bytearray(b'\n\xff') True
print(b.find(b'o'), b.find(b'o', 5), b.rfind(b'o'), b.find(111), b.find(b'zz'), b.index(b'W'), b.rindex(b'l'), b.count(b'l'))  # expect: 4 8 8 4 -1 7 10 3
print(b.count(b'l', 0, 4), b.find(b'l', -3), b.startswith(b'Hell'), b.startswith((b'x', b'He')), b.endswith(b'ld', 0, 12))  # expect: 2 10 True True True
print(b'a,b,,c'.split(b','), b'  a  b c '.split(), b'a b c'.split(None, 1), b'a,b,c'.rsplit(b',', 1), b' x y '.rsplit())  # expect: [b'a', b'b', b'', b'c'] [b'a', b'b', b'c'] [b'a', b'b c'] [b'a,b', b'c'] [b'x', b'y']
print(b'l1\nl2\r\nl3\r'.splitlines(), b'l1\nl2\r\n'.splitlines(keepends=True), b'k=v=w'.partition(b'='), b'k=v=w'.rpartition(b'='))  # expect: [b'l1', b'l2', b'l3'] [b'l1\n', b'l2\r\n'] (b'k', b'=', b'v=w') (b'k=v', b'=', b'w')
print(b'  pad  '.strip(), b'xxhixx'.strip(b'x'), b'  pad  '.lstrip(), b'  pad  '.rstrip(), b'abc'.strip(b'ac'))  # expect: b'pad' b'hi' b'pad  ' b'  pad' b'b'
print(b'ab'.center(6, b'*'), b'ab'.ljust(5), b'ab'.rjust(5, b'0'), b'-42'.zfill(6), b'a\tb'.expandtabs(4))  # expect: b'**ab**' b'ab   ' b'000ab' b'-00042' b'a   b'
print(b'hello world'.upper(), b'HeLLo'.lower(), b'hello world'.title(), b'hello World'.capitalize(), b'aBc'.swapcase())  # expect: b'HELLO WORLD' b'hello' b'Hello World' b'Hello world' b'AbC'
print(b'abc'.isalpha(), b'abc1'.isalnum(), b'123'.isdigit(), b' \t'.isspace(), b'abc'.islower(), b'ABC'.isupper(), b'Ab Cd'.istitle(), b'\x80'.isascii())  # expect: True True True True True True True False
print(b'-'.join([b'a', b'b', bytearray(b'c')]), b''.join([]), b'abcabc'.replace(b'b', b'X'), b'aaa'.replace(b'a', b'b', 2))  # expect: b'a-b-c' b'' b'aXcaXc' b'bba'
table = bytes.maketrans(b'abc', b'xyz')
print(b'aabbcc'.translate(table), b'abcdef'.translate(None, b'bdf'), b'prefix-body'.removeprefix(b'prefix-'), b'x.py'.removesuffix(b'.py'))  # expect: b'xxyyzz' b'ace' b'body' b'x'
print(b'ab' + b'cd', b'ab' * 3, 3 * b'-', b'a' in b'cat', 97 in b'cat', b'ab' < b'b', b'abc' == bytearray(b'abc'), hash(b'x') == hash(b'x'))  # expect: b'abcd' b'ababab' b'---' True True True True True
print(list(b'hi'), [x for x in bytearray(b'AB')], sorted(b'cab'), max(b'az'))  # expect: [104, 105] [65, 66] [97, 98, 99] 122
ba = bytearray(b'hello')
ba[0] = 74
ba.append(33)
ba.extend(b'??')
ba.insert(1, 64)
print(ba, ba.pop(), ba.pop(0), len(ba))  # expect: bytearray(b'@ello!?') 63 74 7
ba.remove(64)
ba.reverse()
print(ba, ba[1:3], type(ba[1:3]).__name__, ba.copy() == ba, ba.upper(), type(ba.upper()).__name__)  # expect: bytearray(b'?!olle') bytearray(b'!o') bytearray True bytearray(b'?!OLLE') bytearray
del ba[0]
ba[0:2] = b'XYZ'
ba += b'++'
print(ba, ba * 2, ba.find(b'Z'), ba.decode())  # expect: bytearray(b'XYZlle++') bytearray(b'XYZlle++XYZlle++') 2 XYZlle++
ba.clear()
print(ba, len(ba), bytearray(3), bytearray('héllo', 'utf-8'), bytes('abc', 'ascii'))  # expect: bytearray(b'') 0 bytearray(b'\x00\x00\x00') bytearray(b'h\xc3\xa9llo') b'abc'
try:
    b'abc'[5]
except IndexError as e:
    print(e)  # expect: index out of range
try:
    b'abc'[0] = 1
except TypeError as e:
    print(e)  # expect: 'bytes' object does not support item assignment
try:
    bytes('abc')
except TypeError as e:
    print(e)  # expect: string argument without an encoding
try:
    bytes([256])
except ValueError as e:
    print(e)  # expect: bytes must be in range(0, 256)
try:
    b'abc' + 'def'
except TypeError as e:
    print(e)  # expect: can't concat str to bytes
try:
    b'abc'.index(b'z')
except ValueError as e:
    print(e)  # expect: subsection not found
try:
    bytearray(b'a').remove(98)
except ValueError as e:
    print(e)  # expect: value not found in bytearray
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(e)  # expect: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
try:
    bytes.fromhex('zz')
except ValueError as e:
    print(e)  # expect: non-hexadecimal number found in fromhex() arg at position 0
try:
    b'a'.startswith('a')
except TypeError as e:
    print(e)  # expect: startswith first arg must be bytes or a tuple of bytes, not str
print(b'\xff'.decode('utf-8', 'replace'), b'\xffab'.decode('ascii', 'ignore'), b'x'.ljust(3, b'.'))  # expect: � ab b'x..'
print(b'%5s|%-4b|%a|%r|%c%c|%x|%05.1f' % (b'ab', b'c', 'é', b'q', 65, b'B', 255, 3.14159), b'%(k)s' % {b'k': b'v'})  # expect: b"   ab|c   |'\\xe9'|b'q'|AB|ff|003.1" b'v'
try:
    b'%s' % 'str'
except TypeError as e:
    print(e)  # expect: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'
try:
    b'%d' % (1, 2)
except TypeError as e:
    print(e)  # expect: not all arguments converted during bytes formatting
print('h€'.encode('utf-16'), 'h€'.encode('utf-32-be'), 'h€'.encode('utf-16').decode('utf-16'), b'h\x00'.decode('utf-16-le'))  # expect: b'\xff\xfeh\x00\xac ' b'\x00\x00\x00h\x00\x00 \xac' h€ h
