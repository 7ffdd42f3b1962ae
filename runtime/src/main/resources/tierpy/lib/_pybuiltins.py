"""Builtins whose C implementation in Python/bltinmodule.c is simplest to model in Python."""


async def anext_with_default(iterator, default):
    """anext(iterator, default): awaits __anext__(), the default when the iterator is exhausted."""
    try:
        return await type(iterator).__anext__(iterator)
    except StopAsyncIteration:
        return default
