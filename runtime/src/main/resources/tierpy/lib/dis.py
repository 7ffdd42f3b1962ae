# tierpy: the Python half of the dis module (Lib/dis.py's public surface). The opcode tables come
# from opcode, as in CPython; every piece of text comes from Java (tierpy.modules.DisModule over
# tierpy.code.Dis).

from opcode import *
from opcode import (__all__ as _opcodes_all, _cache_format, _inline_cache_entries, _nb_ops,
                    _common_constants, _intrinsic_1_descs, _intrinsic_2_descs, _special_method_names,
                    _specializations, _specialized_opmap)
from _opcode import get_executor

__all__ = ["code_info", "dis", "disassemble", "distb", "disco", "findlinestarts", "findlabels",
           "show_code", "get_instructions", "Instruction", "Bytecode"] + _opcodes_all
del _opcodes_all

# specialized opcode name -> the name of the instruction it specializes
deoptmap = {specialized: base for base, family in _specializations.items() for specialized in family}

# opmap with the specialized opcodes too (opname already names them)
_all_opmap = {**opmap, **_specialized_opmap}


class _Record(object):
    # the behaviour dis's named tuples show: positional fields, equality, iteration, repr
    _fields = ()

    def _set(self, values):
        for name, value in zip(self._fields, values):
            setattr(self, name, value)

    def __iter__(self):
        return iter([getattr(self, name) for name in self._fields])

    def __len__(self):
        return len(self._fields)

    def __getitem__(self, index):
        return [getattr(self, name) for name in self._fields][index]

    def __eq__(self, other):
        if not isinstance(other, _Record):
            return NotImplemented
        return list(self) == list(other)

    def __hash__(self):
        return hash(tuple(self))

    def __repr__(self):
        parts = [f"{name}={getattr(self, name)!r}" for name in self._fields]
        return f"{type(self).__name__}({', '.join(parts)})"


class Positions(_Record):
    _fields = ('lineno', 'end_lineno', 'col_offset', 'end_col_offset')

    def __init__(self, lineno=None, end_lineno=None, col_offset=None, end_col_offset=None):
        self._set((lineno, end_lineno, col_offset, end_col_offset))


class _CacheInfo(_Record):
    _fields = ('name', 'size', 'data')

    def __init__(self, name, size, data):
        self._set((name, size, data))


