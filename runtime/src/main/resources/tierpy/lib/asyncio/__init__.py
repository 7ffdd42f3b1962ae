"""Single-threaded asyncio: one event loop running ready callbacks in FIFO order and timers from a heap,
sleeping with time.sleep until the next timer is due (so KeyboardInterrupt still interrupts it).

Tasks, futures, gather/wait/wait_for/as_completed/shield/timeout, TaskGroup, queues and the
synchronisation primitives behave as CPython's, including the order in which tasks take their steps.

Left out: tierpy has no threads, sockets or subprocesses, so to_thread(), loop.run_in_executor(),
streams, transports, subprocesses and signal handlers raise NotImplementedError or are absent.
Asynchronous generators that are abandoned unfinished are closed when the loop shuts them down
(asyncio.run does this at its end), not as soon as they become garbage; "Task exception was never
retrieved" is reported when the loop closes.
"""

import heapq as _heapq
import inspect as _inspect
import itertools as _itertools
import math as _math
import sys as _sys
import time as _time
import types as _types
from collections import deque as _deque
import collections.abc as _abc

__all__ = [
    'BaseEventLoop', 'AbstractEventLoop', 'EventLoop', 'Future', 'Task', 'Handle', 'TimerHandle',
    'CancelledError', 'InvalidStateError', 'TimeoutError', 'QueueEmpty', 'QueueFull', 'QueueShutDown',
    'BrokenBarrierError', 'run', 'Runner', 'sleep', 'create_task', 'ensure_future', 'gather', 'wait',
    'wait_for', 'as_completed', 'shield', 'timeout', 'timeout_at', 'Timeout', 'TaskGroup', 'Queue',
    'PriorityQueue', 'LifoQueue', 'Event', 'Lock', 'Semaphore', 'BoundedSemaphore', 'Condition',
    'get_running_loop', 'get_event_loop', 'new_event_loop', 'set_event_loop', 'iscoroutine',
    'iscoroutinefunction', 'isfuture', 'current_task', 'all_tasks', 'to_thread', 'wrap_future',
    'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
]

TimeoutError = TimeoutError

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


# ---------------------------------------------------------------- exceptions

class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = 'asyncio.queues'


class QueueShutDown(Exception):
    """Raised when putting on to or getting from a shut-down Queue."""
    __module__ = 'asyncio.queues'


class BrokenBarrierError(RuntimeError):
    """Barrier is broken by barrier.abort() call."""
    __module__ = 'asyncio.exceptions'


# ---------------------------------------------------------------- reprs

def _short_repr(obj, level=6):
    """reprlib.repr's abbreviations, as futures print their results."""
    if isinstance(obj, str):
        return _squeeze(repr(obj), 30)
    if isinstance(obj, int) and not isinstance(obj, bool):
        return _squeeze(repr(obj), 40)
    for kind, left, right, limit in ((tuple, '(', ')', 6), (list, '[', ']', 6), (set, '{', '}', 6),
                                     (frozenset, 'frozenset({', '})', 6), (_deque, 'deque([', '])', 6)):
        if type(obj) is kind:
            if not obj:
                return repr(obj)
            if level <= 0:
                return left + '...' + right
            items = sorted(obj, key=repr) if kind in (set, frozenset) else list(obj)
            parts = [_short_repr(x, level - 1) for x in items[:limit]]
            if len(items) > limit:
                parts.append('...')
            tail = ',' if kind is tuple and len(items) == 1 else ''
            return left + ', '.join(parts) + tail + right
    if type(obj) is dict:
        if not obj:
            return '{}'
        if level <= 0:
            return '{...}'
        parts = [f'{_short_repr(k, level - 1)}: {_short_repr(v, level - 1)}' for k, v in list(obj.items())[:4]]
        if len(obj) > 4:
            parts.append('...')
        return '{' + ', '.join(parts) + '}'
    try:
        text = repr(obj)
    except Exception:
        return f'<{type(obj).__name__} instance at {id(obj):#x}>'
    return _squeeze(text, 30)


def _squeeze(text, limit):
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


def _callback_source(func):
    func = _inspect.unwrap(func)
    if _inspect.isfunction(func):
        return func.__code__.co_filename, func.__code__.co_firstlineno
    inner = getattr(func, 'func', None)
    if inner is not None and type(func).__name__ == 'partial':
        return _callback_source(inner)
    return None


