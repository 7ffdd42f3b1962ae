"""Mirrors Lib/dataclasses.py on its common path: field(), @dataclass with init/repr/eq/order/
frozen/unsafe_hash/kw_only, fields, asdict, astuple, replace, is_dataclass. Methods are closures
rather than exec'd source."""

import copy as _copy
import types as _types
from types import MappingProxyType as _MappingProxyType

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    def __init__(self, type):
        self.type = type

    @classmethod

    def __class_getitem__(cls, type):
        return InitVar(type)

    def __repr__(self):
        type_name = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


# One shared read-only proxy for the common case of no metadata.
_EMPTY_METADATA = _MappingProxyType({})


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', 'doc', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only, doc=None):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else _MappingProxyType(metadata)
        self.kw_only = kw_only
        self.doc = doc
        self._field_type = None

    def __repr__(self):
        return (f'Field(name={self.name!r},type={self.type!r},default={self.default!r},'
                f'default_factory={self.default_factory!r},init={self.init!r},repr={self.repr!r},'
                f'hash={self.hash!r},compare={self.compare!r},metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},doc={self.doc!r},_field_type={self._field_type})')

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING, doc=None):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only, doc)


def _own(cls, name, default=None):
    """cls.__dict__.get(name, default), also where the class __dict__ is not a mapping yet."""
    d = getattr(cls, "__dict__", None)
    if hasattr(d, 'get'):
        return d.get(name, default)
    value = getattr(cls, name, default)
    if any(getattr(b, name, default) is value for b in cls.__mro__[1:]):
        return default
    return value


def _annotations(cls):
    ann = _own(cls, '__annotations__')
    if ann is None:
        # type.__annotate__ reads the class body's __annotate_func__
        annotate = _own(cls, '__annotate__') or _own(cls, '__annotate_func__')
        if annotate is not None:
            ann = annotate(1)
    return ann or {}


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    own = []
    kw_only_seen = False
    for name, type_ in _annotations(cls).items():
        if type_ is KW_ONLY or (isinstance(type_, str) and type_.endswith('KW_ONLY')):
            kw_only_seen = True
            continue
        default = _own(cls, name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = type_
        is_classvar = type_ is _ClassVar or (isinstance(type_, str) and type_.startswith(('ClassVar', 'typing.ClassVar'))) \
            or getattr(type_, '__origin__', None) is _ClassVar
        f._field_type = '_FIELD_CLASSVAR' if is_classvar else (
            '_FIELD_INITVAR' if isinstance(type_, InitVar) or type_ is InitVar else '_FIELD')
        if f.kw_only is MISSING:
            f.kw_only = kw_only or kw_only_seen
        if f._field_type == '_FIELD' and isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {type(f.default)} for field {name} is not allowed: '
                             'use default_factory')
        own.append(f)
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for f in own:
        fields[f.name] = f
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    all_fields = [f for f in fields.values() if f._field_type == '_FIELD']
    init_fields = [f for f in fields.values() if f._field_type != '_FIELD_CLASSVAR' and f.init]

    if init:
        positional = [f for f in init_fields if not f.kw_only]
        keyword = [f for f in init_fields if f.kw_only]
        seen_default = False
        for f in positional:
            if f.default is not MISSING or f.default_factory is not MISSING:
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument {positional[positional.index(f) - 1].name!r}')
        _set(cls, '__init__', _make_init(cls, positional, keyword, all_fields, frozen))
    if repr:
        _set(cls, '__repr__', _make_repr([f for f in all_fields if f.repr]))
    cmp_fields = [f for f in all_fields if f.compare]
    if eq:
        def __eq__(self, other):
            if self is other:
                return True
            if other.__class__ is self.__class__:
                return all(getattr(self, f.name) == getattr(other, f.name) for f in cmp_fields)
            return NotImplemented
        _set(cls, '__eq__', __eq__)
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if _own(cls, name) is not None:
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')
            _set(cls, name, _make_order(name, op, cmp_fields))
    base_params = [p for p in (_own(b, _PARAMS) for b in cls.__mro__[1:]) if p is not None]
    if base_params:
        if not frozen and any(p.frozen for p in base_params):
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if frozen and not all(p.frozen for p in base_params):
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    if frozen:
        field_names = tuple(f.name for f in all_fields)

        def __setattr__(self, name, value):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in field_names:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        _set(cls, '__setattr__', __setattr__)
        _set(cls, '__delattr__', __delattr__)
    hash_fields = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
    own_hash = _own(cls, '__hash__', MISSING)
    has_explicit_hash = own_hash is not MISSING and not (own_hash is None and _own(cls, '__eq__') is not None)

    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in hash_fields))
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
        cls.__hash__ = __hash__
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = __hash__
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if match_args and _own(cls, '__match_args__') is None:
        cls.__match_args__ = tuple(f.name for f in init_fields if not f.kw_only)
    if _own(cls, '__replace__') is None:
        cls.__replace__ = _replace
    if not getattr(cls, '__doc__'):
        try:
            text = str(_signature_text(init_fields))
        except (TypeError, ValueError):
            text = ''
        cls.__doc__ = cls.__name__ + text
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        # as in CPython, the frozen __setattr__/__delattr__ closures keep the class made first
        return _add_slots(cls, weakref_slot)
    return cls


