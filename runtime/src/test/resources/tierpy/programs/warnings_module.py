import sys
import warnings

print(warnings.filters[0])  # expect: ('default', None, <class 'DeprecationWarning'>, '__main__', 0)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(RuntimeWarning("as instance"))
print(len(log))  # expect: 3
print(log[0].category.__name__, log[0].message, log[0].lineno)  # expect: UserWarning plain 8
print(log[1].category.__name__, str(log[1].message))  # expect: DeprecationWarning dep
print(type(log[2].message).__name__, log[2].message)  # expect: RuntimeWarning as instance
print(log[0].filename == __file__)  # expect: True
print(str(log[0]).startswith("{message : UserWarning('plain'), category : 'UserWarning'"))  # expect: True

def helper():
    warnings.warn("from helper", stacklevel=2)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    helper()
print(log[0].lineno)  # expect: 23

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", UserWarning)
    except UserWarning as e:
        print("raised", e)  # expect: raised boom

with warnings.catch_warnings():
    warnings.filterwarnings("error", message="bad.*", category=UserWarning)
    warnings.filterwarnings("ignore", message="quiet")
    try:
        warnings.warn("quiet please")
        warnings.warn("bad thing")
    except UserWarning as e:
        print("filtered", e)  # expect: filtered bad thing

# the interpreter's own warnings obey the filters too
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    x = ~True
print(x, log[0].category.__name__, log[0].lineno)  # expect: -2 DeprecationWarning 45
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        ~False
    except DeprecationWarning as e:
        print(str(e)[:29])  # expect: Bitwise inversion '~' on bool

print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "  code  "), end="")  # expect: f.py:3: UserWarning: msg
# expect:   code

shown = []
def hook(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))
saved = warnings.showwarning
warnings.showwarning = hook
warnings.simplefilter("always")
warnings.warn("hooked")
warnings.showwarning = saved
print(shown)  # expect: [('hooked', 'UserWarning', 63)]

class Out:
    def write(self, s):
        print("wrote:", s.splitlines()[0].split(": ", 1)[1])
warnings.resetwarnings()
print(warnings.filters)  # expect: []
old = sys.stderr
sys.stderr = Out()
warnings.warn("once per line")  # expect: wrote: UserWarning: once per line
for i in range(3):
    warnings.warn("loop")  # expect: wrote: UserWarning: loop
sys.stderr = old
warnings.simplefilter("once")
with warnings.catch_warnings(record=True) as log:
    warnings.warn("w", stacklevel=1)
print(len(log))  # expect: 1
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)  # expect: category must be a Warning subclass, not 'type'
try:
    warnings.simplefilter("sometimes")
except AssertionError as e:
    print(e)  # expect: invalid action: 'sometimes'
print(warnings.catch_warnings(record=True))  # expect: catch_warnings(record=True)
