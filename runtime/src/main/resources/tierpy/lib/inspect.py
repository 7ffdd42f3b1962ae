"""Get useful information from live Python objects.

tierpy's inspect has the commonly used core: the is*() predicates, signature() with Signature,
Parameter and BoundArguments, getfullargspec, getsource()/getsourcelines()/getfile() (for
files and notebook cells, through linecache), getdoc/cleandoc, getmembers, getmodule, unwrap,
currentframe/stack, and the generator and coroutine states.

Left out: getattr_static, getmembers_static, classify_class_attrs, getclosurevars, trace,
getcallargs and the source-walking helpers other than those above. Source blocks are found by
indentation and bracket balance rather than with tokenize. Classes defined in a notebook cell
find their source through their methods' code (CPython looks for the module's __file__).
"""

import dis
import enum
import functools
import linecache
import sys
import types
from collections import namedtuple

# the code flags, named as dis names them: CO_OPTIMIZED, CO_GENERATOR, ...
for _flag, _name in dis.COMPILER_FLAG_NAMES.items():
    globals()["CO_" + _name] = _flag
del _flag, _name

TPFLAGS_IS_ABSTRACT = 1 << 20

FrameType = type(sys._getframe())
try:
    raise Exception
except Exception as _e:
    TracebackType = type(_e.__traceback__)


# ---- predicates -------------------------------------------------------------------------

def ismodule(object):
    """Return true if the object is a module."""
    return isinstance(object, types.ModuleType)


def isclass(object):
    """Return true if the object is a class."""
    return isinstance(object, type)


def ismethod(object):
    """Return true if the object is an instance method."""
    return isinstance(object, types.MethodType)


def isfunction(object):
    """Return true if the object is a user-defined function."""
    return isinstance(object, types.FunctionType)


