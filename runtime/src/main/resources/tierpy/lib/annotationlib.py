# tierpy: the Python half of the annotationlib module (Lib/annotationlib.py's public surface).
# _annotation_sources (Java, tierpy.modules.AnnotationLib) gives each annotation's source text.


class Format:
    """The formats get_annotations and call_annotate_function accept."""
    VALUE = 1
    VALUE_WITH_FAKE_GLOBALS = 2
    FORWARDREF = 3
    STRING = 4


class ForwardRef:
    """An annotation that could not be evaluated yet, kept as its source text."""

    def __init__(self, arg, *, module=None, owner=None, is_argument=True, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_module__ = module
        self.__owner__ = owner
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class

    def evaluate(self, *, globals=None, locals=None, type_params=None, owner=None, format=Format.VALUE):
        try:
            return eval(self.__forward_arg__, globals if globals is not None else {}, locals)
        except NameError:
            if format == Format.FORWARDREF:
                return self
            raise

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __repr__(self):
        extra = '' if self.__forward_module__ is None else f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{extra})'


def _globals_of(obj):
    if isinstance(obj, type):
        import sys
        module = sys.modules.get(obj.__module__)
        return getattr(module, '__dict__', {})
    return getattr(obj, '__globals__', {})


def _values(obj):
    annotate = _annotate_function(obj)
    if annotate is not None:
        return dict(annotate(Format.VALUE))
    annotations = getattr(obj, '__annotations__', None)
    return {} if annotations is None else dict(annotations)


def call_annotate_function(annotate, format, *, owner=None):
    """Call an __annotate__ function in the given format."""
    if format == Format.VALUE:
        return annotate(Format.VALUE)
    if owner is None:
        raise NotImplementedError("tierpy: call_annotate_function needs the owner for this format")
    return get_annotations(owner, format=format)


def get_annotations(obj, *, globals=None, locals=None, eval_str=False, format=Format.VALUE):
    """The annotations dict of a function, class or module, in the requested format."""
    if eval_str and format != Format.VALUE:
        raise ValueError("eval_str=True is only supported with format=Format.VALUE")
    if format == Format.STRING:
        return {name: pair[1] for name, pair in _annotation_sources(obj).items()}
    if format == Format.VALUE:
        values = _values(obj)
        if eval_str:
            namespace = _globals_of(obj) if globals is None else globals
            values = {name: eval(v, namespace, locals) if isinstance(v, str) else v for name, v in values.items()}
        return values
    if format == Format.FORWARDREF:
        try:
            return _values(obj)
        except NameError:
            pass
        namespace = _globals_of(obj) if globals is None else globals
        if locals is None and isinstance(obj, type):
            locals = dict(obj.__dict__)
        result = {}
        for name, pair in _annotation_sources(obj).items():
            try:
                result[name] = eval(pair[0], namespace, locals)
            except NameError:
                result[name] = ForwardRef(pair[0], owner=obj)
        return result
    raise ValueError(f"Unsupported format {format!r}")


def annotations_to_string(annotations):
    """Each value as the source text STRING format would give."""
    return {n: t if isinstance(t, str) else type_repr(t) for n, t in annotations.items()}


def type_repr(value):
    """repr() for annotation values, with classes by qualified name."""
    if isinstance(value, type):
        if value.__module__ == "builtins":
            return value.__qualname__
        return f"{value.__module__}.{value.__qualname__}"
    if value is ...:
        return "..."
    return repr(value)
