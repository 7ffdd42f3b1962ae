# compile()'s optimize argument for source strings: 1 drops assert statements and makes __debug__ False, 2 also drops docstrings
source = '''
"""module doc"""
def f():
    "function doc"
    assert False, "checked"
    return __debug__
result = (f(), f.__doc__)
'''
for level in (0, 1, 2):
    namespace = {}
    try:
        exec(compile(source, 'opt', 'exec', optimize=level), namespace)
        print(level, namespace['result'], namespace.get('__doc__'))
    except AssertionError as e:
        print(level, 'AssertionError', e)
# expect: 0 AssertionError checked
# expect: 1 (False, 'function doc') module doc
# expect: 2 (False, None) None
print(compile('x', 's', 'eval', optimize=-1).co_consts, eval(compile('__debug__', 's', 'eval', optimize=1)))  # expect: () False
