"""Mirrors Lib/typing.py at the level programs touch at run time: the names import, subscription
works, cast/overload/final are identities, NamedTuple and TypedDict build their classes."""

import collections as _collections
from collections.abc import _check_methods
import sys as _sys
import functools as _functools
import operator as _operator
import types as _types
from abc import ABCMeta as _ABCMeta

__all__ = ['Any', 'Callable', 'ClassVar', 'Final', 'Generic', 'Literal', 'Optional', 'Protocol',
           'Tuple', 'Type', 'TypeVar', 'Union', 'Dict', 'List', 'Set', 'FrozenSet', 'Iterable',
           'Iterator', 'Generator', 'Sequence', 'Mapping', 'MutableMapping', 'NamedTuple',
           'TypedDict', 'NoReturn', 'Never', 'Self', 'Annotated', 'TYPE_CHECKING', 'cast',
           'overload', 'final', 'get_type_hints', 'runtime_checkable', 'no_type_check',
           'get_origin', 'get_args', 'ParamSpec', 'TypeAlias', 'Awaitable', 'Coroutine',
           'AsyncIterator', 'AsyncIterable', 'Hashable', 'Sized', 'Collection', 'Container',
           'Deque', 'DefaultDict', 'OrderedDict', 'Counter', 'ChainMap', 'SupportsInt',
           'SupportsFloat', 'SupportsIndex', 'IO', 'TextIO', 'BinaryIO', 'AnyStr', 'Text',
           'Required', 'NotRequired', 'Unpack', 'TypeGuard', 'TypeIs', 'LiteralString',
           'assert_never', 'assert_type', 'reveal_type', 'dataclass_transform', 'override',
           'ForwardRef', 'TypeVarTuple', 'ParamSpecArgs', 'ParamSpecKwargs', 'TypeAliasType', 'NewType',
           'NoDefault', 'ReadOnly', 'Concatenate', 'AbstractSet', 'MutableSequence', 'MutableSet',
           'AsyncGenerator', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsRound',
           'ContextManager', 'AsyncContextManager', 'ItemsView', 'KeysView', 'MappingView', 'ValuesView',
           'Match', 'Pattern', 'clear_overloads', 'get_overloads', 'get_protocol_members', 'is_protocol',
           'is_typeddict', 'no_type_check_decorator', 'evaluate_forward_ref']

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, (list, tuple)):
        return '[' + ', '.join(_type_repr(a) for a in obj) + ']'
    return repr(obj)


class _GenericAlias:
    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)
        self._name = name

    def __repr__(self):
        # typing's own aliases by their typing name, a user's generic class by its own
        name = _type_repr(self.__origin__) if self._name is None else f'typing.{self._name}'
        return name + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, params, self._name)

    def __eq__(self, other):
        return isinstance(other, _GenericAlias) and self.__origin__ == other.__origin__ \
            and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __mro_entries__(self, bases):
        return (self.__origin__,) if isinstance(self.__origin__, type) else ()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _SpecialForm:
    def __init__(self, name, origin=None):
        self._name = name
        self._origin = origin

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._name == 'Optional':
            if isinstance(params, tuple):
                raise TypeError(f'typing.Optional requires a single type. Got {params}.')
            return Union[params, type(None)]
        if self._name == 'Union':
            params = params if isinstance(params, tuple) else (params,)
            flat = []
            for p in params:
                p = type(None) if p is None else p
                if isinstance(p, _GenericAlias) and p._name == 'Union':
                    flat.extend(a for a in p.__args__ if a not in flat)
                elif p not in flat:
                    flat.append(p)
            if len(flat) == 1:
                return flat[0]
            if all(isinstance(p, (type, _types.GenericAlias, _UnionType)) for p in flat):
                # 3.14: Union[X, Y] is X | Y, one class for both spellings
                return _functools.reduce(_operator.or_, flat)
            return _UnionAlias(tuple(flat))
        return _GenericAlias(self._origin if self._origin is not None else self, params, self._name)

    def __call__(self, *args, **kwargs):
        raise TypeError(f'Cannot instantiate {self!r}')

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        if isinstance(self._origin, type):
            return (self._origin,)
        raise TypeError(f'Cannot subclass {self!r}')


