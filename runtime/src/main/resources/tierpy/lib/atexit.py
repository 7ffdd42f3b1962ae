"""Register functions to be called when the interpreter exits.

They run last-registered first when the program ends (normally, by sys.exit() or after an
uncaught exception's traceback), and when a notebook kernel shuts down.
"""

# (func, args, kwargs), in registration order
_callbacks = []


def register(func, /, *args, **kwargs):
    """Register a function to be executed upon normal program termination.

    func is returned so that this can be used as a decorator.
    """
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _callbacks.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Unregister an exit function which was previously registered using atexit.register."""
    _callbacks[:] = [entry for entry in _callbacks if entry[0] != func]


def _run_exitfuncs():
    """Run all registered exit functions, the last registered first."""
    while _callbacks:
        func, args, kwargs = _callbacks.pop()
        try:
            func(*args, **kwargs)
        except BaseException as error:
            import traceback
            # from the callback's own frame on: the caller here stands for the interpreter's exit
            traceback._print_unraisable(f"Exception ignored in atexit callback {func!r}",
                                        error.with_traceback(error.__traceback__.tb_next))


def _clear():
    """Clear the list of previously registered exit functions."""
    _callbacks.clear()


def _ncallbacks():
    """Return the number of registered exit functions."""
    return len(_callbacks)
