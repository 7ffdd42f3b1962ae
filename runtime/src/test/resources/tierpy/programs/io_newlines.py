# text files: universal newlines, the newline= modes, newlines seen, tell() during iteration
import os
p = os.path.join('target', 'tierpy-newlines.txt')
os.makedirs('target', exist_ok=True)
with open(p, 'wb') as f:
    f.write(b'a\r\nb\rc\nd')
def lines_with(nl):
    with open(p, newline=nl) as f:
        return list(f), f.newlines


print(lines_with(None))  # expect: (['a\n', 'b\n', 'c\n', 'd'], ('\r', '\n', '\r\n'))
print(lines_with(''))  # expect: (['a\r\n', 'b\r', 'c\n', 'd'], ('\r', '\n', '\r\n'))
print(lines_with('\n'))  # expect: (['a\r\n', 'b\rc\n', 'd'], None)
print(lines_with('\r'))  # expect: (['a\r', '\nb\r', 'c\nd'], None)
print(lines_with('\r\n'))  # expect: (['a\r\n', 'b\rc\nd'], None)
with open(p, 'wb') as f:
    f.write(b'one\ntwo\nthree')
with open(p) as f:
    print(repr(next(f)), repr(f.readline()), repr(f.read()))  # expect: 'one\n' 'two\n' 'three'
with open(p) as f:
    next(f)
    try:
        f.tell()
    except OSError as e:
        print(e)  # expect: telling position disabled by next() call
    print(f.seek(0), f.tell(), repr(f.readline()), f.tell())  # expect: 0 0 'one\n' 4
with open(p) as f:
    print(list(f), repr(f.newlines))  # expect: ['one\n', 'two\n', 'three'] '\n'
with open(p) as f:
    f.close()
    try:
        next(f)
    except ValueError as e:
        print(e)  # expect: I/O operation on closed file.
with open(p, 'w', newline='\r\n') as f:
    f.write('x\ny\n')
print(open(p, 'rb').read())  # expect: b'x\r\ny\r\n'
os.remove(p)