def _format_callback(func, args, suffix=''):
    inner = getattr(func, 'func', None)
    if inner is not None and type(func).__name__ == 'partial':
        return _format_callback(inner, func.args, suffix)
    name = getattr(func, '__qualname__', None) or getattr(func, '__name__', None) or repr(func)
    text = name + '(' + ', '.join(_short_repr(a) for a in args) + ')' + suffix
    source = _callback_source(func)
    if source:
        text += f' at {source[0]}:{source[1]}'
    return text


def _format_coroutine(coro):
    name = getattr(coro, '__qualname__', None) or getattr(coro, '__name__', None) or type(coro).__name__
    name += '()'
    frame = getattr(coro, 'cr_frame', None) or getattr(coro, 'gi_frame', None)
    code = getattr(coro, 'cr_code', None) or getattr(coro, 'gi_code', None)
    if code is None:
        return name
    filename = code.co_filename or '<empty co_filename>'
    if frame is not None:
        return f'{name} running at {filename}:{frame.f_lineno}'
    return f'{name} done, defined at {filename}:{code.co_firstlineno}'


# ---------------------------------------------------------------- handles

class Handle:
    """A callback scheduled on the loop."""
    __module__ = 'asyncio.events'

    def __init__(self, callback, args, loop, context=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._context = context

    def _repr_info(self):
        info = [type(self).__name__]
        if self._cancelled:
            info.append('cancelled')
        if self._callback is not None:
            info.append(_format_callback(self._callback, self._args))
        return info

    def __repr__(self):
        return '<' + ' '.join(self._repr_info()) + '>'

    def get_context(self):
        return self._context

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': f'Exception in callback {_format_callback(self._callback, self._args)}',
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    """A callback scheduled for a moment of loop.time()."""
    __module__ = 'asyncio.events'

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(callback, args, loop, context)
        self._when = when
        self._scheduled = False

    def _repr_info(self):
        info = super()._repr_info()
        info.insert(2 if self._cancelled else 1, f'when={self._when}')
        return info

    def __lt__(self, other):
        return self._when < other._when if isinstance(other, TimerHandle) else NotImplemented

    def __le__(self, other):
        return self._when <= other._when if isinstance(other, TimerHandle) else NotImplemented

    def __gt__(self, other):
        return self._when > other._when if isinstance(other, TimerHandle) else NotImplemented

    def __ge__(self, other):
        return self._when >= other._when if isinstance(other, TimerHandle) else NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and self._callback == other._callback
                    and self._args == other._args and self._cancelled == other._cancelled)
        return NotImplemented

    __hash__ = Handle.__hash__

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


# ---------------------------------------------------------------- futures

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def isfuture(obj):
    """True for asyncio Futures and objects that quack like them."""
    return getattr(type(obj), '_asyncio_future_blocking', None) is not None and obj._asyncio_future_blocking is not None