class _UnionAlias(_GenericAlias):
    def __init__(self, args):
        super().__init__(Union, args, 'Union')

    def __repr__(self):
        return ' | '.join(_type_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, (_UnionAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        raise TypeError('typing.Any cannot be used with isinstance()')

    def __repr__(self):
        return 'typing.Any'


class Any(metaclass=_AnyMeta):
    pass


_UnionType = type(int | str)
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Literal = _SpecialForm('Literal')
Annotated = _SpecialForm('Annotated')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
TypeAlias = _SpecialForm('TypeAlias')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Unpack = _SpecialForm('Unpack')
TypeGuard = _SpecialForm('TypeGuard')
TypeIs = _SpecialForm('TypeIs')
LiteralString = _SpecialForm('LiteralString')
Concatenate = _SpecialForm('Concatenate')

List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple', tuple)
Type = _SpecialForm('Type', type)
Deque = _SpecialForm('Deque', _collections.deque)
DefaultDict = _SpecialForm('DefaultDict', _collections.defaultdict)
OrderedDict = _SpecialForm('OrderedDict', _collections.OrderedDict)
Counter = _SpecialForm('Counter', _collections.Counter)
ChainMap = _SpecialForm('ChainMap', _collections.ChainMap)
Callable = _SpecialForm('Callable')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
AbstractSet = _SpecialForm('AbstractSet')
MutableSet = _SpecialForm('MutableSet')
Awaitable = _SpecialForm('Awaitable')
Coroutine = _SpecialForm('Coroutine')
AsyncIterator = _SpecialForm('AsyncIterator')
AsyncIterable = _SpecialForm('AsyncIterable')
AsyncGenerator = _SpecialForm('AsyncGenerator')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
Collection = _SpecialForm('Collection')
Container = _SpecialForm('Container')
Reversible = _SpecialForm('Reversible')
SupportsInt = _SpecialForm('SupportsInt')
SupportsFloat = _SpecialForm('SupportsFloat')
SupportsIndex = _SpecialForm('SupportsIndex')
SupportsAbs = _SpecialForm('SupportsAbs')
SupportsBytes = _SpecialForm('SupportsBytes')
SupportsComplex = _SpecialForm('SupportsComplex')
SupportsRound = _SpecialForm('SupportsRound')
ContextManager = _SpecialForm('ContextManager')
AsyncContextManager = _SpecialForm('AsyncContextManager')
MappingView = _SpecialForm('MappingView')
KeysView = _SpecialForm('KeysView')
ItemsView = _SpecialForm('ItemsView')
ValuesView = _SpecialForm('ValuesView')
Match = _SpecialForm('Match')
Pattern = _SpecialForm('Pattern')
ReadOnly = _SpecialForm('ReadOnly')
IO = _SpecialForm('IO')
TextIO = _SpecialForm('TextIO')
BinaryIO = _SpecialForm('BinaryIO')
Text = str


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False,
                 infer_variance=False, default=None):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.args'


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f'{self.__origin__.__name__}.kwargs'


class ParamSpec(TypeVar):
    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)


class TypeVarTuple:
    def __init__(self, name, *, default=None):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class _NoDefaultType:
    def __repr__(self):
        return 'typing.NoDefault'


NoDefault = _NoDefaultType()


class TypeAliasType:
    """What a `type X = ...` statement creates; built by calling it here."""

    def __init__(self, name, value, *, type_params=()):
        self.__name__ = name
        self.__value__ = value
        self.__type_params__ = type_params
        self.__module__ = _caller()

    def __repr__(self):
        return self.__name__

    def __getitem__(self, params):
        return _GenericAlias(self, params, self.__name__)


