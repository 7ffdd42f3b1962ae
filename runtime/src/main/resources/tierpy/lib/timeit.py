"""Mirrors Lib/timeit.py: Timer over callables and source strings, timeit, repeat, default_timer."""

import gc
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5


def _noop():
    pass


class Timer:
    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        namespace = {} if globals is None else globals
        if callable(setup):
            self._setup = setup
        elif setup == "pass":
            self._setup = _noop
        else:
            code = compile(setup, "<timeit-setup>", "exec")
            self._setup = lambda: exec(code, namespace)
        if callable(stmt):
            self._stmt = stmt
        elif stmt == "pass":
            self._stmt = _noop
        else:
            code = compile(stmt, "<timeit-src>", "exec")
            self._stmt = lambda: exec(code, namespace)

    def timeit(self, number=default_number):
        self._setup()
        stmt = self._stmt
        timer = self.timer
        # as CPython's timeit does, so that collections do not distort the timing (the JVM's
        # collector ignores the flag)
        gc_was_enabled = gc.isenabled()
        gc.disable()
        try:
            t0 = timer()
            for _ in range(number):
                stmt()
            return timer() - t0
        finally:
            if gc_was_enabled:
                gc.enable()

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