def _has_code_flag(f, flag):
    while ismethod(f) or isinstance(f, functools.partial):
        f = f.__func__ if ismethod(f) else f.func
    if not (isfunction(f) or _signature_is_functionlike(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    """Return true if the object is a user-defined generator function."""
    return _has_code_flag(obj, CO_GENERATOR)


_is_coroutine_mark = object()


def markcoroutinefunction(func):
    """Decorator to ensure callable is recognised as a coroutine function."""
    if hasattr(func, "__func__"):
        func = func.__func__
    func._is_coroutine_marker = _is_coroutine_mark
    return func


def iscoroutinefunction(obj):
    """Return true if the object is a coroutine function."""
    return (_has_code_flag(obj, CO_COROUTINE)
            or getattr(obj, "_is_coroutine_marker", None) is _is_coroutine_mark)


def isasyncgenfunction(obj):
    """Return true if the object is an asynchronous generator function."""
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isasyncgen(object):
    """Return true if the object is an asynchronous generator."""
    return isinstance(object, types.AsyncGeneratorType)


def isgenerator(object):
    """Return true if the object is a generator."""
    return isinstance(object, types.GeneratorType)


def iscoroutine(object):
    """Return true if the object is a coroutine."""
    return isinstance(object, types.CoroutineType)


def isawaitable(object):
    """Return true if object can be passed to an ``await`` expression."""
    return (isinstance(object, types.CoroutineType)
            or isinstance(object, types.GeneratorType) and bool(object.gi_code.co_flags & CO_ITERABLE_COROUTINE)
            or hasattr(type(object), "__await__"))


def istraceback(object):
    """Return true if the object is a traceback."""
    return isinstance(object, TracebackType)


def isframe(object):
    """Return true if the object is a frame object."""
    return isinstance(object, FrameType)


def iscode(object):
    """Return true if the object is a code object."""
    return isinstance(object, types.CodeType)


def isbuiltin(object):
    """Return true if the object is a built-in function or method."""
    return isinstance(object, types.BuiltinFunctionType)


def ismethodwrapper(object):
    """Return true if the object is a method wrapper."""
    return isinstance(object, types.MethodWrapperType)


def isroutine(object):
    """Return true if the object is any kind of function or method."""
    return (isbuiltin(object) or isfunction(object) or ismethod(object)
            or ismethoddescriptor(object) or ismethodwrapper(object))


def ismethoddescriptor(object):
    """Return true if the object is a method descriptor (has __get__ but no __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__get__") and not (hasattr(tp, "__set__") or hasattr(tp, "__delete__"))


def isdatadescriptor(object):
    """Return true if the object is a data descriptor (has __set__ or __delete__)."""
    if isclass(object) or ismethod(object) or isfunction(object):
        return False
    tp = type(object)
    return hasattr(tp, "__set__") or hasattr(tp, "__delete__")


def ismemberdescriptor(object):
    """Return true if the object is a member descriptor (a __slots__ entry)."""
    return isinstance(object, types.MemberDescriptorType)


def isgetsetdescriptor(object):
    """Return true if the object is a getset descriptor."""
    return isinstance(object, types.GetSetDescriptorType)


def isabstract(object):
    """Return true if the object is an abstract base class (ABC)."""
    return isinstance(object, type) and bool(getattr(object, "__abstractmethods__", False))


def getmro(cls):
    """Return tuple of base classes (including cls) in method resolution order."""
    return cls.__mro__


# ---- members, modules, wrappers ---------------------------------------------------------

def getmembers(object, predicate=None):
    """Return all members of an object as (name, value) pairs sorted by name.

    Optionally, only return members that satisfy a given predicate.
    """
    names = dir(object)
    if isclass(object):
        # attributes the metaclass hides from dir() but the class's bases define
        for base in object.__mro__:
            for name in base.__dict__:
                if name not in names:
                    names.append(name)
    results = []
    seen = set()
    for name in names:
        try:
            value = getattr(object, name)
        except AttributeError:
            if isclass(object):
                for base in object.__mro__:
                    if name in base.__dict__:
                        value = base.__dict__[name]
                        break
                else:
                    continue
            else:
                continue
        if name in seen:
            continue
        seen.add(name)
        if predicate is None or predicate(value):
            results.append((name, value))
    results.sort(key=lambda pair: pair[0])
    return results


def getmodule(object, _filename=None):
    """Return the module an object was defined in, or None if not found."""
    if ismodule(object):
        return object
    name = getattr(object, "__module__", None)
    if name is not None:
        return sys.modules.get(name)
    return None


def unwrap(func, *, stop=None):
    """Get the object wrapped by *func*.

    Follows the chain of __wrapped__ attributes, returning the last object in the chain;
    *stop* is an optional callback that ends the walk early when it returns true.
    ValueError is raised if a cycle is encountered.
    """
    f = func
    seen = {id(f): f}
    while hasattr(f, "__wrapped__") and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError("wrapper loop when unwrapping {!r}".format(func))
        seen[id(f)] = f
    return f


# ---- documentation ----------------------------------------------------------------------

def cleandoc(doc):
    """Clean up indentation from docstrings.

    Any whitespace that can be uniformly removed from the second line onwards is removed.
    """
    lines = doc.expandtabs().split("\n")
    indents = [len(line) - len(line.lstrip()) for line in lines[1:] if line.lstrip()]
    margin = min(indents) if indents else 0
    lines[0] = lines[0].lstrip()
    lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _inherited_doc(obj):
    # the docstring a method or property inherits from the same name in a base class
    if isclass(obj):
        for base in obj.__mro__[1:]:
            if base is not object and base.__doc__ is not None:
                return base.__doc__
        return None
    name = getattr(obj, "__name__", None)
    owner = None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        name = obj.__func__.__name__
    elif isfunction(obj):
        qualname = obj.__qualname__.rsplit(".", 1)
        module = sys.modules.get(obj.__module__)
        owner = module
        for part in qualname[0].split(".") if len(qualname) == 2 else ():
            owner = getattr(owner, part, None)
    if not isclass(owner) or name is None:
        return None
    for base in owner.__mro__[1:]:
        doc = getattr(base.__dict__.get(name), "__doc__", None)
        if doc is not None:
            return doc
    return None


def getdoc(object):
    """Get the documentation string for an object, cleaned up with cleandoc.

    An object without a docstring of its own takes the one its base classes give.
    """
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        doc = _inherited_doc(object)
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def getcomments(object):
    """Get lines of comments immediately preceding an object's source code (None if there are none)."""
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    comments = []
    i = lnum - 1
    while i >= 0 and lines[i].lstrip().startswith("#"):
        comments.insert(0, lines[i].expandtabs().lstrip())
        i -= 1
    return "".join(comments) or None


# ---- source -----------------------------------------------------------------------------

def _code_of(object):
    # the code object behind a function, method, generator, frame or traceback
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if isgenerator(object):
        object = object.gi_code
    if iscoroutine(object):
        object = object.cr_code
    if isasyncgen(object):
        object = object.ag_code
    return object


def _class_methods_file(cls):
    # where a class without a module file (one defined in a notebook cell) was compiled
    for value in cls.__dict__.values():
        value = getattr(value, "__func__", value)
        code = getattr(value, "__code__", None)
        if isinstance(code, types.CodeType):
            return code.co_filename
    return None


def getfile(object):
    """Work out which source or compiled file an object was defined in."""
    if ismodule(object):
        if getattr(object, "__file__", None):
            return object.__file__
        raise TypeError("{!r} is a built-in module".format(object))
    if isclass(object):
        module = sys.modules.get(object.__module__)
        if getattr(module, "__file__", None):
            return module.__file__
        filename = _class_methods_file(object)
        if filename is not None and object.__module__ != "builtins":
            return filename
        raise TypeError("{!r} is a built-in class".format(object))
    code = _code_of(object)
    if iscode(code):
        return code.co_filename
    raise TypeError("module, class, method, function, traceback, frame, or code object was expected, got {}"
                    .format(type(object).__name__))


def getsourcefile(object):
    """Return the filename that can be used to locate an object's source (None if there is none)."""
    filename = getfile(object)
    if filename.endswith((".pyc", ".pyo")):
        filename = filename[:-1]
    return filename if linecache.getlines(filename) else None


def getmodulename(path):
    """Return the module name for a given file, or None."""
    import os
    name = os.path.basename(path)
    for suffix in (".py", ".pyc", ".pyw"):
        if name.endswith(suffix):
            return name[:-len(suffix)]
    return None


def findsource(object):
    """Return the entire source file and starting line number (0-based) for an object.

    An OSError is raised if the source code cannot be retrieved.
    """
    filename = getsourcefile(object)
    if filename is None:
        filename = getfile(object)
        if not (filename.startswith("<") and filename.endswith(">")):
            raise OSError("source code not available")
    lines = linecache.getlines(filename)
    if not lines:
        raise OSError("could not get source code")
    if ismodule(object):
        return lines, 0
    if isclass(object):
        lnum = getattr(object, "__firstlineno__", None)
        if lnum is None:
            raise OSError("could not find class definition")
        return lines, lnum - 1
    code = _code_of(object)
    if not iscode(code):
        raise OSError("could not find code object")
    return lines, code.co_firstlineno - 1


def _block_end(lines, start):
    # the index after the last line of the statement block that begins at lines[start]: the
    # lines indented deeper than it, or inside brackets and strings it opened
    base = len(lines[start].expandtabs()) - len(lines[start].expandtabs().lstrip())
    depth = 0
    quote = None
    last_code = start
    header_done = False
    for i in range(start, len(lines)):
        line = lines[i]
        stripped = line.strip()
        if header_done and quote is None and depth == 0 and stripped and not stripped.startswith("#"):
            if len(line.expandtabs()) - len(line.expandtabs().lstrip()) <= base:
                break
        j = 0
        code_seen = quote is not None
        while j < len(line):
            c = line[j]
            if quote is not None:
                if c == "\\":
                    j += 2
                    continue
                if line.startswith(quote, j):
                    j += len(quote)
                    quote = None
                    continue
                j += 1
                continue
            if c == "#":
                break
            if not c.isspace():
                code_seen = True
            if c in "\"'":
                quote = line[j:j + 3] if line[j:j + 3] in ('"""', "'''") else c
                j += len(quote)
                continue
            if c in "([{":
                depth += 1
            elif c in ")]}":
                depth -= 1
            j += 1
        if quote is not None and len(quote) == 1:
            quote = None
        if code_seen:
            last_code = i
        if depth == 0 and quote is None and code_seen and not stripped.startswith("@"):
            header_done = True
    return last_code + 1


def getblock(lines):
    """Extract the block of code at the top of the given list of lines."""
    return lines[:_block_end(lines, 0)]


def getsourcelines(object):
    """Return a list of source lines and starting line number for an object.

    The line number is that of the first line (1-based; 0 for a module).
    An OSError is raised if the source code cannot be retrieved.
    """
    object = unwrap(object)
    lines, lnum = findsource(object)
    if ismodule(object):
        return lines, 0
    return lines[lnum:_block_end(lines, lnum)], lnum + 1


def getsource(object):
    """Return the text of the source code for an object.

    An OSError is raised if the source code cannot be retrieved.
    """
    lines, lnum = getsourcelines(object)
    return "".join(lines)


def indentsize(line):
    """Return the indent size, in spaces, at the start of a line of text."""
    expanded = line.expandtabs()
    return len(expanded) - len(expanded.lstrip())


# ---- frames and the stack ---------------------------------------------------------------

Traceback = namedtuple("Traceback", "filename lineno function code_context index")


class FrameInfo(namedtuple("_FrameInfo", "frame filename lineno function code_context index")):
    def __repr__(self):
        return ("FrameInfo(frame={!r}, filename={!r}, lineno={!r}, function={!r}, code_context={!r}, index={!r})"
                .format(*self))


def currentframe():
    """Return the frame of the caller or None if this is not possible."""
    return sys._getframe(1) if hasattr(sys, "_getframe") else None


def getframeinfo(frame, context=1):
    """Get information about a frame or traceback object.

    A tuple of five things is returned: the filename, the line number of the current line,
    the function name, a list of lines of context from the source code, and the index of the
    current line within that list.
    """
    if istraceback(frame):
        lineno = frame.tb_lineno
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
    if not isframe(frame):
        raise TypeError("{!r} is not a frame or traceback object".format(frame))
    filename = frame.f_code.co_filename
    code_context = index = None
    if context > 0:
        lines = linecache.getlines(filename)
        if lines:
            start = max(0, min(lineno - 1 - context // 2, len(lines) - context))
            code_context = lines[start:start + context]
            index = lineno - 1 - start
    return Traceback(filename, lineno, frame.f_code.co_name, code_context, index)


def _frame_infos(frames, context):
    return [FrameInfo(frame, *getframeinfo(frame, context)) if isframe(frame)
            else FrameInfo(frame.tb_frame, *getframeinfo(frame, context)) for frame in frames]


def getouterframes(frame, context=1):
    """Get a list of records for a frame and all higher (calling) frames."""
    frames = []
    while frame is not None:
        frames.append(frame)
        frame = frame.f_back
    return _frame_infos(frames, context)


def getinnerframes(tb, context=1):
    """Get a list of records for a traceback's frame and all lower frames."""
    tracebacks = []
    while tb is not None:
        tracebacks.append(tb)
        tb = tb.tb_next
    return _frame_infos(tracebacks, context)


def stack(context=1):
    """Return a list of records for the stack above the caller's frame."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """Return a list of records for the stack below the current exception."""
    exc = sys.exception()
    return getinnerframes(exc.__traceback__ if exc is not None else None, context)


# ---- generator and coroutine states -----------------------------------------------------

GEN_CREATED = "GEN_CREATED"
GEN_RUNNING = "GEN_RUNNING"
GEN_SUSPENDED = "GEN_SUSPENDED"
GEN_CLOSED = "GEN_CLOSED"


def getgeneratorstate(generator):
    """Get current state of a generator-iterator.

    Possible states are:
      GEN_CREATED: Waiting to start execution.
      GEN_RUNNING: Currently being executed by the interpreter.
      GEN_SUSPENDED: Currently suspended at a yield expression.
      GEN_CLOSED: Execution has completed.
    """
    return _run_state("GEN", generator.gi_running, generator.gi_suspended, generator.gi_frame)


def _run_state(prefix, running, suspended, frame):
    if running:
        return prefix + "_RUNNING"
    if suspended:
        return prefix + "_SUSPENDED"
    return prefix + ("_CLOSED" if frame is None else "_CREATED")


def getgeneratorlocals(generator):
    """Get the mapping of generator local variables to their current values."""
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = generator.gi_frame
    return frame.f_locals if frame is not None else {}


CORO_CREATED = "CORO_CREATED"
CORO_RUNNING = "CORO_RUNNING"
CORO_SUSPENDED = "CORO_SUSPENDED"
CORO_CLOSED = "CORO_CLOSED"


def getcoroutinestate(coroutine):
    """Get current state of a coroutine object (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED or CORO_CLOSED)."""
    return _run_state("CORO", coroutine.cr_running, coroutine.cr_suspended, coroutine.cr_frame)


def getcoroutinelocals(coroutine):
    """Get the mapping of coroutine local variables to their current values."""
    frame = getattr(coroutine, "cr_frame", None)
    return frame.f_locals if frame is not None else {}


# ---- signatures -------------------------------------------------------------------------

class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self.name

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


_KIND_DESCRIPTIONS = ("positional-only", "positional or keyword", "variadic positional", "keyword-only",
                      "variadic keyword")

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD


def formatannotation(annotation, base_module=None, *, quote_annotation_strings=True):
    """The text of an annotation as signatures show it."""
    if not quote_annotation_strings and isinstance(annotation, str):
        return annotation
    if getattr(annotation, "__module__", None) == "typing":
        return repr(annotation).replace("typing.", "")
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ("builtins", base_module):
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


class Parameter:
    """Represents a parameter in a function signature.

    Has the following public attributes: name, default (Parameter.empty when there is
    none), annotation (likewise) and kind (one of the _ParameterKind members).
    """

    __slots__ = ("_name", "_kind", "_default", "_annotation")

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f"value {kind!r} is not a valid Parameter.kind")
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError(f"{self._kind.description} parameters cannot have default values")
        self._default = default
        self._annotation = annotation
        if not isinstance(name, str):
            raise TypeError("name must be a str, not a {}".format(type(name).__name__))
        if name[0] == "." and name[1:].isdigit():
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError(f"implicit arguments must be passed as positional or keyword arguments, "
                                 f"not {self._kind.description}")
            self._kind = _POSITIONAL_ONLY
            name = "implicit{}".format(name[1:])
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError("{!r} is not a valid parameter name".format(name))
        self._name = name

    name = property(lambda self: self._name)
    default = property(lambda self: self._default)
    annotation = property(lambda self: self._annotation)
    kind = property(lambda self: self._kind)

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        """Creates a customized copy of the Parameter."""
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    __replace__ = replace

    def _format(self, quote_annotation_strings=True):
        text = self._name
        if self._annotation is not _empty:
            text = "{}: {}".format(text, formatannotation(self._annotation,
                                                         quote_annotation_strings=quote_annotation_strings))
        if self._default is not _empty:
            text = "{}{}{}".format(text, " = " if self._annotation is not _empty else "=", repr(self._default))
        if self._kind == _VAR_POSITIONAL:
            text = "*" + text
        elif self._kind == _VAR_KEYWORD:
            text = "**" + text
        return text

    def __str__(self):
        return self._format()

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self._name, self._kind, self._annotation, self._default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """Result of Signature.bind(): the mapping of parameters to arguments.

    arguments maps parameter names to values (those without a value are absent); args and
    kwargs are what to call the function with.
    """

    __slots__ = ("arguments", "_signature", "__weakref__")

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break
            if param.kind == _VAR_POSITIONAL:
                args.extend(self.arguments[name])
            else:
                args.append(self.arguments[name])
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True
                    continue
            if not started or name not in self.arguments:
                continue
            if param.kind == _VAR_KEYWORD:
                kwargs.update(self.arguments[name])
            else:
                kwargs[name] = self.arguments[name]
        return kwargs

    def apply_defaults(self):
        """Set default values for missing arguments (() for *args, {} for **kwargs)."""
        arguments = self.arguments
        new_arguments = {}
        for name, param in self._signature.parameters.items():
            if name in arguments:
                new_arguments[name] = arguments[name]
            elif param.default is not _empty:
                new_arguments[name] = param.default
            elif param.kind == _VAR_POSITIONAL:
                new_arguments[name] = ()
            elif param.kind == _VAR_KEYWORD:
                new_arguments[name] = {}
        self.arguments = new_arguments

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __repr__(self):
        args = ["{}={!r}".format(name, value) for name, value in self.arguments.items()]
        return "<{} ({})>".format(self.__class__.__name__, ", ".join(args))


class Signature:
    """A Signature object represents the overall signature of a function.

    It stores a Parameter object for each parameter accepted by the function, as well as
    information specific to the function itself: parameters (an ordered mapping of names
    to Parameters) and return_annotation (Signature.empty when there is none).
    """

    __slots__ = ("_return_annotation", "_parameters")

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        params = {}
        if parameters is not None:
            if __validate_parameters__:
                kind = _POSITIONAL_ONLY
                seen_default = False
                for param in parameters:
                    if param.kind < kind:
                        raise ValueError("wrong parameter order: {} parameter before {} parameter"
                                         .format(kind.description, param.kind.description))
                    kind = param.kind
                    if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                        if param.default is _empty:
                            if seen_default:
                                raise ValueError("non-default argument follows default argument")
                        else:
                            seen_default = True
                    if param.name in params:
                        raise ValueError("duplicate parameter name: {!r}".format(param.name))
                    params[param.name] = param
            else:
                params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False,
                      annotation_format=None):
        """Constructs Signature for the given callable object."""
        return _signature_from_callable(obj, cls, follow_wrapped)

    parameters = property(lambda self: self._parameters)
    return_annotation = property(lambda self: self._return_annotation)

    def replace(self, *, parameters=_void, return_annotation=_void):
        """Creates a customized copy of the Signature."""
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    __replace__ = replace

    def __hash__(self):
        return hash((tuple(self.parameters.values()), self._return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return (self._return_annotation == other._return_annotation
                and list(self.parameters.values()) == list(other.parameters.values()))

    def _bind(self, args, kwargs, *, partial=False):
        arguments = {}
        parameters = iter(self.parameters.values())
        parameters_ex = ()
        arg_vals = iter(args)
        pos_only_names = []
        while True:
            try:
                arg_val = next(arg_vals)
            except StopIteration:
                # no more positional arguments: the rest bind by keyword or take defaults
                try:
                    param = next(parameters)
                except StopIteration:
                    break
                if param.kind == _VAR_POSITIONAL:
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    parameters_ex = (param,)
                    break
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or param.default is not _empty:
                    parameters_ex = (param,)
                    break
                if partial:
                    parameters_ex = (param,)
                    break
                if param.kind == _POSITIONAL_ONLY and param.name in kwargs:
                    raise TypeError("missing a required positional-only argument: {!r}".format(param.name))
                raise TypeError("missing a required argument: {!r}".format(param.name)) from None
            else:
                try:
                    param = next(parameters)
                except StopIteration:
                    raise TypeError("too many positional arguments") from None
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    raise TypeError("too many positional arguments") from None
                if param.kind == _VAR_POSITIONAL:
                    arguments[param.name] = (arg_val,) + tuple(arg_vals)
                    break
                if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                    raise TypeError("multiple values for argument {!r}".format(param.name)) from None
                arguments[param.name] = arg_val
        kwargs_param = None
        for param in list(parameters_ex) + list(parameters):
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            name = param.name
            try:
                if param.kind == _POSITIONAL_ONLY:
                    raise KeyError
                arg_val = kwargs.pop(name)
            except KeyError:
                if param.kind == _POSITIONAL_ONLY and name in kwargs and kwargs_param is None:
                    pos_only_names.append(name)
                if not partial and param.kind != _VAR_POSITIONAL and param.default is _empty:
                    raise TypeError("missing a required {}argument: {!r}".format(
                        "keyword-only " if param.kind == _KEYWORD_ONLY else "", name)) from None
            else:
                arguments[name] = arg_val
        if kwargs:
            if kwargs_param is not None:
                arguments[kwargs_param.name] = kwargs
            elif pos_only_names:
                raise TypeError("got some positional-only arguments passed as keyword arguments: {!r}"
                                .format(", ".join(pos_only_names)))
            else:
                raise TypeError("got an unexpected keyword argument {!r}".format(next(iter(kwargs))))
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        """Get a BoundArguments object that maps the passed args and kwargs to the function's signature.

        Raises TypeError if the passed arguments can not be bound.
        """
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        """Get a BoundArguments object that partially maps the passed args and kwargs to the function's signature.

        Raises TypeError if the passed arguments can not be bound.
        """
        return self._bind(args, kwargs, partial=True)

    def __repr__(self):
        return "<{} {}>".format(self.__class__.__name__, self)

    def __str__(self):
        return self.format()

    def format(self, *, max_width=None, quote_annotation_strings=True):
        """Create a string representation of the Signature object.

        If *max_width* integer is passed, the signature will try to fit into the *max_width*;
        if the signature is longer than *max_width*, all parameters will be on separate lines.
        """
        result = []
        render_pos_only_separator = False
        render_kw_only_separator = True
        for param in self.parameters.values():
            formatted = param._format(quote_annotation_strings=quote_annotation_strings)
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                render_pos_only_separator = True
            elif render_pos_only_separator:
                result.append("/")
                render_pos_only_separator = False
            if kind == _VAR_POSITIONAL:
                render_kw_only_separator = False
            elif kind == _KEYWORD_ONLY and render_kw_only_separator:
                result.append("*")
                render_kw_only_separator = False
            result.append(formatted)
        if render_pos_only_separator:
            result.append("/")
        rendered = "({})".format(", ".join(result))
        if max_width is not None and len(rendered) > max_width:
            rendered = "(\n    {}\n)".format(",\n    ".join(result))
        if self.return_annotation is not _empty:
            rendered += " -> {}".format(formatannotation(self.return_annotation,
                                                         quote_annotation_strings=quote_annotation_strings))
        return rendered


def _signature_is_functionlike(obj):
    # a callable that is not a function but has what a function's signature needs
    if not callable(obj) or isclass(obj):
        return False
    code = getattr(obj, "__code__", None)
    return (isinstance(code, types.CodeType) and isinstance(getattr(obj, "__name__", None), str)
            and isinstance(getattr(obj, "__defaults__", None), (tuple, type(None)))
            and isinstance(getattr(obj, "__kwdefaults__", None), (dict, type(None))))


def _signature_from_function(cls, func):
    code = func.__code__
    positional = code.co_argcount
    posonly = code.co_posonlyargcount
    keyword_only = code.co_kwonlyargcount
    names = code.co_varnames
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    try:
        annotations = func.__annotations__ or {}
    except Exception:
        annotations = {}
    first_default = positional - len(defaults)
    parameters = []
    for i, name in enumerate(names[:positional]):
        kind = _POSITIONAL_ONLY if i < posonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        parameters.append(Parameter(name, kind, default=default, annotation=annotations.get(name, _empty)))
    index = positional
    if code.co_flags & CO_VARARGS:
        name = names[positional + keyword_only]
        parameters.append(Parameter(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
    for name in names[index:index + keyword_only]:
        parameters.append(Parameter(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                                    annotation=annotations.get(name, _empty)))
    if code.co_flags & CO_VARKEYWORDS:
        index = positional + keyword_only + (1 if code.co_flags & CO_VARARGS else 0)
        name = names[index]
        parameters.append(Parameter(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(parameters, return_annotation=annotations.get("return", _empty),
               __validate_parameters__=False)


def _without_first(sig):
    # the signature of a bound method: the first positional parameter is taken
    params = list(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError("invalid method signature")
    if params[0].kind != _VAR_POSITIONAL:
        params = params[1:]
    return sig.replace(parameters=params)


def _signature_from_partial(sig, partial):
    params = list(sig.parameters.values())
    args = list(partial.args)
    keywords = partial.keywords
    try:
        sig.bind_partial(*args, **keywords)
    except TypeError as e:
        raise ValueError("partial object {!r} has incorrect arguments".format(partial)) from e
    result = []
    keyword_seen = False
    for param in params:
        if args and param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.pop(0)
            continue
        if args and param.kind == _VAR_POSITIONAL:
            result.append(param)
            args = []
            continue
        if param.name in keywords and param.kind != _POSITIONAL_ONLY:
            keyword_seen = True
            result.append(param.replace(kind=_KEYWORD_ONLY, default=keywords[param.name])
                          if param.kind == _POSITIONAL_OR_KEYWORD else param.replace(default=keywords[param.name]))
            continue
        if keyword_seen and param.kind == _POSITIONAL_OR_KEYWORD:
            param = param.replace(kind=_KEYWORD_ONLY)
        result.append(param)
    return sig.replace(parameters=result)


_NATIVE_METHODS = (types.BuiltinFunctionType, types.WrapperDescriptorType, types.MethodWrapperType,
                   types.MethodDescriptorType, types.ClassMethodDescriptorType)


def _user_defined(cls, name):
    # the first definition of name along cls's MRO, when it is written in Python
    for base in cls.__mro__:
        if name in base.__dict__:
            value = base.__dict__[name]
            return None if isinstance(value, _NATIVE_METHODS) else value
    return None


def _signature_from_callable(obj, sigcls, follow_wrapped=True, skip_bound_arg=True):
    if not callable(obj):
        raise TypeError("{!r} is not a callable object".format(obj))
    if isinstance(obj, types.MethodType):
        sig = _signature_from_callable(obj.__func__, sigcls, follow_wrapped)
        return _without_first(sig) if skip_bound_arg else sig
    if follow_wrapped:
        obj = unwrap(obj, stop=lambda f: hasattr(f, "__signature__") or isinstance(f, types.MethodType))
        if isinstance(obj, types.MethodType):
            return _signature_from_callable(obj, sigcls, follow_wrapped)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError("unexpected object {!r} in __signature__ attribute".format(sig))
            return sig
    if isfunction(obj) or _signature_is_functionlike(obj):
        return _signature_from_function(sigcls, obj)
    if isinstance(obj, functools.partial):
        return _signature_from_partial(_signature_from_callable(obj.func, sigcls, follow_wrapped), obj)
    if isbuiltin(obj) or ismethoddescriptor(obj):
        text = getattr(obj, "__text_signature__", None)
        if text:
            return _signature_from_text(sigcls, text, obj)
        raise ValueError("no signature found for builtin {!r}".format(obj))
    if isinstance(obj, type):
        call = _user_defined(type(obj), "__call__")
        if call is not None:
            return _without_first(_signature_from_callable(call, sigcls, follow_wrapped))
        new = _user_defined(obj, "__new__")
        init = _user_defined(obj, "__init__")
        for base in obj.__mro__:
            if new is not None and "__new__" in base.__dict__ and base.__dict__["__new__"] is new:
                factory = new
                break
            if init is not None and "__init__" in base.__dict__ and base.__dict__["__init__"] is init:
                factory = init
                break
        else:
            factory = None
        if factory is not None:
            if isinstance(factory, staticmethod):
                factory = factory.__func__
            return _without_first(_signature_from_callable(factory, sigcls, follow_wrapped))
        # without a __new__ or __init__ of its own making, only a class over plain object takes no arguments
        if any(base.__module__ == "builtins" for base in obj.__mro__[:-1]):
            raise ValueError("no signature found for builtin type {!r}".format(obj))
        return sigcls([])
    call = _user_defined(type(obj), "__call__")
    if call is not None:
        return _without_first(_signature_from_callable(call, sigcls, follow_wrapped))
    raise ValueError("callable {!r} is not supported by signature".format(obj))


def _signature_from_text(cls, text, obj):
    # a builtin's __text_signature__, like "($module, obj, /)": compiled as a def to read it
    text = text.replace("$module, ", "").replace("$self, ", "").replace("$type, ", "")
    namespace = {}
    exec("def _builtin" + text + ": pass", {}, namespace)
    return _signature_from_function(cls, namespace["_builtin"])


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False, annotation_format=None):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals, locals=locals,
                                   eval_str=eval_str, annotation_format=annotation_format)


FullArgSpec = namedtuple("FullArgSpec", "args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations")


def getfullargspec(func):
    """Get the names and default values of a callable object's parameters.

    A tuple of seven things is returned:
    (args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations).
    """
    try:
        sig = _signature_from_callable(func, Signature, follow_wrapped=False, skip_bound_arg=False)
    except Exception as e:
        raise TypeError("unsupported callable") from e
    args, kwonlyargs, defaults = [], [], []
    varargs = varkw = None
    kwdefaults = {}
    annotations = {}
    if sig.return_annotation is not _empty:
        annotations["return"] = sig.return_annotation
    for param in sig.parameters.values():
        name = param.name
        if param.kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not _empty:
                defaults.append(param.default)
        elif param.kind == _VAR_POSITIONAL:
            varargs = name
        elif param.kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not _empty:
                kwdefaults[name] = param.default
        else:
            varkw = name
        if param.annotation is not _empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, tuple(defaults) or None, kwonlyargs, kwdefaults or None, annotations)