class NewType:
    """A distinct name for a type checker; at run time it returns its argument unchanged."""

    def __init__(self, name, tp):
        self.__qualname__ = self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller()

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]


AnyStr = TypeVar('AnyStr')


class Generic:
    @classmethod
    def __class_getitem__(cls, params):
        return _GenericAlias(cls, params, None)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # the type variables of the subscripted bases, in order of first appearance
        params = []
        for base in cls.__dict__.get('__orig_bases__', ()):
            for arg in getattr(base, '__args__', ()):
                if isinstance(arg, (TypeVar, ParamSpec, TypeVarTuple)) and arg not in params:
                    params.append(arg)
        cls.__parameters__ = tuple(params)


# Names a protocol class body may hold that are not members of the protocol.
_SPECIAL_NAMES = frozenset({
    '__abstractmethods__', '__annotations__', '__annotate__', '__annotate_func__', '__annotations_cache__',
    '__dict__', '__doc__', '__init__', '__module__', '__new__', '__slots__', '__subclasshook__',
    '__weakref__', '__class_getitem__', '__match_args__', '__static_attributes__', '__firstlineno__',
    '__qualname__', '__orig_bases__', '__parameters__', '__type_params__', '__init_subclass__',
    '__protocol_attrs__', '__non_callable_proto_members__', '_is_protocol', '_is_runtime_protocol',
})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base in (Protocol, Generic):
            continue
        for name in (*base.__dict__, *_own_annotations(base)):
            if not name.startswith('_abc_') and name not in _SPECIAL_NAMES:
                attrs.add(name)
    return attrs


_RUNTIME_ONLY = "Instance and class checks can only be used with @runtime_checkable protocols"


class _ProtocolMeta(_ABCMeta):
    """Mirrors typing._ProtocolMeta: isinstance() against a @runtime_checkable protocol checks
    that the object has every member."""

    def __instancecheck__(cls, instance):
        if cls is Protocol or not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError(_RUNTIME_ONLY)
        if super().__instancecheck__(instance):
            return True
        for attr in _protocol_attrs(cls):
            try:
                value = getattr(instance, attr)
            except AttributeError:
                return False
            if value is None and callable(getattr(cls, attr, None)):
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is not Protocol and getattr(cls, '_is_protocol', False):
            if not isinstance(other, type):
                raise TypeError('issubclass() arg 1 must be a class')
            if not getattr(cls, '_is_runtime_protocol', False):
                raise TypeError(_RUNTIME_ONLY)
        return super().__subclasscheck__(other)


def _proto_hook(cls, other):
    """The structural issubclass() of a protocol: every member defined somewhere on other's MRO."""
    if not cls.__dict__.get('_is_protocol', False):
        return NotImplemented
    return _check_methods(other, *_protocol_attrs(cls))


class Protocol(Generic, metaclass=_ProtocolMeta):
    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if '_is_protocol' not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in cls.__dict__:
            cls.__subclasshook__ = classmethod(_proto_hook)


def is_protocol(tp, /):
    return isinstance(tp, type) and getattr(tp, '_is_protocol', False) and tp is not Protocol


def get_protocol_members(tp, /):
    if not is_protocol(tp):
        raise TypeError(f'{tp!r} is not a Protocol')
    return frozenset(_protocol_attrs(tp))


def cast(typ, val):
    return val


_overload_registry = {}


def get_overloads(func):
    return list(_overload_registry.get((getattr(func, '__module__', None), getattr(func, '__qualname__', None)), []))


def clear_overloads():
    _overload_registry.clear()


def overload(func):
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)

    def _overload_dummy(*args, **kwds):
        raise NotImplementedError('You should not call an overloaded function. A series of '
                                  '@typing.overload-decorated functions outside a stub module '
                                  'should always be followed by an implementation that is not '
                                  '@typing.overload-ed.')
    return _overload_dummy


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def runtime_checkable(cls):
    if not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError(f'@runtime_checkable can be only applied to protocol classes, got {cls!r}')
    cls._is_runtime_protocol = True
    return cls