class Instruction(_Record):
    _fields = ('opname', 'opcode', 'arg', 'argval', 'argrepr', 'offset', 'start_offset', 'starts_line',
               'line_number', 'label', 'positions', 'cache_info')

    def __init__(self, opname, opcode, arg, argval, argrepr, offset, start_offset, starts_line,
                 line_number, label=None, positions=None, cache_info=None):
        self._set((opname, opcode, arg, argval, argrepr, offset, start_offset, starts_line,
                   line_number, label, positions, cache_info))

    @property
    def oparg(self):
        return self.arg

    @property
    def baseopcode(self):
        return opmap.get(self.baseopname, self.opcode)

    @property
    def baseopname(self):
        return deoptmap.get(self.opname, self.opname)

    @property
    def cache_offset(self):
        return self.start_offset + 2 * (1 + (self.offset - self.start_offset) // 2)

    @property
    def end_offset(self):
        return self.cache_offset + 2 * sum([size for _, size, _ in (self.cache_info or [])])

    @property
    def jump_target(self):
        if self.arg is not None and self.baseopcode in hasjump:
            return self.argval
        return None

    @property
    def is_jump_target(self):
        return self.label is not None

    def __str__(self):
        # Formatter.print_instruction_line with every column width 0, as CPython's __str__ uses it
        fields = ['' if self.label is None else f"L{self.label}:", '   ', self.opname.ljust(20)]
        if self.arg is not None:
            fields.append(repr(self.arg).rjust(5 - max(0, len(self.opname) - 20)))
            if self.argrepr:
                fields.append('(' + self.argrepr + ')')
        return ' '.join(fields).rstrip() + '\n'


def _instructions(code, adaptive, line_offset):
    for fields in _instruction_fields(code, adaptive):
        values = list(fields)
        if line_offset and values[8] is not None:
            values[8] += line_offset
        values[10] = Positions(*values[10])
        if values[11] is not None:
            values[11] = [_CacheInfo(*entry) for entry in values[11]]
        yield Instruction(*values)


def get_instructions(x, *, first_line=None, show_caches=None, adaptive=False):
    """An iterator over the instructions of a function, method, code object or source string."""
    return iter(Bytecode(x, first_line=first_line, adaptive=adaptive))


def _write(text, file):
    print(text, end='', file=file)


def _is_code_holder(value):
    return (isinstance(value, (type, classmethod, staticmethod))
            or type(value).__name__ in ('function', 'method', 'code'))


def dis(x=None, *, file=None, depth=None, show_caches=False, adaptive=False,
        show_offsets=False, show_positions=False):
    """Disassemble a class, module, method, function, generator, code object or source string."""
    if x is None:
        distb(file=file, show_caches=show_caches, adaptive=adaptive,
              show_offsets=show_offsets, show_positions=show_positions)
        return
    if isinstance(x, (classmethod, staticmethod)):
        x = x.__func__
    namespace = _namespace(x)
    if namespace is not None:
        for name, member in sorted(namespace.items()):
            if _is_code_holder(member):
                print("Disassembly of %s:" % name, file=file)
                try:
                    dis(member, file=file, depth=depth, show_caches=show_caches, adaptive=adaptive,
                        show_offsets=show_offsets, show_positions=show_positions)
                except TypeError as msg:
                    print("Sorry:", msg, file=file)
                print(file=file)
        return
    code = _get_code_object(x)
    _write(_dis_text(code, show_caches, adaptive, show_offsets, show_positions, depth), file)


def disassemble(co, lasti=-1, *, file=None, show_caches=False, adaptive=False,
                show_offsets=False, show_positions=False):
    """Disassemble one code object, marking the instruction at lasti."""
    _write(_disassemble_text(co, lasti, show_caches, adaptive, show_offsets, show_positions), file)


disco = disassemble


def distb(tb=None, *, file=None, show_caches=False, adaptive=False, show_offsets=False, show_positions=False):
    """Disassemble the code of a traceback's innermost frame, marking where it stopped."""
    if tb is None:
        import sys
        last = getattr(sys, 'last_exc', None)
        if last is None:
            raise RuntimeError("no last traceback to disassemble")
        tb = last.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    disassemble(tb.tb_frame.f_code, tb.tb_lasti, file=file, show_caches=show_caches, adaptive=adaptive,
                show_offsets=show_offsets, show_positions=show_positions)


def code_info(x):
    """Details of a code object (or of what holds one), as text."""
    return _code_info(x)


def show_code(co, *, file=None):
    """Print code_info(co)."""
    print(code_info(co), file=file)


class Bytecode(object):
    """The instructions of a piece of code: iterable, with dis() and info()."""

    def __init__(self, x, *, first_line=None, current_offset=None, show_caches=False, adaptive=False,
                 show_offsets=False, show_positions=False):
        self.codeobj = code = _get_code_object(x)
        if first_line is None:
            self.first_line = code.co_firstlineno
            self._line_offset = 0
        else:
            self.first_line = first_line
            self._line_offset = first_line - code.co_firstlineno
        self._original_object = x
        self.current_offset = current_offset
        self.show_caches = show_caches
        self.adaptive = adaptive
        self.show_offsets = show_offsets
        self.show_positions = show_positions

    def __iter__(self):
        return _instructions(self.codeobj, self.adaptive, self._line_offset)

    def __repr__(self):
        return f"{self.__class__.__name__}({self._original_object!r})"

    @classmethod
    def from_traceback(cls, tb, *, show_caches=False, adaptive=False):
        while tb.tb_next:
            tb = tb.tb_next
        return cls(tb.tb_frame.f_code, current_offset=tb.tb_lasti, show_caches=show_caches, adaptive=adaptive)

    def info(self):
        return _code_info(self.codeobj)

    def dis(self):
        offset = -1 if self.current_offset is None else self.current_offset
        return _disassemble_text(self.codeobj, offset, self.show_caches, self.adaptive,
                                 self.show_offsets, self.show_positions)