class Future:
    """A result that will be set later, awaited by tasks."""
    __module__ = '_asyncio'

    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._callbacks = []

    def __repr__(self):
        return f"<{type(self).__name__} {' '.join(self._repr_info())}>"

    def _repr_info(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_short_repr(self._result)}')
        if self._callbacks:
            info.append(f'cb=[{self._format_callbacks()}]')
        return info

    def _format_callbacks(self):
        names = [_format_callback(cb, ()) for cb in self._callbacks]
        if len(names) > 2:
            names = [names[0], f'<{len(names) - 2} more>', names[-1]]
        return ', '.join(names)

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc, self._cancelled_exc = self._cancelled_exc, None
            return exc
        return CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks, self._callbacks = self._callbacks[:], []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [cb for cb in self._callbacks if cb != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            # the C Future stores a RuntimeError caused by it rather than refusing
            replacement = RuntimeError('StopIteration interacts badly with generators and cannot be raised into a Future')
            replacement.__cause__ = replacement.__context__ = exception
            exception = replacement
        if not isinstance(exception, BaseException):
            raise TypeError('invalid exception object')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()
        self._log_traceback = True
        self._loop._unretrieved.append(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def _report_unretrieved(self):
        if self._log_traceback:
            self._log_traceback = False
            self._loop.call_exception_handler({
                'message': f'{type(self).__name__} exception was never retrieved',
                'exception': self._exception,
                'future': self,
            })


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


# ---------------------------------------------------------------- tasks

_task_numbers = _itertools.count(1)
_current_tasks = {}


class Task(Future):
    """A coroutine driven step by step by the event loop."""
    __module__ = '_asyncio'

    _fut_waiter = None
    _must_cancel = False

    def __init__(self, coro, *, loop=None, name=None, context=None, eager_start=False):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError(f'a coroutine was expected, got {coro!r}')
        self._coro = coro
        self._name = f'Task-{next(_task_numbers)}' if name is None else str(name)
        self._num_cancels_requested = 0
        self._context = context
        self._loop.call_soon(self.task_step)
        self._loop._tasks.add(self)

    def _repr_info(self):
        info = super()._repr_info()
        if self._num_cancels_requested and not self.done():
            info[0] = 'cancelling'
        info.insert(1, f'name={self._name!r}')
        if self._fut_waiter is not None:
            info.insert(2, f'wait_for={self._fut_waiter!r}')
        info.insert(2, f'coro=<{_format_coroutine(self._coro)}>')
        return info

    def get_coro(self):
        return self._coro

    def get_context(self):
        return self._context

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_stack(self, *, limit=None):
        frame = getattr(self._coro, 'cr_frame', None)
        return [] if frame is None else [frame]

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        self._log_traceback = False
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
            if self._num_cancels_requested == 0:
                self._must_cancel = False
        return self._num_cancels_requested

    def _schedule_callbacks(self):
        self._loop._tasks.discard(self)
        super()._schedule_callbacks()

    def task_step(self, exc=None):
        if self.done():
            raise InvalidStateError(f'__step(): already done: {self!r}, {exc!r}')
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        loop = self._loop
        previous = _current_tasks.get(loop)
        _current_tasks[loop] = self
        try:
            self._take_step(exc)
        finally:
            if previous is None:
                del _current_tasks[loop]
            else:
                _current_tasks[loop] = previous

    def _take_step(self, exc):
        # CPython steps tasks in C: the tracebacks of what the coroutine raises start in the coroutine
        try:
            if exc is None:
                yielded = self._coro.send(None)
            else:
                yielded = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            cancelled.__traceback__ = _without_own_frames(cancelled.__traceback__)
            self._cancelled_exc = cancelled
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            error.__traceback__ = _without_own_frames(error.__traceback__)
            Future.set_exception(self, error)
        else:
            self._wait_on(yielded)

    def _wait_on(self, yielded):
        """What the coroutine yielded decides when its next step runs."""
        blocking = getattr(yielded, '_asyncio_future_blocking', None)
        if blocking is not None:
            if yielded.get_loop() is not self._loop:
                problem = RuntimeError(f'Task {self!r} got Future {yielded!r} attached to a different loop')
            elif not blocking:
                problem = RuntimeError(f'yield was used instead of yield from in task {self!r} with {yielded!r}')
            elif yielded is self:
                problem = RuntimeError(f'Task cannot await on itself: {self!r}')
            else:
                yielded._asyncio_future_blocking = False
                yielded.add_done_callback(self.task_wakeup)
                self._fut_waiter = yielded
                if self._must_cancel and yielded.cancel(msg=self._cancel_message):
                    self._must_cancel = False
                return
        elif yielded is None:
            self._loop.call_soon(self.task_step)
            return
        elif _inspect.isgenerator(yielded):
            problem = RuntimeError(
                f'yield was used instead of yield from for generator in task {self!r} with {yielded!r}')
        else:
            problem = RuntimeError(f'Task got bad yield: {yielded!r}')
        self._loop.call_soon(self.task_step, problem)

    def task_wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self.task_step(exc)
        else:
            self.task_step()


def iscoroutine(obj):
    """True for coroutine objects (native or registered as collections.abc.Coroutine)."""
    return isinstance(obj, (_types.CoroutineType, _abc.Coroutine))


def iscoroutinefunction(func):
    """Deprecated alias of inspect.iscoroutinefunction."""
    import warnings
    warnings.warn("'asyncio.iscoroutinefunction' is deprecated and slated for removal in Python 3.16; "
                  'use inspect.iscoroutinefunction() instead', DeprecationWarning, stacklevel=2)
    return _inspect.iscoroutinefunction(func)


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in loop._tasks if not t.done()}


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name, context=context)


