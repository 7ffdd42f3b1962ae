# atexit: register/unregister, exit functions run last-registered first when the program ends
import atexit


def farewell(name, punctuation='.'):
    print('bye', name + punctuation)


@atexit.register
def decorated():
    print('decorated runs last')


atexit.register(farewell, 'first')
atexit.register(farewell, 'second', punctuation='!')
atexit.register(print, 'removed')
atexit.unregister(print)
try:
    atexit.register(42)
except TypeError as e:
    print(e)  # expect: the first argument must be callable
print(decorated.__name__)  # expect: decorated
print('main ends')  # expect: main ends
# expect: bye second!
# expect: bye first.
# expect: decorated runs last
