# exceptions: groups and except*, notes, chaining attributes, traceback printing through sys.excepthook
import sys, io

def catch(fn):
    try:
        fn()
    except BaseException as e:
        return e

eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("sub", [TypeError("b"), ValueError("c")])])
print(repr(eg.subgroup(ValueError)))  # expect: ExceptionGroup('top', [ValueError('a'), ExceptionGroup('sub', [ValueError('c')])])
match, rest = eg.split(TypeError)
print(repr(match), repr(rest))  # expect: ExceptionGroup('top', [ExceptionGroup('sub', [TypeError('b')])]) ExceptionGroup('top', [ValueError('a'), ExceptionGroup('sub', [ValueError('c')])])
print(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == "c")[0].exceptions[0].exceptions)  # expect: (ValueError('c'),)
print(eg.subgroup(OSError), eg.message, len(eg.exceptions))  # expect: None top 2
print(type(BaseExceptionGroup("x", [ValueError()])).__name__, type(BaseExceptionGroup("x", [SystemExit()])).__name__)  # expect: ExceptionGroup BaseExceptionGroup
print(repr(catch(lambda: ExceptionGroup("x", [SystemExit()]))))  # expect: TypeError('Cannot nest BaseExceptions in an ExceptionGroup')
print(repr(catch(lambda: ExceptionGroup("x", []))))  # expect: ValueError('second argument (exceptions) must be a non-empty sequence')
print(repr(catch(lambda: ExceptionGroup("x", [1]))))  # expect: ValueError('Item 0 of second argument (exceptions) is not an exception')
print(repr(catch(lambda: ExceptionGroup(1, [ValueError()]))))  # expect: TypeError('BaseExceptionGroup.__new__() argument 1 must be str, not int')

def star(exc):
    seen = []
    try:
        raise exc
    except* ValueError as g:
        seen.append(("V", [repr(x) for x in g.exceptions]))
    except* (TypeError, KeyError) as g:
        seen.append(("TK", [repr(x) for x in g.exceptions]))
    return seen
print(star(ValueError(1)))  # expect: [('V', ['ValueError(1)'])]
print(star(ExceptionGroup("g", [KeyError(1), ValueError(2), TypeError(3)])))  # expect: [('V', ['ValueError(2)']), ('TK', ['KeyError(1)', 'TypeError(3)'])]
print(repr(catch(lambda: star(ExceptionGroup("g", [OSError(1), ValueError(2)])))))  # expect: ExceptionGroup('g', [OSError(1)])
print(repr(catch(lambda: star(OSError(5)))))  # expect: OSError(5)

def reraise_mixed():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
    except* TypeError as g:
        raise RuntimeError("handler") from None
e = catch(reraise_mixed)
print(repr(e), [type(x).__name__ for x in e.exceptions])  # expect: ExceptionGroup('', [RuntimeError('handler'), ExceptionGroup('g', [ValueError(1)])]) ['RuntimeError', 'ExceptionGroup']
print(repr(e.exceptions[1]), repr(e.exceptions[1].exceptions))  # expect: ExceptionGroup('g', [ValueError(1)]) (ValueError(1),)

def bad_star():
    try:
        raise ValueError()
    except* ExceptionGroup:
        pass
print(repr(catch(bad_star)))  # expect: TypeError('catching ExceptionGroup with except* is not allowed. Use except instead.')

def sys_exc_in_star():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        inside = repr(sys.exception())
    return inside
print(sys_exc_in_star())  # expect: ExceptionGroup('g', [ValueError(1)])

err = ValueError("base")
err.add_note("first note")
err.add_note("second")
print(err.__notes__)  # expect: ['first note', 'second']
print(repr(catch(lambda: err.add_note(3))))  # expect: TypeError("note must be a str, not 'int'")

def chained():
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("k") from z
e = catch(chained)
print(type(e.__cause__).__name__, type(e.__context__).__name__, e.__suppress_context__)  # expect: ZeroDivisionError ZeroDivisionError True
def implicit():
    try:
        {}["x"]
    except KeyError:
        raise ValueError("v")
e = catch(implicit)
print(repr(e.__context__), e.__cause__, e.__suppress_context__)  # expect: KeyError('x') None False

def render(exc):
    buf = io.StringIO()
    saved = sys.stderr
    sys.stderr = buf
    try:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.stderr = saved
    return buf.getvalue()
text = render(ExceptionGroup("shown", [ValueError("one"), TypeError("two")]))
print(text.splitlines()[0])  # expect:   | ExceptionGroup: shown (2 sub-exceptions)
print(text.splitlines()[1])  # expect:   +-+---------------- 1 ----------------
print(text.splitlines()[2])  # expect:     | ValueError: one
print(text.splitlines()[3])  # expect:     +---------------- 2 ----------------
print(text.splitlines()[-1])  # expect:     +------------------------------------
noted = KeyError("nk")
noted.add_note("a note")
print(render(noted).splitlines())  # expect: ["KeyError: 'nk'", 'a note']
print(render(ExceptionGroup("w", [ValueError(i) for i in range(17)])).splitlines()[-3:])  # expect: ['    +---------------- ... ----------------', '    | and 2 more exceptions', '    +------------------------------------']
