# exception objects: constructor arguments, str/repr, attributes, traceback objects
import sys
e = OSError(2, "No such file", "a.txt")
print(str(e), repr(e), e.errno, e.strerror, e.filename, type(e).__name__)  # expect: [Errno 2] No such file: 'a.txt' FileNotFoundError(2, 'No such file') 2 No such file a.txt FileNotFoundError
print(str(OSError(1, "x")), str(OSError("just")), type(OSError(2, "m")).__name__, FileNotFoundError.__mro__[1].__name__)  # expect: [Errno 1] x just FileNotFoundError OSError
print(str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), repr(KeyError("k")))  # expect: 'k'  ('a', 'b') KeyError('k')
print(StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)  # expect: 5 None 3 None (1, 2)
se = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6))
print(se.msg, se.filename, se.lineno, se.offset, repr(se.text), se.end_lineno, se.end_offset, str(se))  # expect: bad f.py 3 5 'x = = 1\n' 3 6 bad (f.py, line 3)
print(str(ImportError("m", name="mod", path="p")), ImportError("m", name="mod").name)  # expect: m mod
try:
    ImportError("m", bogus=1)
except TypeError as x:
    print(x)  # expect: ImportError() got an unexpected keyword argument 'bogus'
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
m = MyErr(7)
print(m, repr(m), m.args, m.code)  # expect: code 7 MyErr('code 7') ('code 7',) 7
class NoInit(Exception):
    pass
print(repr(NoInit(1, 2)), str(NoInit()), str(NoInit("only")))  # expect: NoInit(1, 2)  only
def boom():
    raise ValueError("deep")
try:
    boom()
except ValueError as v:
    tb = v.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)  # expect: 27 25 <module> boom None
    w = v.with_traceback(None)
    print(w is v, v.__traceback__)  # expect: True None
print(repr(ValueError()), repr(ValueError("a", 1)), str(ValueError("a", 1)), ValueError("x") == ValueError("x"))  # expect: ValueError() ValueError('a', 1) ('a', 1) False
print(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"))  # expect: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
print(isinstance(FileNotFoundError(), OSError), issubclass(ConnectionResetError, ConnectionError))  # expect: True True
print(BaseException.__new__(ValueError).args, issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))  # expect: () True False
e = Exception("x")
e.args = ("y", 2)
print(e, e.args)  # expect: ('y', 2) ('y', 2)
try:
    raise TypeError
except TypeError as t:
    print(repr(t), t.args)  # expect: TypeError() ()
try:
    raise 5
except TypeError as t:
    print(t)  # expect: exceptions must derive from BaseException
try:
    raise ValueError from 3
except TypeError as t:
    print(t)  # expect: exception causes must derive from BaseException
def gen_exc():
    try:
        raise KeyError("inner")
    except KeyError:
        print(repr(sys.exc_info()[1]))  # expect: KeyError('inner')
        try:
            raise ValueError("nested")
        except ValueError:
            print(repr(sys.exc_info()[1]))  # expect: ValueError('nested')
        print(repr(sys.exc_info()[1]))  # expect: KeyError('inner')
    print(sys.exc_info())  # expect: (None, None, None)
gen_exc()