def _add_slots(cls, weakref_slot):
    """The class made again with __slots__ for its fields (a class's __slots__ cannot be added later)."""
    if '__slots__' in cls.__dict__:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited = {name for b in cls.__mro__[1:-1] for name in _slot_names(b)}
    wanted = field_names + (('__weakref__',) if weakref_slot else ())
    cls_dict['__slots__'] = tuple(name for name in wanted if name not in inherited)
    for name in field_names + ('__dict__', '__weakref__'):
        cls_dict.pop(name, None)
    newcls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    newcls.__qualname__ = cls.__qualname__
    return newcls


def _slot_names(cls):
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        return ()
    return (slots,) if isinstance(slots, str) else slots


def _signature_text(init_fields):
    """str(inspect.signature(cls)) for the generated __init__, as the class docstring shows it."""
    def param(f):
        text = f'{f.name}: {_annotation_text(f.type)}'
        if f.default is not MISSING:
            return f'{text} = {f.default!r}'
        if f.default_factory is not MISSING:
            return f'{text} = <factory>'
        return text
    positional = [param(f) for f in init_fields if not f.kw_only]
    keyword = [param(f) for f in init_fields if f.kw_only]
    return '(' + ', '.join(positional + (['*'] + keyword if keyword else [])) + ')'


def _annotation_text(annotation):
    """Mirrors inspect.formatannotation."""
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type) and not isinstance(annotation, _types.GenericAlias):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return f'{annotation.__module__}.{annotation.__qualname__}'
    return repr(annotation)


def _set(cls, name, value):
    """Adds a generated method unless the class defines its own."""
    if name in ('__repr__', '__eq__', '__init__') and _own(cls, name) is not None:
        return
    try:
        value.__qualname__ = f'{cls.__qualname__}.{name}'
        value.__name__ = name
    except (AttributeError, TypeError):
        pass
    setattr(cls, name, value)


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


def _make_init(cls, positional, keyword, all_fields, frozen):
    """Builds __init__ from source, as CPython does, so that argument errors, defaults and the
    signature are those of an ordinary function."""
    names = {f.name for f in positional + keyword + all_fields}
    self_name = '__dataclass_self__' if 'self' in names else 'self'
    namespace = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
                 '__dataclass_builtins_object__': object}

    def param(f):
        if f.default is not MISSING:
            namespace[f'__dataclass_dflt_{f.name}__'] = f.default
            return f'{f.name}=__dataclass_dflt_{f.name}__'
        if f.default_factory is not MISSING:
            return f'{f.name}=__dataclass_HAS_DEFAULT_FACTORY__'
        return f.name
    params = [self_name] + [param(f) for f in positional]
    if keyword:
        params += ['*'] + [param(f) for f in keyword]

    init_names = {f.name for f in positional + keyword}
    body = []
    for f in all_fields:
        if f.default_factory is not MISSING:
            namespace[f'__dataclass_factory_{f.name}__'] = f.default_factory
            value = f'__dataclass_factory_{f.name}__()'
            if f.name in init_names:
                value = f'{value} if {f.name} is __dataclass_HAS_DEFAULT_FACTORY__ else {f.name}'
        elif f.name in init_names:
            value = f.name
        else:
            # no init and no factory: the class attribute (if any) serves as the value
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__({self_name}, {f.name!r}, {value})')
        else:
            body.append(f'{self_name}.{f.name} = {value}')
    if hasattr(cls, '__post_init__'):
        initvars = ', '.join(f.name for f in positional + keyword if f._field_type == '_FIELD_INITVAR')
        body.append(f'{self_name}.__post_init__({initvars})')
    source = (f'def __init__({", ".join(params)}):\n'
              + ''.join(f'    {line}\n' for line in body or ['pass']))
    exec(source, namespace)
    init = namespace['__init__']
    # the annotations CPython's generated __init__ carries, for inspect.signature
    init.__annotations__ = {**{f.name: f.type for f in positional + keyword}, 'return': None}
    return init


def _make_repr(fields):
    active = set()

    def __repr__(self):
        key = (id(self),)
        if key in active:
            return '...'
        active.add(key)
        try:
            body = ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in fields)
        finally:
            active.discard(key)
        return f'{self.__class__.__qualname__}({body})'
    return __repr__


def _make_order(name, op, fields):
    def method(self, other):
        if other.__class__ is self.__class__:
            return op(tuple(getattr(self, f.name) for f in fields),
                      tuple(getattr(other, f.name) for f in fields))
        return NotImplemented
    return method


class _ClassVarMarker:
    pass


try:
    from typing import ClassVar as _ClassVar
except ImportError:
    _ClassVar = _ClassVarMarker


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type == '_FIELD')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    return _replace(obj, **changes)


def _replace(self, /, **changes):
    """Every dataclass's __replace__ (what copy.replace calls)."""
    for f in getattr(self, _FIELDS).values():
        if f._field_type == '_FIELD_CLASSVAR':
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type == '_FIELD_INITVAR' and f.default is MISSING:
                raise TypeError(f"InitVar {f.name!r} must be specified with replace()")
            changes[f.name] = getattr(self, f.name)
    return self.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            namespace[item[0]] = item[2]
    namespace['__annotations__'] = annotations
    return dataclass(type(cls_name, bases, namespace), **kwargs)
