# The adaptive counters of pycore_backoff.h seen through dis: warm-up, cooldown after a success,
# re-specialization after enough misses, backoff after a failure; then the switch. The program sets
# the switch itself, so it reads the same in the specialization-off run of the programs.
import dis
import tierpy

tierpy.set_specialization(True)

def add(a, b):
    return a + b

def form(f):
    return [i.opname for i in dis.get_instructions(f, adaptive=True) if i.opname.startswith("BINARY_OP")][0]

print(form(add))  # expect: BINARY_OP
add(1, 2)
print(form(add))  # expect: BINARY_OP
add(1, 2)
print(form(add))  # expect: BINARY_OP_ADD_INT
for i in range(52):
    add(1.0, 2.0)
print(form(add))  # expect: BINARY_OP_ADD_INT
add(1.0, 2.0)
print(form(add))  # expect: BINARY_OP_ADD_FLOAT
def add_failures():
    return tierpy.specialization_stats()["BINARY_OP"]["failure_kinds"].get("SPEC_FAIL_BINARY_OP_ADD", 0)

before = add_failures()
for i in range(53):
    add([1], [2])
print(add_failures() - before)  # expect: 1
print(form(add))  # expect: BINARY_OP
add(1, 2)
print(form(add))  # expect: BINARY_OP_ADD_INT
print([i.opname for i in dis.get_instructions(add)][0:2])  # expect: ['RESUME', 'LOAD_FAST_BORROW_LOAD_FAST_BORROW']
print([i.opname for i in dis.get_instructions(add, adaptive=True)][0])  # expect: RESUME_CHECK

print(tierpy.set_specialization(False))  # expect: True

def sub(a, b):
    return a - b

for i in range(100):
    sub(i, 1)
print(form(sub), [i.opname for i in dis.get_instructions(sub, adaptive=True)][0])  # expect: BINARY_OP RESUME
