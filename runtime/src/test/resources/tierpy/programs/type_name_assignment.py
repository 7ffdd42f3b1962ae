# type.__name__ is writable on classes (and checked), as in typeobject.c's type_set_name
class A:
    pass
A.__name__ = 'B'
print(A, A.__name__, A.__qualname__)  # expect: <class '__main__.A'> B A
for value in [1, 'x\0y']:
    try:
        A.__name__ = value
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# expect: TypeError can only assign string to B.__name__, not 'int'
# expect: ValueError type name must not contain null characters
try:
    int.__name__ = 'x'
except TypeError as e:
    print(e)  # expect: cannot set '__name__' attribute of immutable type 'int'
try:
    del A.__name__
except TypeError as e:
    print(e)  # expect: cannot delete '__name__' attribute of immutable type 'B'
try:
    A() < 1
except TypeError as e:
    print(e)  # expect: '<' not supported between instances of 'B' and 'int'
