"""Opcode tables shared by dis and other tools that read bytecode.

tierpy runs CPython 3.14's bytecode, so every number here is 3.14's. The tables are derived
from _opcode_metadata (tierpy.code.Opcodes) and the _opcode predicates, as CPython derives them.
"""

__all__ = ["cmp_op", "stack_effect", "hascompare", "opname", "opmap",
           "HAVE_ARGUMENT", "EXTENDED_ARG", "hasarg", "hasconst", "hasname",
           "hasjump", "hasjrel", "hasjabs", "hasfree", "haslocal", "hasexc"]

import builtins
import _opcode
from _opcode import stack_effect
from _opcode_metadata import (_specializations, _specialized_opmap, _cache_format, opmap,
                              HAVE_ARGUMENT, MIN_INSTRUMENTED_OPCODE)

EXTENDED_ARG = opmap['EXTENDED_ARG']

# every number up to the largest opcode has a name: its opcode's, specialized ones included
opname = ['<%r>' % (number,) for number in range(max(opmap.values()) + 1)]
for _table in (opmap, _specialized_opmap):
    for _name, _number in _table.items():
        opname[_number] = _name
del _table, _name, _number

cmp_op = ('<', '<=', '==', '!=', '>', '>=')


def _opcodes_where(predicate):
    return [number for number in opmap.values() if predicate(number)]


hasarg = _opcodes_where(_opcode.has_arg)
hasconst = _opcodes_where(_opcode.has_const)
hasname = _opcodes_where(_opcode.has_name)
hasjump = _opcodes_where(_opcode.has_jump)
hasjrel = hasjump  # 3.14 has only relative jumps
hasjabs = []
hasfree = _opcodes_where(_opcode.has_free)
haslocal = _opcodes_where(_opcode.has_local)
hasexc = _opcodes_where(_opcode.has_exc)
hascompare = [opmap['COMPARE_OP']]
del _opcodes_where

_intrinsic_1_descs = _opcode.get_intrinsic1_descs()
_intrinsic_2_descs = _opcode.get_intrinsic2_descs()
_special_method_names = _opcode.get_special_method_names()
_common_constants = [builtins.AssertionError, builtins.NotImplementedError,
                     builtins.tuple, builtins.all, builtins.any]
_nb_ops = _opcode.get_nb_ops()

_inline_cache_entries = {name: sum(fields.values()) for name, fields in _cache_format.items()}
