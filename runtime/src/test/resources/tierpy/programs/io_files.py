# open() and the io file objects: text and binary modes, append, iteration, newline handling, errors
import io
import os

d = os.path.join('target', 'tierpy-io-files')
os.makedirs(d, exist_ok=True)
p = os.path.join(d, 'a.txt')
with open(p, 'w') as f:
    print(f, f.name, f.mode, f.encoding, f.closed, f.readable(), f.writable())  # expect: <_io.TextIOWrapper name='target/tierpy-io-files/a.txt' mode='w' encoding='UTF-8'> target/tierpy-io-files/a.txt w UTF-8 False False True
    n = f.write('line one\nline two\n')
    print(n, f.tell())  # expect: 18 18
    f.writelines(['x\n', 'y'])
print(f.closed)  # expect: True
with open(p) as f:
    print(repr(f.read()))  # expect: 'line one\nline two\nx\ny'
with open(p) as f:
    print([line for line in f])  # expect: ['line one\n', 'line two\n', 'x\n', 'y']
with open(p) as f:
    print(repr(f.readline()), repr(f.readline(5)), f.tell(), f.readlines())  # expect: 'line one\n' 'line ' 14 ['two\n', 'x\n', 'y']
with open(p, 'a') as f:
    print(f.write('\nappended'))  # expect: 9
print(open(p).read().splitlines())  # expect: ['line one', 'line two', 'x', 'y', 'appended']
with open(p, 'rb') as f:
    print(f, f.raw, f.read(4), f.readline(), f.tell(), f.mode)  # expect: <_io.BufferedReader name='target/tierpy-io-files/a.txt'> <_io.FileIO name='target/tierpy-io-files/a.txt' mode='rb' closefd=True> b'line' b' one\n' 9 rb
with open(p, 'rb') as f:
    print(f.read(), repr(f.read()), f.seek(5), f.read(3))  # expect: b'line one\nline two\nx\ny\nappended' b'' 5 b'one'
with open(p, 'wb') as f:
    print(f.write(b'a\r\nb\rc\n'), f.write(bytearray(b'!')))  # expect: 7 1
with open(p) as f:
    print(repr(f.read()), f.newlines)  # expect: 'a\nb\nc\n!' ('\r', '\n', '\r\n')
with open(p, newline='') as f:
    print(f.readlines())  # expect: ['a\r\n', 'b\r', 'c\n', '!']
with open(p, 'rb') as f:
    print(f.read())  # expect: b'a\r\nb\rc\n!'
try:
    open(os.path.join('target', 'no-such-file.txt'))
except FileNotFoundError as e:
    print(e, e.errno, e.strerror, e.filename)  # expect: [Errno 2] No such file or directory: 'target/no-such-file.txt' 2 No such file or directory target/no-such-file.txt
try:
    open(d, 'w')
except IsADirectoryError as e:
    print(type(e).__name__, e)  # expect: IsADirectoryError [Errno 21] Is a directory: 'target/tierpy-io-files'
def bad_mode(mode):
    try:
        open(p, mode)
    except ValueError as e:
        return str(e)


print([bad_mode(m) for m in ['rw', 'q', 'rr', 'rbt', 'b', '+']])  # expect: ['must have exactly one of create/read/write/append mode', "invalid mode: 'q'", "invalid mode: 'rr'", "can't have text and binary mode at once", 'Must have exactly one of create/read/write/append mode and at most one plus', 'Must have exactly one of create/read/write/append mode and at most one plus']
try:
    open(p, 'rb', encoding='utf-8')
except ValueError as e:
    print(e)  # expect: binary mode doesn't take an encoding argument
try:
    open(p, newline='x')
except ValueError as e:
    print(e)  # expect: illegal newline value: x
f = open(p, 'w', encoding='utf-8')
print(f.write('héllo ✓\n'))  # expect: 8
f.close()
print(f.closed)  # expect: True
try:
    f.write('x')
except ValueError as e:
    print(e)  # expect: I/O operation on closed file.
print(repr(open(p, encoding='utf-8').read()), os.path.getsize(p), open(p, 'rb').read())  # expect: 'héllo ✓\n' 11 b'h\xc3\xa9llo \xe2\x9c\x93\n'
with open(p) as f:
    try:
        f.write('x')
    except io.UnsupportedOperation as e:
        print('unsupported:', e)  # expect: unsupported: not writable
with open(p, 'w') as f:
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print('unsupported:', e)  # expect: unsupported: not readable
    try:
        f.write(b'x')
    except TypeError as e:
        print(e)  # expect: write() argument must be str, not bytes
with open(p, 'r+') as f:
    f.seek(0, 2)
    f.write('end\n')
    print(f.seek(0))  # expect: 0
    print(repr(f.read()))  # expect: 'end\n'
with open(p, 'w') as f:
    _ = print('printed', 42, file=f)
    print(f.write(''))  # expect: 0
print(repr(open(p).read()))  # expect: 'printed 42\n'
with open(p, 'x' if not os.path.exists(p) else 'a') as f:
    pass
try:
    open(p, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno)  # expect: FileExistsError 17
os.remove(p)
os.rmdir(d)
print(os.path.exists(d))  # expect: False
