# opcode: 3.14's opcode tables (derived from _opcode_metadata and _opcode), stack_effect, and dis sharing them
import opcode
import dis

print(opcode.opmap['LOAD_CONST'], opcode.opmap['BINARY_OP'], opcode.opmap['RESUME'])  # expect: 82 44 128
print(opcode.opname[82], opcode.opname[129], opcode.opname[213])  # expect: LOAD_CONST BINARY_OP_ADD_FLOAT <213>
print(len(opcode.opname), 'BINARY_OP_ADD_INT' in opcode.opmap)  # expect: 267 False
print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.MIN_INSTRUMENTED_OPCODE)  # expect: 43 69 234
print(opcode.cmp_op)  # expect: ('<', '<=', '==', '!=', '>', '>=')
print(list(opcode.opmap)[:5])  # expect: ['CACHE', 'RESERVED', 'RESUME', 'INSTRUMENTED_LINE', 'ENTER_EXECUTOR']
print(opcode.hasarg[:4], len(opcode.hasarg))  # expect: [128, 255, 44, 45] 101
print(opcode.hasconst, opcode.hascompare, opcode.hasjabs)  # expect: [82] [56] []
print(opcode.hasfree, opcode.hasexc)  # expect: [62, 90, 97, 111] [263, 264, 265]
print(opcode.hasjrel is opcode.hasjump, sorted(opcode.haslocal)[:3])  # expect: True [63, 83, 84]
print(sorted(opcode.hasname)[:5])  # expect: [61, 64, 65, 72, 73]
print(opcode._specializations['LOAD_GLOBAL'])  # expect: ['LOAD_GLOBAL_MODULE', 'LOAD_GLOBAL_BUILTIN']
print(list(opcode._specializations)[:3])  # expect: ['RESUME', 'LOAD_CONST', 'TO_BOOL']
print(list(opcode._specialized_opmap.items())[:2])  # expect: [('BINARY_OP_ADD_FLOAT', 129), ('BINARY_OP_ADD_INT', 130)]
print(opcode._cache_format['LOAD_GLOBAL'])  # expect: {'counter': 1, 'index': 1, 'module_keys_version': 1, 'builtin_keys_version': 1}
print(list(opcode._inline_cache_entries.items())[:4])  # expect: [('LOAD_GLOBAL', 4), ('BINARY_OP', 5), ('UNPACK_SEQUENCE', 1), ('COMPARE_OP', 1)]
print(opcode._nb_ops[0], opcode._nb_ops[26], len(opcode._nb_ops))  # expect: ('NB_ADD', '+') ('NB_SUBSCR', '[]') 27
print(opcode._intrinsic_1_descs[1], opcode._intrinsic_2_descs[1])  # expect: INTRINSIC_PRINT INTRINSIC_PREP_RERAISE_STAR
print(opcode._special_method_names, opcode._common_constants[0])  # expect: ['__enter__', '__exit__', '__aenter__', '__aexit__'] <class 'AssertionError'>
print(opcode.stack_effect(opcode.opmap['LOAD_CONST'], 0), opcode.stack_effect(opcode.opmap['POP_TOP']))  # expect: 1 -1
print(opcode.stack_effect(0), opcode.stack_effect(opcode.opmap['BUILD_LIST'], 3))  # expect: 0 -2
for args in [(opcode.opmap['POP_TOP'], 1), (opcode.opmap['LOAD_CONST'],), (300, 0)]:
    try:
        opcode.stack_effect(*args)
    except ValueError as e:
        print(e)
# expect: stack_effect: opcode does not permit oparg but oparg was specified
# expect: stack_effect: opcode requires oparg but oparg was not specified
# expect: invalid opcode or oparg
print(opcode.__all__[:5])  # expect: ['cmp_op', 'stack_effect', 'hascompare', 'opname', 'opmap']
print(dis.opmap is opcode.opmap, dis.hasjump is opcode.hasjump, 'hasexc' in dis.__all__)  # expect: True True True
print(dis.deoptmap['LOAD_ATTR_SLOT'], dis._all_opmap['CALL_LEN'])  # expect: LOAD_ATTR 154
