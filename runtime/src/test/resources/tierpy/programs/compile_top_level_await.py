# compile(..., flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT): module code may await, async for/with and async comprehensions; it runs as a coroutine
import ast, types
async def foo(): return 42
class Later:
    def __await__(self):
        v = yield 'paused'
        return v
c = compile('x = await foo()\ny = await Later()\nprint(x, y)', '<s>', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(hex(c.co_flags))
coro = eval(c)
print(type(coro).__name__)
print(coro.send(None))
try:
    coro.send('resumed')
except StopIteration as e:
    print('done', e.value)
c2 = compile('x = 1', '<s>', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(hex(c2.co_flags), eval(c2))
c3 = compile('[i async for i in agen()]', '<s>', 'eval', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
async def agen():
    yield 1; yield 2
co = eval(c3)
try:
    co.send(None)
except StopIteration as e:
    print('comp', e.value)
c4 = compile('async for i in agen():\n    print(i)\nasync with Ctx() as v:\n    print(v)', '<s>', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
class Ctx:
    async def __aenter__(self): return 'in'
    async def __aexit__(self, *a): return False
co = eval(c4)
try:
    co.send(None)
except StopIteration as e:
    print('for/with', e.value)
try:
    compile('def f():\n    await x', '<s>', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
except SyntaxError as e:
    print(e)
# expect: 0x80
# expect: coroutine
# expect: paused
# expect: 42 resumed
# expect: done None
# expect: 0x0 None
# expect: comp [1, 2]
# expect: 1
# expect: 2
# expect: in
# expect: for/with None
# expect: 'await' outside async function (<s>, line 2)
