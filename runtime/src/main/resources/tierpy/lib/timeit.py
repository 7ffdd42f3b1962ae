"""Mirrors Lib/timeit.py: Timer over callables and source strings, timeit, repeat, default_timer and
the `-m timeit` command line.

A source statement is compiled, with its setup, into the body of one function that loops over it,
as CPython does, so it runs as fast local code; the garbage collector is off while timing."""

import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

dummy_src_name = "<timeit-src>"
default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5
_globals = globals  # the parameter of that name shadows it in Timer: a string stmt sees this module's globals


def _indented(source, spaces):
    return source.replace("\n", "\n" + " " * spaces)


def _gc_pause():
    """Turns the collector off (when there is one) and returns a function that restores it."""
    try:
        import gc
    except ImportError:
        return lambda: None
    was_enabled = gc.isenabled()
    gc.disable()
    return gc.enable if was_enabled else (lambda: None)


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {}
        global_ns = _globals() if globals is None else globals
        arguments = ""
        if isinstance(setup, str):
            compile(setup, dummy_src_name, "exec")  # a syntax error in setup alone points into setup
            setup_text = _indented(setup, 4)
            stmt_prefix = setup + "\n"
        elif callable(setup):
            namespace["_setup"] = setup
            arguments += ", _setup=_setup"
            setup_text, stmt_prefix = "_setup()", ""
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            compile(stmt_prefix + stmt, dummy_src_name, "exec")
            stmt_text = _indented(stmt, 8)
        elif callable(stmt):
            namespace["_stmt"] = stmt
            arguments += ", _stmt=_stmt"
            stmt_text = "_stmt()"
        else:
            raise ValueError("stmt is neither a string nor callable")
        self.src = (f"\ndef inner(_it, _timer{arguments}):\n"
                    f"    {setup_text}\n"
                    f"    _t0 = _timer()\n"
                    f"    for _i in _it:\n"
                    f"        {stmt_text}\n"
                    f"        pass\n"
                    f"    _t1 = _timer()\n"
                    f"    return _t1 - _t0\n")
        code = compile(self.src, dummy_src_name, "exec")
        import linecache
        linecache._register_code(code, self.src, dummy_src_name)
        exec(code, global_ns, namespace)
        self.inner = namespace["inner"]

    def print_exc(self, file=None):
        import traceback
        traceback.print_exc(file=file)

    def timeit(self, number=default_number):
        restore = _gc_pause()
        try:
            # range, not CPython's itertools.repeat: tierpy's itertools is written in Python
            return self.inner(range(number), self.timer)
        finally:
            restore()

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}
_USAGE = """Usage: python -m timeit [-n N] [-r N] [--unit U] [-s S] [-p] [-v] [-h] [--] [statement]"""


def main(args=None, *, _wrap_timer=None):
    """`python -m timeit`: times the statement and prints the best of the repeats per loop."""
    if args is None:
        args = sys.argv[1:]
    number, repeat_count, unit, verbose, setup, timer = 0, default_repeat, None, 0, [], default_timer
    statements = []
    i = 0
    while i < len(args):
        arg = args[i]
        value = None
        for short, long in (("-n", "--number"), ("-r", "--repeat"), ("-s", "--setup"), ("-u", "--unit")):
            if arg in (short, long):
                if i + 1 >= len(args):
                    print(f"option {arg} requires argument")
                    print("use -h/--help for command line help")
                    return 2
                i += 1
                value, arg = args[i], short
            elif arg.startswith(short) and len(arg) > 2 and not arg.startswith("--"):
                value, arg = arg[2:], short
            elif arg.startswith(long + "="):
                value, arg = arg[len(long) + 1:], short
        if arg == "--":
            statements.extend(args[i + 1:])
            break
        if arg == "-n":
            number = int(value)
        elif arg == "-r":
            repeat_count = max(int(value), 1)
        elif arg == "-s":
            setup.append(value)
        elif arg == "-u":
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
            unit = value
        elif arg in ("-p", "--process"):
            timer = time.process_time
        elif arg in ("-v", "--verbose"):
            verbose += 1
        elif arg in ("-h", "--help"):
            print(__doc__)
            print(_USAGE)
            return 0
        elif arg.startswith("-") and arg != "-":
            print(f"option {arg} not recognized")
            print("use -h/--help for command line help")
            return 2
        else:
            statements.extend(args[i:])
            break
        i += 1
    stmt = "\n".join(statements) or "pass"
    precision = 3 + verbose
    t = Timer(stmt, "\n".join(setup) or "pass", timer)

    def format_time(dt):
        if unit is not None:
            return "%.*g %s" % (precision, dt / _UNITS[unit], unit)
        for scale, name in sorted(((scale, name) for name, scale in _UNITS.items()), reverse=True):
            if dt >= scale:
                break
        return "%.*g %s" % (precision, dt / scale, name)

    try:
        if number == 0:
            def report(n, seconds):
                if verbose:
                    plural = n != 1
                    print("%d loop%s -> %.*g secs" % (n, "s" if plural else "", precision, seconds))
            number, _ = t.autorange(report if verbose else None)
            if verbose:
                print()
        raw = t.repeat(repeat_count, number)
    except BaseException:
        t.print_exc()
        return 1
    timings = [dt / number for dt in raw]
    if verbose:
        print("raw times: %s" % ", ".join(format_time(dt) for dt in raw))
        print()
    best, worst = min(timings), max(timings)
    print("%d loop%s, best of %d: %s per loop" % (number, "s" if number != 1 else "", repeat_count, format_time(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was %0.1f times "
                               "slower than the best time (%s)." % (format_time(worst), worst / best, format_time(best)),
                               UserWarning, "", 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
