import io
s = io.StringIO()
print(s.write("hello\n"), s.write("world\n"), repr(s.getvalue()), s.tell())
s.seek(0)
print(repr(s.readline()), repr(s.read()), repr(s.read()))
r = io.StringIO("a\nb\nc")
print([line for line in r], r.tell())
r.seek(2)
r.write("X")
print(repr(r.getvalue()))
with io.StringIO("x") as f:
    print(f.read())
print(f.closed)
try:
    f.read()
except ValueError as e:
    print(e)
print(io.SEEK_END)

# Expected output (CPython 3.14 semantics):
# expect: 6 6 'hello\nworld\n' 12
# expect: 'hello\n' 'world\n' ''
# expect: ['a\n', 'b\n', 'c'] 5
# expect: 'a\nX\nc'
# expect: x
# expect: True
# expect: I/O operation on closed file
# expect: 2
