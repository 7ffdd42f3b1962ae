# asyncio: task step order, gather/wait/wait_for/timeout/shield/as_completed, TaskGroup, queues, locks, loop API
import asyncio


def f():
    pass


print(f.__class__.__name__, (lambda: 0).__class__ is type(f))  # expect: function True


async def worker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name * 2


async def fail(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)


async def steps():
    t1 = asyncio.create_task(worker("a", 3))
    t2 = asyncio.create_task(worker("b", 2), name="bee")
    print(t1.get_name(), t2.get_name(), t1.done())
    print(await asyncio.gather(t1, t2, worker("c", 1)))
    print(await asyncio.sleep(0, result="slept"))
    print(await asyncio.gather(fail("x"), worker("d", 1), return_exceptions=True))
    try:
        await asyncio.gather(fail("y"), worker("e", 1))
    except ValueError as e:
        print("caught", e)
    print(await asyncio.gather())


async def cancelling():
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", repr(e), t.cancelled())
    print(t.cancel())
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel("because")
    print(await asyncio.gather(t, return_exceptions=True))
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result", e.args)
    print(asyncio.CancelledError.__mro__[1].__name__)


async def timeouts():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        print("wait_for", type(e).__name__, type(e.__cause__).__name__)
    print(asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(worker("w", 1), 1))
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout", cm.expired())
    async with asyncio.timeout(None) as cm:
        await asyncio.sleep(0)
    print(cm.expired(), cm.when())


async def futures():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(fut)
    fut.add_done_callback(lambda f: print("callback", f.result()))
    fut.set_result([1, 2, 3, 4, 5, 6, 7, 8])
    print(fut)
    await asyncio.sleep(0)
    try:
        fut.set_result(4)
    except asyncio.InvalidStateError as e:
        print(type(e).__name__, e)
    try:
        loop.create_future().result()
    except asyncio.InvalidStateError as e:
        print(e)
    bad = loop.create_future()
    bad.set_exception(KeyError("k"))
    print(bad, repr(bad.exception()))
    stop = loop.create_future()
    stop.set_exception(StopIteration)
    print(repr(stop.exception()), repr(stop.exception().__cause__))
    t = asyncio.create_task(fail("logged"))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(str(t).split(' coro=')[0], repr(t).split('>')[-2])
    print(repr(t.exception()))
    print(asyncio.current_task().get_name(), len(asyncio.all_tasks()))


async def groups():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(worker("g", 2))
        b = tg.create_task(worker("h", 1))
    print(a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("in group"))
            slow = tg.create_task(asyncio.sleep(10))
    except* ValueError as eg:
        print("eg", repr(eg.exceptions), slow.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail("one"))
    except ExceptionGroup as eg:
        print(eg)


