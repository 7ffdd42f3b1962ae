
async def f(a, /, b, *, c):
    async for x in aiter():
        await x
    else:
        pass
    async with a as b, c as (d, e):
        pass
    result = [await y async for y in z if await y]
    return await g(*a, **c)
@decorator
async def h(): yield