async def _wrap_awaitable(awaitable):
    return await awaitable


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        if not _inspect.isawaitable(coro_or_future):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _wrap_awaitable(coro_or_future)
    if loop is None:
        loop = get_event_loop()
    return loop.create_task(coro_or_future)


@_types.coroutine
def _yield_once():
    yield


async def sleep(delay, result=None):
    """Coroutine that completes after a given time (in seconds)."""
    if delay <= 0:
        await _yield_once()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        handle.cancel()


# ---------------------------------------------------------------- the event loop

_running_loop = None
_current_loop = None


def _get_running_loop():
    return _running_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _current_loop


def set_event_loop(loop):
    global _current_loop
    if loop is not None and not isinstance(loop, AbstractEventLoop):
        raise TypeError(f"loop must be an instance of AbstractEventLoop or None, not '{type(loop).__name__}'")
    _current_loop = loop


def new_event_loop():
    return EventLoop()


def _without_own_frames(tb):
    while tb is not None and tb.tb_frame.f_code.co_filename == _without_own_frames.__code__.co_filename:
        tb = tb.tb_next
    return tb


class AbstractEventLoop:
    """Abstract event loop."""
    __module__ = 'asyncio.events'


class BaseEventLoop(AbstractEventLoop):
    """The loop: ready callbacks in FIFO order, timers in a heap."""
    __module__ = 'asyncio.base_events'

    def __init__(self):
        self._ready = _deque()
        self._scheduled = []
        self._cancelled_timers = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._debug = False
        self._exception_handler = None
        self._task_factory = None
        self._tasks = set()
        self._asyncgens = []
        self._asyncgens_shutdown_called = False
        self._unretrieved = []

    def __repr__(self):
        return (f'<{type(self).__name__} running={self.is_running()} '
                f'closed={self.is_closed()} debug={self.get_debug()}>')

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def time(self):
        return _time.monotonic()

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        if self._task_factory is not None:
            task = self._task_factory(self, coro)
            if name is not None:
                task.set_name(name)
            return task
        return Task(coro, loop=self, name=name, context=context)

    def set_task_factory(self, factory):
        if factory is not None and not callable(factory):
            raise TypeError('task factory must be a callable or None')
        self._task_factory = factory

    def get_task_factory(self):
        return self._task_factory

    def _check_callback(self, callback, method):
        if iscoroutine(callback) or _inspect.iscoroutinefunction(callback):
            raise TypeError(f'coroutines cannot be used with {method}()')
        if not callable(callback):
            raise TypeError(f'a callable object was expected by {method}(), got {callback!r}')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_soon')
        handle = Handle(callback, args, self, context)
        self._ready.append(handle)
        return handle

    call_soon_threadsafe = call_soon

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        if self._debug:
            self._check_callback(callback, 'call_at')
        timer = TimerHandle(when, callback, args, self, context)
        _heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._cancelled_timers += 1

    def stop(self):
        self._stopping = True

    def run_forever(self):
        global _running_loop
        self._check_closed()
        self._check_running()
        old_hooks = _sys.get_asyncgen_hooks()
        _sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                                finalizer=self._asyncgen_finalizer_hook)
        self._running = True
        _running_loop = self
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = None
            _sys.set_asyncgen_hooks(*old_hooks)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        scheduled = self._scheduled
        if self._cancelled_timers > 100 and self._cancelled_timers * 2 > len(scheduled):
            self._scheduled = scheduled = [t for t in scheduled if not t._cancelled]
            _heapq.heapify(scheduled)
            for timer in scheduled:
                timer._scheduled = True
            self._cancelled_timers = 0
        else:
            while scheduled and scheduled[0]._cancelled:
                self._cancelled_timers -= 1
                _heapq.heappop(scheduled)._scheduled = False
        if self._ready or self._stopping:
            pass
        elif scheduled:
            delay = scheduled[0]._when - self.time()
            if delay > 0:
                # epoll waits whole milliseconds, rounding up: timers due within the same
                # millisecond then run in the same iteration, as on CPython
                _time.sleep(_math.ceil(delay * 1e3) * 1e-3)
        else:
            # Nothing can ever wake a single-threaded loop: wait like CPython's selector would, forever.
            while True:
                _time.sleep(3600)
        due = self.time() + 1e-09
        while scheduled and scheduled[0]._when < due:
            timer = _heapq.heappop(scheduled)
            timer._scheduled = False
            self._ready.append(timer)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._cancelled_timers = 0
        unretrieved, self._unretrieved = self._unretrieved, []
        for future in unretrieved:
            future._report_unretrieved()

    def _asyncgen_firstiter_hook(self, agen):
        if len(self._asyncgens) > 64:
            self._asyncgens = [g for g in self._asyncgens if g.ag_frame is not None]
        self._asyncgens.append(agen)

    def _asyncgen_finalizer_hook(self, agen):
        if agen in self._asyncgens:
            self._asyncgens.remove(agen)
        if not self._closed:
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        agens, self._asyncgens = [g for g in self._asyncgens if g.ag_frame is not None], []
        if not agens:
            return
        results = await gather(*[agen.aclose() for agen in agens], return_exceptions=True)
        for result, agen in zip(results, agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self, timeout=None):
        pass

    def run_in_executor(self, executor, func, *args):
        raise NotImplementedError('tierpy has no threads: loop.run_in_executor() is not available')

    def set_exception_handler(self, handler):
        if handler is not None and not callable(handler):
            raise TypeError(f'A callable object or None is expected, got {handler!r}')
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        lines = [context.get('message') or 'Unhandled exception in event loop']
        for key in sorted(context):
            if key not in ('message', 'exception'):
                lines.append(f'{key}: {context[key]!r}')
        exception = context.get('exception')
        if exception is not None:
            import traceback
            tb = _without_own_frames(exception.__traceback__)
            lines.append(''.join(traceback.format_exception(type(exception), exception, tb)).rstrip('\n'))
        _sys.stderr.write('\n'.join(lines) + '\n')

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            try:
                self.default_exception_handler(context)
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass
            return
        try:
            self._exception_handler(self, context)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            try:
                self.default_exception_handler({
                    'message': 'Unhandled error in exception handler',
                    'exception': exc,
                    'context': context,
                })
            except (SystemExit, KeyboardInterrupt):
                raise
            except BaseException:
                pass


