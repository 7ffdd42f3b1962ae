# dis: lambdas, generators, classes, get_instructions fields
import dis

square = lambda v: v * v
dis.dis(square)
# expect:   4           RESUME                   0
# expect:               LOAD_FAST_BORROW_LOAD_FAST_BORROW 0 (v, v)
# expect:               BINARY_OP                5 (*)
# expect:               RETURN_VALUE

def gen(n):
    yield n
dis.dis(gen)
# expect:   11           RETURN_GENERATOR
# expect:                POP_TOP
# expect:        L1:     RESUME                   0
# expect: 
# expect:   12           LOAD_FAST_BORROW         0 (n)
# expect:                YIELD_VALUE              0
# expect:                RESUME                   5
# expect:                POP_TOP
# expect:                LOAD_CONST               0 (None)
# expect:                RETURN_VALUE
# expect: 
# expect:   --   L2:     CALL_INTRINSIC_1         3 (INTRINSIC_STOPITERATION_ERROR)
# expect:                RERAISE                  1
# expect: ExceptionTable:
# expect:   L1 to L2 -> L2 [0] lasti

class Box:
    def get(self):
        return 1
dis.dis(Box)
# expect: Disassembly of get:
# expect:  31           RESUME                   0
# expect: 
# expect:  32           LOAD_SMALL_INT           1
# expect:               RETURN_VALUE
# expect: 

ins = list(dis.get_instructions(square))
print(len(ins), ins[0].opname, ins[0].opcode, ins[0].arg, ins[0].argval, ins[0].starts_line, ins[0].line_number)  # expect: 4 RESUME 128 0 0 True 4
b = ins[2]
print(b.opname, b.arg, b.argrepr, b.offset, b.start_offset, b.label, b.positions)  # expect: BINARY_OP 5 * 4 4 None Positions(lineno=4, end_lineno=4, col_offset=19, end_col_offset=24)
print(b.cache_info[0].name, b.cache_info[0].size, b.end_offset, b.is_jump_target)  # expect: counter 1 16 False
print(dis.Bytecode(square).dis().splitlines()[1].strip())  # expect: LOAD_FAST_BORROW_LOAD_FAST_BORROW 0 (v, v)
print(list(dis.findlinestarts(square.__code__)))  # expect: [(0, 4)]
print(dis.opname[dis.opmap['RETURN_VALUE']], dis.cmp_op, dis.opmap['LOAD_FAST'] in dis.haslocal)  # expect: RETURN_VALUE ('<', '<=', '==', '!=', '>', '>=') True
print(dis.code_info(square).splitlines()[0])  # expect: Name:              <lambda>
import _opcode
try:
    _opcode.get_executor(square.__code__, 0)
except ValueError as e:
    print(e)  # expect: no executor at given byte offset
print(_opcode.has_arg(dis.opmap['LOAD_FAST']), _opcode.has_arg(dis.opmap['RETURN_VALUE']), _opcode.stack_effect(dis.opmap['POP_TOP']))  # expect: True False -1


def loop(a, b):
    for i in range(a):
        if i > b:
            break
    return a


print([str(ins) for ins in dis.get_instructions(loop)][4:7])  # expect: ['     GET_ITER\n', 'L1:     FOR_ITER                12 (to L3)\n', '     STORE_FAST               2 (i)\n']
print(str(list(dis.get_instructions(lambda a, b: a + b))[1]), end='')  # expect:      LOAD_FAST_BORROW_LOAD_FAST_BORROW 1 (a, b)
print(dis.stack_effect(dis.opmap['BINARY_OP'], 0))  # expect: -1
