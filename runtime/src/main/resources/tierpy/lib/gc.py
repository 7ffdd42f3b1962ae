"""The garbage collector's interface, over the JVM's collector.

tierpy's objects are freed by the JVM's garbage collector, not by reference counting and a cycle
collector, so some answers differ from CPython's:
- collect() runs a full JVM collection (weak reference callbacks of the objects it freed run
  then) and returns 0: the JVM does not count what it frees.
- disable() and enable() only set the flag isenabled() reports; the JVM keeps collecting.
- get_count() is always (0, 0, 0) and the thresholds are only stored.
- get_objects(), get_referrers() and get_referents() raise NotImplementedError: the JVM's heap
  cannot be walked from Python.
"""

from operator import index as _index

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

# callables called as callback(phase, info) before ("start") and after ("stop") each collection
callbacks = []
# objects a collection found unreachable but could not free: the JVM frees them all
garbage = []

_enabled = True
_debug = 0
_threshold = [2000, 10, 0]
_collections = [0, 0, 0]


def enable():
    """Enable automatic garbage collection."""
    global _enabled
    _enabled = True


def disable():
    """Disable automatic garbage collection."""
    global _enabled
    _enabled = False


def isenabled():
    """Returns true if automatic garbage collection is enabled."""
    return _enabled


def _run_callbacks(phase, info):
    for callback in list(callbacks):
        callback(phase, info)


def collect(generation=2):
    """Run the garbage collector.

    With no arguments, run a full collection.  The optional argument
    may be an integer specifying which generation to collect.  A ValueError
    is raised if the generation number is invalid.

    The number of unreachable objects is returned.
    """
    generation = _index(generation)
    if not 0 <= generation <= 2:
        raise ValueError("invalid generation")
    _run_callbacks("start", {"generation": generation, "collected": 0, "uncollectable": 0})
    _collect_heap()
    _collections[generation] += 1
    _run_callbacks("stop", {"generation": generation, "collected": 0, "uncollectable": 0})
    return 0


def get_count():
    """Return a three-tuple of the current collection counts."""
    return (0, 0, 0)


def get_threshold():
    """Return the current collection thresholds."""
    return tuple(_threshold)


def set_threshold(*thresholds):
    """Set the collection thresholds (the JVM's collector does not use them)."""
    if not 1 <= len(thresholds) <= 3:
        raise TypeError("gc.set_threshold requires 1 to 3 arguments")
    for i, value in enumerate(thresholds):
        _threshold[i] = _index(value)


def get_debug():
    """Get the garbage collection debugging flags."""
    return _debug


def set_debug(flags, /):
    """Set the garbage collection debugging flags (kept, but the JVM's collector prints nothing)."""
    global _debug
    _debug = _index(flags)


def get_stats():
    """Return a list of dictionaries containing per-generation statistics."""
    return [{"collections": n, "collected": 0, "uncollectable": 0} for n in _collections]


def _heap_not_walkable(name):
    return NotImplementedError(f"gc.{name}() is not available in tierpy: the JVM's heap cannot be walked from Python")


def get_objects(generation=None):
    """Return a list of objects tracked by the collector (not available in tierpy)."""
    raise _heap_not_walkable("get_objects")


def get_referrers(*objs):
    """Return the list of objects that directly refer to any of objs (not available in tierpy)."""
    raise _heap_not_walkable("get_referrers")


def get_referents(*objs):
    """Return the list of objects that are directly referred to by objs (not available in tierpy)."""
    raise _heap_not_walkable("get_referents")


# the types whose instances CPython's collector never tracks: they cannot be part of a cycle
_ATOMIC = (type(None), bool, int, float, complex, str, bytes, object, type(...), type(NotImplemented))


def is_tracked(obj, /):
    """Returns true if the object is tracked by the garbage collector.

    As in CPython: atomic objects are not tracked, nor are dicts holding only untracked objects.
    """
    if type(obj) in _ATOMIC:
        return False
    if isinstance(obj, type):
        return obj.__module__ != "builtins"
    if type(obj) is dict:
        return any(is_tracked(key) or is_tracked(value) for key, value in obj.items())
    return True


def is_finalized(obj, /):
    """Returns true if the object has been already finalized by the GC."""
    return False


def freeze():
    """Freeze all current tracked objects and ignore them for future collections."""


def unfreeze():
    """Unfreeze all objects in the permanent generation."""


def get_freeze_count():
    """Return the number of objects in the permanent generation."""
    return 0
