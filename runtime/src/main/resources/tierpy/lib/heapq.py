"""Mirrors Lib/heapq.py: the binary min-heap on lists, with CPython's sift order (so the list
contents equal CPython's after every operation)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge', 'nlargest', 'nsmallest',
           'heappushpop', 'heappush_max', 'heappop_max', 'heapify_max', 'heapreplace_max',
           'heappushpop_max']


def _require_list(function, heap, position='argument 1'):
    """Modules/_heapqmodule.c takes exactly a list (Argument Clinic's message)."""
    if not isinstance(heap, list):
        given = 'None' if heap is None else type(heap).__name__
        raise TypeError(f'{function}() {position} must be list, not {given}')


def _require_items(heap):
    if not heap:
        raise IndexError('index out of range')


def heappush(heap, item):
    _require_list('heappush', heap)
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    _require_list('heappop', heap, 'argument')
    _require_items(heap)
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    _require_list('heapreplace', heap)
    _require_items(heap)
    result = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return result


def heappushpop(heap, item):
    _require_list('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    _require_list('heapify', x, 'argument')
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def heappop_max(heap):
    _require_list('heappop_max', heap, 'argument')
    _require_items(heap)
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _siftup_max(heap, 0)
        return item
    return last


def heapreplace_max(heap, item):
    _require_list('heapreplace_max', heap)
    _require_items(heap)
    result = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return result


def heappush_max(heap, item):
    _require_list('heappush_max', heap)
    heap.append(item)
    _siftdown_max(heap, 0, len(heap) - 1)


def heappushpop_max(heap, item):
    _require_list('heappushpop_max', heap)
    if heap and item < heap[0]:
        item, heap[0] = heap[0], item
        _siftup_max(heap, 0)
    return item


def heapify_max(x):
    _require_list('heapify_max', x, 'argument')
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


def merge(*iterables, key=None, reverse=False):
    entries = []
    for order, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append((value if key is None else key(value), order, value, it))
            break
    while entries:
        best = None
        for e in entries:
            if best is None or (e[0] > best[0] if reverse else e[0] < best[0]) or \
                    (e[0] == best[0] and e[1] < best[1]):
                best = e
        yield best[2]
        entries.remove(best)
        for value in best[3]:
            entries.append((value if key is None else key(value), best[1], value, best[3]))
            break


def nsmallest(n, iterable, key=None):
    return _nbest(n, iterable, key, min, False, lambda: range(n))


def nlargest(n, iterable, key=None):
    return _nbest(n, iterable, key, max, True, lambda: range(0, -n, -1))


def _nbest(n, iterable, key, best, reverse, positions):
    """The n first of sorted(iterable, key=key, reverse=reverse), with Lib/heapq.py's order of
    checks (so a bad n fails as it does there)."""
    if n == 1:
        sentinel = object()
        result = best(iter(iterable), default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=reverse)[:n]
    count = len(positions())
    return sorted(iterable, key=key, reverse=reverse)[:count]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]


# the heap operations come from the C module _heapq in CPython: their calls leave no traceback frames
import _tierpy_traceback
_tierpy_traceback.builtin_frames(heappush, heappop, heapreplace, heappushpop, heapify, heappop_max, heapreplace_max,
                                 heappush_max, heappushpop_max, heapify_max, _siftdown, _siftup, _siftdown_max,
                                 _siftup_max)
del _tierpy_traceback
