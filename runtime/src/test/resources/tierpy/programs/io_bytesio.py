# io.BytesIO and io.StringIO: reading, writing, seeking, lines, closed-stream errors
import io

b = io.BytesIO(b'abc\ndef\nxyz')
print(b.readline(), b.read(2), b.tell(), b.readlines(), b.getvalue())  # expect: b'abc\n' b'de' 6 [b'f\n', b'xyz'] b'abc\ndef\nxyz'
print(b.seek(0), b.read(), b.seek(1), b.write(b'ZZ'), b.getvalue())  # expect: 0 b'abc\ndef\nxyz' 1 2 b'aZZ\ndef\nxyz'
b.seek(0, 2)
print(b.write(bytearray(b'!')), b.getvalue(), b.tell())  # expect: 1 b'aZZ\ndef\nxyz!' 12
print(list(io.BytesIO(b'1\n2\n3')), io.BytesIO().getvalue())  # expect: [b'1\n', b'2\n', b'3'] b''
try:
    io.BytesIO().write('text')
except TypeError as e:
    print(e)  # expect: a bytes-like object is required, not 'str'
b.close()
try:
    b.read()
except ValueError as e:
    print(e)  # expect: I/O operation on closed file.
s = io.StringIO('one\ntwo')
print(repr(s.readline()), repr(s.read()), repr(s.getvalue()))  # expect: 'one\n' 'two' 'one\ntwo'
s = io.StringIO()
print(s.write('hello '), s.write('world'), s.getvalue(), s.tell())  # expect: 6 5 hello world 11
_ = print('to string', 1, 2.5, file=s)
print(repr(s.getvalue()))  # expect: 'hello worldto string 1 2.5\n'
with io.StringIO('a\nb\n') as f:
    print([line for line in f])  # expect: ['a\n', 'b\n']
print(f.closed)  # expect: True
try:
    f.read()
except ValueError as e:
    print(e)  # expect: I/O operation on closed file
print(isinstance(io.StringIO(), io.IOBase), isinstance(io.BytesIO(), io.BufferedIOBase), io.SEEK_END)  # expect: True True 2
try:
    io.BytesIO(3)
except TypeError as e:
    print(e)  # expect: a bytes-like object is required, not 'int'
