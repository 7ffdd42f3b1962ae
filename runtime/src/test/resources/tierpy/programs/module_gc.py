# gc: flags, collect() and its callbacks, thresholds, is_tracked, and timeit switching gc off while timing
import gc
import operator
import timeit

print(gc.isenabled(), gc.collect(), gc.collect(0), gc.collect(generation=1))  # expect: True 0 0 0
gc.disable()
print(gc.isenabled())  # expect: False
gc.enable()
print(gc.isenabled())  # expect: True
for bad in (3, -1, 'a'):
    try:
        gc.collect(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# expect: ValueError invalid generation
# expect: ValueError invalid generation
# expect: TypeError 'str' object cannot be interpreted as an integer


def report(phase, info):
    print(phase, info)


gc.callbacks.append(report)
gc.collect()
gc.callbacks.remove(report)
# expect: start {'generation': 2, 'collected': 0, 'uncollectable': 0}
# expect: stop {'generation': 2, 'collected': 0, 'uncollectable': 0}
gc.set_threshold(5, 6, 7)
print(gc.get_threshold())  # expect: (5, 6, 7)
try:
    gc.set_threshold()
except TypeError as e:
    print(e)  # expect: gc.set_threshold requires 1 to 3 arguments
print(gc.garbage, gc.get_debug(), gc.DEBUG_LEAK, gc.get_freeze_count())  # expect: [] 0 38 0
print(sorted(gc.get_stats()[0]))  # expect: ['collected', 'collections', 'uncollectable']


class Node:
    pass


print([gc.is_tracked(o) for o in (1, 'a', None, 1.5, object(), type)])  # expect: [False, False, False, False, False, False]
print([gc.is_tracked(o) for o in ([], set(), Node, Node(), {'a': []})])  # expect: [True, True, True, True, True]
print(gc.is_tracked({'a': 1}), gc.is_finalized(Node()))  # expect: False False
try:
    gc.get_objects()
except NotImplementedError as e:
    print('not available')  # expect: not available

seen = []
timeit.timeit(lambda: seen.append(gc.isenabled()), number=2)
print(seen, gc.isenabled())  # expect: [False, False] True

print(type.__module__, operator.index(7))  # expect: builtins 7
try:
    operator.index(1.5)
except TypeError as e:
    print(e)  # expect: 'float' object cannot be interpreted as an integer