def no_type_check(arg):
    return arg


def no_type_check_decorator(decorator):
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))
    return wrapped_decorator


def dataclass_transform(**kwargs):
    return lambda cls: cls


def assert_never(arg, /):
    raise AssertionError(f'Expected code to be unreachable, but got: {arg!r}')


def assert_type(val, typ, /):
    return val


def reveal_type(obj, /):
    import sys
    print(f'Runtime type is {type(obj).__name__!r}', file=sys.stderr)
    return obj


def get_origin(tp):
    if isinstance(tp, (_UnionAlias, _UnionType)):
        return Union
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def _own_annotations(obj):
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        annotate = getattr(obj, '__annotate__', None) or getattr(obj, '__annotate_func__', None)
        ann = annotate(1) if annotate is not None else {}
    return ann


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of obj (of its whole MRO for a class), string annotations evaluated in the
    namespace they were written in."""
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            module = _sys.modules.get(base.__module__)
            base_globals = getattr(module, '__dict__', {}) if globalns is None else globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for k, v in _own_annotations(base).items():
                hints[k] = _evaluated(v, base_globals, base_locals)
        return hints
    if globalns is None:
        wrapped = obj
        while hasattr(wrapped, '__wrapped__'):
            wrapped = wrapped.__wrapped__
        globalns = getattr(wrapped, '__globals__', {})
    for k, v in _own_annotations(obj).items():
        hints[k] = _evaluated(v, globalns, localns)
    return hints


def _evaluated(annotation, globalns, localns):
    if annotation is None:
        return type(None)
    if isinstance(annotation, str):
        return eval(annotation, globalns, localns)
    return annotation


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    fields = list(fields)
    names = [n for n, _ in fields]
    nt = _collections.namedtuple(typename, names, module=_caller())
    nt.__annotations__ = dict(fields)
    return nt


def _namedtuple_mro_entries(bases):
    return (_NamedTupleBase,)


class _NamedTupleMeta(type):
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root', False):
            return super().__new__(mcls, typename, bases, ns)
        annotate = ns.get('__annotate_func__') or ns.get('__annotate__')
        ann = ns.get('__annotations__') or (annotate(1) if annotate is not None else {})
        names = list(ann)
        defaults = [ns[n] for n in names if n in ns]
        nt = _collections.namedtuple(typename, names, defaults=defaults or None,
                                     module=ns.get('__module__', '__main__'))
        nt.__annotations__ = dict(ann)
        for key, value in ns.items():
            if key not in names and not key.startswith('__') or key in ('__repr__', '__str__'):
                if key not in ('_root',):
                    setattr(nt, key, value)
        return nt


class _NamedTupleBase(metaclass=_NamedTupleMeta):
    _root = True


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(mcls, name, bases, ns, total=True):
        return super().__new__(mcls, name, (dict,), ns)

    def __init__(cls, name, bases, ns, total=True):
        super().__init__(name, bases, ns)

    # instances of a TypedDict are plain dicts
    __call__ = dict


def TypedDict(typename, fields=None, /, *, total=True):
    return _TypedDictMeta(typename, (), {'__annotations__': dict(fields or {})})


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


def _typeddict_mro_entries(bases):
    return (_TypedDictBase,)


class _TypedDictBase(dict, metaclass=_TypedDictMeta):
    pass


TypedDict.__mro_entries__ = _typeddict_mro_entries


def _caller():
    import sys
    try:
        return sys._getframe(2).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


from annotationlib import ForwardRef


def evaluate_forward_ref(forward_ref, *, owner=None, globals=None, locals=None, type_params=None, format=None):
    return forward_ref.evaluate(globals=globals, locals=locals, type_params=type_params, owner=owner)