class EventLoop(BaseEventLoop):
    __module__ = 'asyncio.unix_events'


EventLoop.__name__ = EventLoop.__qualname__ = '_UnixSelectorEventLoop'
SelectorEventLoop = EventLoop


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


# ---------------------------------------------------------------- running

class Runner:
    """Runs coroutines in one event loop, closing it at the end."""
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._state = 'created'

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError('Runner is closed')
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            set_event_loop(self._loop)
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'

    def run(self, coro, *, context=None):
        if _running_loop is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        if iscoroutine(coro):
            task = self._loop.create_task(coro, context=context)
        else:
            task = ensure_future(coro, loop=self._loop)
        return self._loop.run_until_complete(task)

    def close(self):
        if self._state != 'initialized':
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            if self._loop_factory is None:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'


def _cancel_all_tasks(loop):
    pending = [t for t in loop._tasks if not t.done()]
    if not pending:
        return
    for task in pending:
        task.cancel()
    loop.run_until_complete(gather(*pending, return_exceptions=True))
    for task in pending:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


def run(main, *, debug=None, loop_factory=None):
    """Execute the awaitable in a new event loop, closing the loop at the end."""
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    with Runner(debug=debug, loop_factory=loop_factory) as runner:
        return runner.run(main)


async def to_thread(func, /, *args, **kwargs):
    """Not available: tierpy has no threads."""
    raise NotImplementedError('tierpy has no threads: asyncio.to_thread() is not available')


def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    raise NotImplementedError('tierpy has no threads: concurrent futures cannot be wrapped')


from asyncio._combinators import *  # noqa: E402
from asyncio._combinators import __all__ as _more
from asyncio._sync import *  # noqa: E402
from asyncio._sync import __all__ as _sync_all

__all__ = __all__ + [n for n in _more + _sync_all if n not in __all__]
