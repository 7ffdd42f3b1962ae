# The types module: names for built-in types and dynamic class creation.
import types
def f(): pass
print(types.FunctionType is type(f), types.LambdaType is type(f))  # expect: True True
print(types.FunctionType.__name__, types.CodeType.__name__, types.MethodType.__name__)  # expect: function code method
print(types.BuiltinFunctionType.__name__, types.ModuleType.__name__, types.GeneratorType.__name__)  # expect: builtin_function_or_method module generator
print(types.NoneType, types.EllipsisType, types.NotImplementedType)  # expect: <class 'NoneType'> <class 'ellipsis'> <class 'NotImplementedType'>
print(types.MappingProxyType.__name__, types.CellType.__name__, types.FrameType.__name__)  # expect: mappingproxy cell frame
print(types.GetSetDescriptorType.__name__, types.MemberDescriptorType.__name__)  # expect: getset_descriptor member_descriptor
print(types.GenericAlias, types.UnionType)  # expect: <class 'types.GenericAlias'> <class 'typing.Union'>
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [2]
print(ns)  # expect: namespace(a=1, b='x', c=[2])
print(ns == types.SimpleNamespace(a=1, b='x', c=[2]))  # expect: True

g = types.FunctionType(f.__code__, {}, 'g')
print(g.__name__, g() is None)  # expect: g True

class A:
    def hello(self):
        return 'hello from ' + type(self).__name__
bound = types.MethodType(A.hello, A())
print(bound())  # expect: hello from A

def body(ns):
    ns['x'] = 42
    ns['double'] = lambda self: self.x * 2
C = types.new_class('C', (A,), exec_body=body)
print(C.__name__, C.__mro__[1].__name__, C().double(), C().hello())  # expect: C A 84 hello from C

class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.flag = kw.get('flag')
        return cls
D = types.new_class('D', (), {'metaclass': Meta, 'flag': 'on'})
print(type(D).__name__, D.flag)  # expect: Meta on
print(types.prepare_class('E', (A,)))  # expect: (<class 'type'>, {}, {})

class Entry:
    def __mro_entries__(self, bases):
        return (A,)
print(types.resolve_bases((Entry(), int)))  # expect: (<class '__main__.A'>, <class 'int'>)
F = types.new_class('F', (Entry(),))
print(F.__bases__, len(types.get_original_bases(F)))  # expect: (<class '__main__.A'>,) 1
print(sorted(n for n in types.__all__ if n.endswith('Type'))[:4])  # expect: ['AsyncGeneratorType', 'BuiltinFunctionType', 'BuiltinMethodType', 'CellType']

# int | str is typing.Union in 3.14 (types.UnionType names the same class)
u = int | str
print(u, type(u) is types.UnionType, u.__args__)  # expect: int | str True (<class 'int'>, <class 'str'>)
print(int | None, None | int, int | int, (int | str) | (str | float))  # expect: int | None None | int <class 'int'> int | str | float
print(isinstance(3, int | str), isinstance(3.0, int | str), issubclass(bool, int | None))  # expect: True False True
print((int | str) == (str | int), hash(int | str) == hash(str | int))  # expect: True True
print(list[int] | None, A | None)  # expect: list[int] | None __main__.A | None
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print(e)  # expect: isinstance() argument 2 cannot be a parameterized generic
try:
    int | 3
except TypeError as e:
    print(e)  # expect: unsupported operand type(s) for |: 'type' and 'int'
