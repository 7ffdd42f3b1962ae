# the traceback module: print_exc, format_exception, extract_tb, format_exception_only, stacks
import sys, io, traceback

def show(text):
    for line in text.splitlines():
        print(line if line else "(blank)")

def divide(a, b):
    return a / b

def handler():
    try:
        divide(1, 0)
    except ZeroDivisionError:
        traceback.print_exc(file=sys.stdout)

handler()
# expect: Traceback (most recent call last):
# expect:   File "traceback_module.py", line 13, in handler
# expect:     divide(1, 0)
# expect:     ~~~~~~^^^^^^
# expect:   File "traceback_module.py", line 9, in divide
# expect:     return a / b
# expect:            ~~^~~
# expect: ZeroDivisionError: division by zero

def lookup():
    try:
        {}["key"]
    except KeyError as e:
        raise ValueError("bad key") from e

try:
    lookup()
except ValueError as e:
    chained = e
show("".join(traceback.format_exception(chained)))
# expect: Traceback (most recent call last):
# expect:   File "traceback_module.py", line 29, in lookup
# expect:     {}["key"]
# expect:     ~~^^^^^^^
# expect: KeyError: 'key'
# expect: (blank)
# expect: The above exception was the direct cause of the following exception:
# expect: (blank)
# expect: Traceback (most recent call last):
# expect:   File "traceback_module.py", line 34, in <module>
# expect:     lookup()
# expect:     ~~~~~~^^
# expect:   File "traceback_module.py", line 31, in lookup
# expect:     raise ValueError("bad key") from e
# expect: ValueError: bad key
chunks = traceback.format_exception(chained, chain=False)
print(len(chunks), repr(chunks[0]), repr(chunks[-1]))  # expect: 4 'Traceback (most recent call last):\n' 'ValueError: bad key\n'
print(traceback.format_exception(chained) == traceback.format_exception(ValueError, chained, chained.__traceback__))  # expect: True
show("".join(traceback.format_exception(chained, limit=-1, chain=False)))
# expect: Traceback (most recent call last):
# expect:   File "traceback_module.py", line 31, in lookup
# expect:     raise ValueError("bad key") from e
# expect: ValueError: bad key

frames = traceback.extract_tb(chained.__traceback__)
print(len(frames), type(frames).__name__)  # expect: 2 StackSummary
last = frames[-1]
print(last.filename, last.lineno, last.name, last.line)  # expect: traceback_module.py 31 lookup raise ValueError("bad key") from e
print(last.end_lineno, last.colno, last.end_colno)  # expect: 31 8 42
print(last)  # expect: <FrameSummary file traceback_module.py, line 31 in lookup>
filename, lineno, name, line = frames[0]
print(filename, lineno, name, line)  # expect: traceback_module.py 34 <module> lookup()
print(frames[0] == ("traceback_module.py", 34, "<module>", "lookup()"))  # expect: True
print([lineno for frame, lineno in traceback.walk_tb(chained.__traceback__)])  # expect: [34, 31]
show("".join(traceback.format_tb(chained.__traceback__)))
# expect:   File "traceback_module.py", line 34, in <module>
# expect:     lookup()
# expect:     ~~~~~~^^
# expect:   File "traceback_module.py", line 31, in lookup
# expect:     raise ValueError("bad key") from e

try:
    compile("x = (1,\n", "<input>", "exec")
except SyntaxError as e:
    show("".join(traceback.format_exception_only(e)))
# expect:   File "<input>", line 1
# expect:     x = (1,
# expect:         ^
# expect: SyntaxError: '(' was never closed
try:
    compile("a b", "<input>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(e))  # expect: ['  File "<input>", line 1\n', '    a b\n', '      ^\n', 'SyntaxError: invalid syntax\n']
print(traceback.format_exception_only(KeyError("k")))  # expect: ["KeyError: 'k'\n"]
noted = ValueError("v")
noted.add_note("a note")
print(traceback.format_exception_only(noted))  # expect: ['ValueError: v\n', 'a note\n']

def inner():
    return traceback.format_stack()
def outer():
    return inner()
show("".join(outer()))
# expect:   File "traceback_module.py", line 100, in <module>
# expect:     show("".join(outer()))
# expect:   File "traceback_module.py", line 99, in outer
# expect:     return inner()
# expect:   File "traceback_module.py", line 97, in inner
# expect:     return traceback.format_stack()
stack = traceback.extract_stack()
print(stack[-1].lineno, stack[-1].name, stack[-1].line)  # expect: 107 <module> stack = traceback.extract_stack()
buf = io.StringIO()
traceback.print_stack(file=buf)
print(repr(buf.getvalue()))  # expect: '  File "traceback_module.py", line 110, in <module>\n    traceback.print_stack(file=buf)\n'

try:
    [][1]
except IndexError:
    print(repr(traceback.format_exc()))  # expect: 'Traceback (most recent call last):\n  File "traceback_module.py", line 114, in <module>\n    [][1]\n    ~~^^^\nIndexError: list index out of range\n'
print(traceback.format_exc(), end="")  # expect: NoneType: None
traceback.print_exception(TypeError("t"), file=sys.stdout)  # expect: TypeError: t
te = traceback.TracebackException.from_exception(chained)
print(te.exc_type.__name__, len(te.stack), te.__cause__.exc_type.__name__, str(te))  # expect: ValueError 2 KeyError bad key
print("".join(te.format_exception_only()), end="")  # expect: ValueError: bad key
print(list(te.format(chain=False)) == traceback.format_exception(chained, chain=False))  # expect: True
show("".join(traceback.format_exception(ValueError, chained, None, chain=False)))  # expect: ValueError: bad key
print(chained.__traceback__ is not None)  # expect: True
sys.tracebacklimit = 1
print(len(traceback.format_exception(chained, chain=False)))  # expect: 3
del sys.tracebacklimit
print(traceback.format_list([("f.py", 3, "fn", "  x = 1\n")]))  # expect: ['  File "f.py", line 3, in fn\n    x = 1\n']
print(traceback.format_exception(chained, limit=0, chain=False))  # expect: ['ValueError: bad key\n']
