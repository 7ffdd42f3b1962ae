package tierpy.vm.ops;

import tierpy.vm.Frame;

/** Mirrors Python/bytecodes.c: the ops that only move values on the stack. */
@Macro("NOP = _NOP")
@Macro("NOT_TAKEN = _NOP")
@Macro("POP_TOP = _POP_TOP")
@Macro("POP_ITER = _POP_TOP")
@Macro("PUSH_NULL = _PUSH_NULL")
@Macro("COPY = _COPY")
@Macro("SWAP = _SWAP")
@Macro("END_FOR = _END_FOR")
public final class StackOps {
    private StackOps() {}

    @Op(name = "_NOP", stack = "(--)", flags = Flag.PURE)
    public static void nop() {}

    @Op(name = "_POP_TOP", stack = "(value --)", flags = {Flag.ESCAPES, Flag.PURE})
    public static void popTop(Object value) {}

    @Op(name = "_END_FOR", stack = "(value --)", flags = {Flag.ESCAPES, Flag.NO_SAVE_IP})
    public static void endFor(Object value) {}

    @Op(name = "_PUSH_NULL", stack = "(-- res)", flags = Flag.PURE)
    public static Object pushNull() {
        return null;
    }

    @Op(name = "_COPY", stack = "(bottom, unused[oparg-1] -- bottom, unused[oparg-1], top)", flags = Flag.PURE)
    public static Object copy(Object bottom) {
        return bottom;
    }

    @Op(name = "_SWAP", stack = "(bottom[1], unused[oparg-2], top[1] -- bottom[1], unused[oparg-2], top[1])",
            flags = Flag.PURE)
    public static void swap(Frame f, int bottom, int top) {
        Object[] s = f.localsplus;
        Object t = s[top];
        s[top] = s[bottom];
        s[bottom] = t;
    }
}
