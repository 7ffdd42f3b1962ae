import sys
import types
import copy

impl = sys.implementation
print(type(impl) is types.SimpleNamespace, type(impl))  # expect: True <class 'types.SimpleNamespace'>
print(impl.name, impl.cache_tag, impl.version == sys.version_info, impl.hexversion == sys.hexversion)  # expect: tierpy None True True
print(repr(impl).startswith("namespace(name='tierpy', cache_tag=None, version=sys.version_info(major=3, minor=14"))  # expect: True
print(list(vars(impl)))  # expect: ['name', 'cache_tag', 'version', 'hexversion', '_multiarch', 'supports_isolated_interpreters']
ns = types.SimpleNamespace({"b": 1}, a=2)
print(ns, ns.a, ns.b)  # expect: namespace(b=1, a=2) 2 1
ns.c = [ns]
print(ns)  # expect: namespace(b=1, a=2, c=[namespace(...)])
print(ns == types.SimpleNamespace(b=1, a=2, c=ns.c), ns != types.SimpleNamespace())  # expect: True True
print(types.SimpleNamespace([("x", 1)]))  # expect: namespace(x=1)
try:
    types.SimpleNamespace({}, {})
except TypeError as e:
    print(e)  # expect: types.SimpleNamespace expected at most 1 positional argument, got 2
try:
    types.SimpleNamespace({1: 2})
except TypeError as e:
    print(e)  # expect: keywords must be strings
print(types.SimpleNamespace.__hash__)  # expect: None


class Point(types.SimpleNamespace):
    pass

p = Point(x=1, y=2)
print(p, p == types.SimpleNamespace(x=1, y=2))  # expect: Point(x=1, y=2) True
print(copy.replace(p, y=5), copy.copy(p))  # expect: Point(x=1, y=5) Point(x=1, y=2)
print(types.SimpleNamespace.__module__, types.SimpleNamespace.__name__)  # expect: types SimpleNamespace