async def waiting():
    fast = asyncio.create_task(asyncio.sleep(0.01, "fast"))
    slow = asyncio.create_task(asyncio.sleep(2, "slow"))
    done, pending = await asyncio.wait([fast, slow], return_when=asyncio.FIRST_COMPLETED)
    print([t.result() for t in done], pending == {slow})
    slow.cancel()
    done, pending = await asyncio.wait([fast, slow])
    print(len(done), len(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    for aw in asyncio.as_completed([asyncio.sleep(0.3, "late"), asyncio.sleep(0.01, "early")]):
        print("as_completed", await aw)
    inner = asyncio.create_task(worker("shielded", 2))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", inner.cancelled())
    print(await inner)


async def primitives():
    q = asyncio.Queue(maxsize=2)
    await q.put(1)
    q.put_nowait(2)
    try:
        q.put_nowait(3)
    except asyncio.QueueFull as e:
        print("full", repr(e), q.full())
    print(q.qsize(), q.get_nowait(), await q.get(), q.empty())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    print(str(q))

    jobs = asyncio.Queue()

    async def consume(n):
        while True:
            item = await jobs.get()
            print("consumer", n, "item", item)
            await asyncio.sleep(0)
            jobs.task_done()
    consumers = [asyncio.create_task(consume(i)) for i in range(2)]
    for i in range(5):
        jobs.put_nowait(i)
    await jobs.join()
    for c in consumers:
        c.cancel()
    print(await asyncio.gather(*consumers, return_exceptions=True))
    try:
        jobs.task_done()
    except ValueError as e:
        print(e)

    lock = asyncio.Lock()
    async with lock:
        print(lock.locked(), repr(lock).endswith("[locked]>"))
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    async def hold(n):
        async with lock:
            print("hold", n)
            await asyncio.sleep(0)
            print("free", n)
    await asyncio.gather(hold(1), hold(2))

    ev = asyncio.Event()

    async def waiter():
        print("waiting", ev.is_set())
        await ev.wait()
        print("woke", ev.is_set())
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await w

    sem = asyncio.Semaphore(2)

    async def limited(i):
        async with sem:
            print("in", i)
            await asyncio.sleep(0)
            print("out", i)
    await asyncio.gather(*(limited(i) for i in range(4)))
    try:
        asyncio.BoundedSemaphore(1).release()
    except ValueError as e:
        print(e)

    cond = asyncio.Condition()
    items = []

    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            print("consumed", items.pop())
    c = asyncio.create_task(consumer())
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await c


async def loop_api():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "soon 1")
    loop.call_later(0.01, print, "later")
    loop.call_soon(print, "soon 2")
    await asyncio.sleep(0.05)
    print(loop.is_running(), loop.is_closed(), asyncio.get_event_loop() is loop)
    coro = steps()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(e)
    coro.close()


async def errors_and_reprs():
    loop = asyncio.get_running_loop()
    print(loop)
    try:
        asyncio.Task(5)
    except TypeError as e:
        print(e)
    coro = sub()
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print(e)
    try:
        await asyncio.wait(coro)
    except TypeError as e:
        print(e)
    coro.close()
    try:
        await asyncio.wait([asyncio.create_task(sub())], return_when="X")
    except ValueError as e:
        print(e)
    try:
        asyncio.ensure_future(5)
    except TypeError as e:
        print(e)
    try:
        loop.close()
    except RuntimeError as e:
        print(e)
    tg = asyncio.TaskGroup()
    print(repr(tg))
    async with tg:
        tg.create_task(sub())
        print(repr(tg))
    print(repr(tg))
    lock = asyncio.Lock()
    await lock.acquire()
    t = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(repr(lock).split(" at ")[0], repr(lock).split(">")[0][-20:])
    lock.release()
    await t
    print(repr(asyncio.Semaphore(0))[-10:], repr(asyncio.Semaphore(3))[-20:])
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print(e)
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timeout(0)", repr(e))
    try:
        await asyncio.wait_for(sub(), 0)
    except TimeoutError as e:
        print("wait_for 0", repr(e))
    print(await asyncio.wait_for(asyncio.sleep(0, 5), None))
    cond = asyncio.Condition()
    try:
        cond.notify()
    except RuntimeError as e:
        print(e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print(e)

    async def seven():
        return 7
    async for f in asyncio.as_completed([seven()]):
        print("async as_completed", f.result())
    try:
        for aw in asyncio.as_completed([asyncio.sleep(1)], timeout=0.01):
            await aw
    except TimeoutError as e:
        print("as_completed timeout", repr(e))


async def sub():
    await asyncio.sleep(0)


async def main():
    for part in (steps, cancelling, timeouts, futures, groups, waiting, primitives, loop_api, errors_and_reprs):
        await part()
    return "main done"


# expect: Task-2 bee False
# expect: a 0
# expect: b 0
# expect: c 0
# expect: a 1
# expect: b 1
# expect: a 2
# expect: ['aa', 'bb', 'cc']
# expect: slept
# expect: d 0
# expect: [ValueError('x'), 'dd']
# expect: e 0
# expect: caught y
# expect: []
# expect: True False False
# expect: cancelled CancelledError() True
# expect: False
# expect: [CancelledError('')]
# expect: result ('because',)
# expect: BaseException
# expect: wait_for TimeoutError CancelledError
# expect: True
# expect: w 0
# expect: ww
# expect: timeout True
# expect: False None
# expect: <Future pending>
# expect: <Future finished result=[1, 2, 3, 4, 5, 6, ...]>
# expect: callback [1, 2, 3, 4, 5, 6, 7, 8]
# expect: InvalidStateError invalid state
# expect: Result is not set.
# expect: <Future finished exception=KeyError('k')> KeyError('k')
# expect: RuntimeError('StopIteration interacts badly with generators and cannot be raised into a Future') StopIteration()
# expect: <Task finished name='Task-10'  exception=ValueError('logged')
# expect: ValueError('logged')
# expect: Task-1 1
# expect: g 0
# expect: h 0
# expect: g 1
# expect: gg hh
# expect: eg (ValueError('in group'),) True
# expect: unhandled errors in a TaskGroup (1 sub-exception)
# expect: ['fast'] True
# expect: 2 0
# expect: Set of Tasks/Futures is empty.
# expect: as_completed early
# expect: as_completed late
# expect: outer cancelled False
# expect: shielded 0
# expect: shielded 1
# expect: shieldedshielded
# expect: full QueueFull() True
# expect: 2 1 2 True
# expect: empty
# expect: <Queue maxsize=2 tasks=2>
# expect: consumer 0 item 0
# expect: consumer 1 item 1
# expect: consumer 0 item 2
# expect: consumer 1 item 3
# expect: consumer 0 item 4
# expect: [CancelledError(''), CancelledError('')]
# expect: task_done() called too many times
# expect: True True
# expect: Lock is not acquired.
# expect: hold 1
# expect: free 1
# expect: hold 2
# expect: free 2
# expect: waiting False
# expect: woke True
# expect: in 0
# expect: in 1
# expect: out 0
# expect: out 1
# expect: in 2
# expect: in 3
# expect: out 2
# expect: out 3
# expect: BoundedSemaphore released too many times
# expect: consumed 1
# expect: soon 1
# expect: soon 2
# expect: later
# expect: True False True
# expect: asyncio.run() cannot be called from a running event loop
# expect: <_UnixSelectorEventLoop running=True closed=False debug=False>
# expect: a coroutine was expected, got 5
# expect: Passing coroutines is forbidden, use tasks explicitly.
# expect: expect a list of futures, not coroutine
# expect: Invalid return_when value: X
# expect: An asyncio.Future, a coroutine or an awaitable is required
# expect: Cannot close a running event loop
# expect: <TaskGroup>
# expect: <TaskGroup tasks=1 entered>
# expect: <TaskGroup entered>
# expect: <asyncio.locks.Lock object  [locked, waiters:1]
# expect:  [locked]> [unlocked, value:3]>
# expect: Semaphore initial value must be >= 0
# expect: timeout(0) TimeoutError()
# expect: wait_for 0 TimeoutError()
# expect: 5
# expect: cannot notify on un-acquired lock
# expect: cannot wait on un-acquired lock
# expect: async as_completed 7
# expect: as_completed timeout TimeoutError()
print(asyncio.run(main()))  # expect: main done
