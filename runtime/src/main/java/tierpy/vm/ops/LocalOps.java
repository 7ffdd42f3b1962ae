package tierpy.vm.ops;

import tierpy.objects.Exceptions;
import tierpy.vm.Frame;
import tierpy.vm.PyCell;
import tierpy.vm.Specializer;

/** Mirrors Python/bytecodes.c: fast locals, constants, cells and free variables. */
@Macro("LOAD_FAST = _LOAD_FAST")
@Macro("LOAD_FAST_BORROW = _LOAD_FAST_BORROW")
@Macro("LOAD_FAST_CHECK = _LOAD_FAST_CHECK")
@Macro("LOAD_FAST_AND_CLEAR = _LOAD_FAST_AND_CLEAR")
@Macro("LOAD_FAST_LOAD_FAST = _LOAD_FAST(oparg >> 4) + _LOAD_FAST(oparg & 15)")
@Macro("LOAD_FAST_BORROW_LOAD_FAST_BORROW = _LOAD_FAST_BORROW(oparg >> 4) + _LOAD_FAST_BORROW(oparg & 15)")
@Macro("STORE_FAST = _STORE_FAST")
@Macro("STORE_FAST_LOAD_FAST = _STORE_FAST(oparg >> 4) + _LOAD_FAST(oparg & 15)")
@Macro("STORE_FAST_STORE_FAST = _STORE_FAST(oparg >> 4) + _STORE_FAST(oparg & 15)")
@Macro("DELETE_FAST = _DELETE_FAST")
@Family(name = "LOAD_CONST", members = {"LOAD_CONST_MORTAL", "LOAD_CONST_IMMORTAL"})
@Macro("LOAD_CONST_MORTAL = _LOAD_CONST_MORTAL")
@Macro("LOAD_CONST_IMMORTAL = _LOAD_CONST_IMMORTAL")
@Macro("LOAD_SMALL_INT = _LOAD_SMALL_INT")
@Macro("LOAD_DEREF = _LOAD_DEREF")
@Macro("LOAD_FROM_DICT_OR_DEREF = _LOAD_FROM_DICT_OR_DEREF")
@Macro("STORE_DEREF = _STORE_DEREF")
@Macro("MAKE_CELL = _MAKE_CELL")
@Macro("COPY_FREE_VARS = _COPY_FREE_VARS")
public final class LocalOps {
    private LocalOps() {}

    @Op(name = "_LOAD_FAST", stack = "(-- value)", flags = {Flag.LOCAL, Flag.PURE})
    public static Object loadFast(Frame f, @Oparg int oparg) {
        return f.localsplus[oparg];
    }

    @Op(name = "_LOAD_FAST_BORROW", stack = "(-- value)", flags = {Flag.LOCAL, Flag.PURE})
    public static Object loadFastBorrow(Frame f, @Oparg int oparg) {
        return f.localsplus[oparg];
    }

    @Op(name = "_LOAD_FAST_CHECK", stack = "(-- value)", flags = {Flag.LOCAL, Flag.ERROR, Flag.ESCAPES})
    public static Object loadFastCheck(Frame f, @Oparg int oparg) {
        Object value = f.localsplus[oparg];
        if (value == null) throw unboundLocal(f, oparg);
        return value;
    }

    @Op(name = "_LOAD_FAST_AND_CLEAR", stack = "(-- value)", flags = Flag.LOCAL)
    public static Object loadFastAndClear(Frame f, @Oparg int oparg) {
        Object value = f.localsplus[oparg];
        f.localsplus[oparg] = null;
        return value;
    }

    @Op(name = "_STORE_FAST", stack = "(value --)", flags = {Flag.LOCAL, Flag.ESCAPES})
    public static void storeFast(Frame f, @Oparg int oparg, Object value) {
        f.localsplus[oparg] = value;
    }

    @Op(name = "_DELETE_FAST", stack = "(--)", flags = {Flag.LOCAL, Flag.ERROR, Flag.ESCAPES})
    public static void deleteFast(Frame f, @Oparg int oparg) {
        if (f.localsplus[oparg] == null) throw unboundLocal(f, oparg);
        f.localsplus[oparg] = null;
    }

    /** Picks its specialized form on first execution (marshal may have made the constant immortal since compiling). */
    @Inst(name = "LOAD_CONST", stack = "(-- value)", flags = Flag.CONST)
    public static Object loadConst(Frame f, @Oparg int oparg) {
        Object value = f.code.consts[oparg];
        if (Specializer.enabled) Specializer.quickenLoadConst(f, value);
        return value;
    }

    @Op(name = "_LOAD_CONST_MORTAL", stack = "(-- value)", flags = Flag.CONST)
    public static Object loadConstMortal(Frame f, @Oparg int oparg) {
        return f.code.consts[oparg];
    }

    @Op(name = "_LOAD_CONST_IMMORTAL", stack = "(-- value)", flags = Flag.CONST)
    public static Object loadConstImmortal(Frame f, @Oparg int oparg) {
        return f.code.consts[oparg];
    }

    @Op(name = "_LOAD_SMALL_INT", stack = "(-- value)")
    public static Object loadSmallInt(@Oparg int oparg) {
        return (long) oparg;
    }

    @Op(name = "_LOAD_DEREF", stack = "(-- value)", flags = {Flag.LOCAL, Flag.ERROR, Flag.ESCAPES})
    public static Object loadDeref(Frame f, @Oparg int oparg) {
        Object value = ((PyCell) f.localsplus[oparg]).ref;
        if (value == null) throw unboundFree(f, oparg);
        return value;
    }

    /** A class body reading a free variable: the class namespace first, then the cell. */
    @Op(name = "_LOAD_FROM_DICT_OR_DEREF", stack = "(class_dict -- value)",
            flags = {Flag.FREE, Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static Object loadFromDictOrDeref(Frame f, @Oparg int oparg, Object classDict) {
        Object value = NameOps.mappingGet(classDict, f.code.co.localsplusnames.get(oparg));
        if (value != null) return value;
        return loadDeref(f, oparg);
    }

    @Op(name = "_STORE_DEREF", stack = "(v --)", flags = {Flag.FREE, Flag.ESCAPES})
    public static void storeDeref(Frame f, @Oparg int oparg, Object v) {
        ((PyCell) f.localsplus[oparg]).ref = v;
    }

    @Inst(name = "DELETE_DEREF", stack = "(--)", flags = {Flag.FREE, Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static void deleteDeref(Frame f, @Oparg int oparg) {
        PyCell cell = (PyCell) f.localsplus[oparg];
        if (cell.ref == null) throw unboundFree(f, oparg);
        cell.ref = null;
    }

    @Op(name = "_MAKE_CELL", stack = "(--)", flags = {Flag.FREE, Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static void makeCell(Frame f, @Oparg int oparg) {
        f.localsplus[oparg] = new PyCell(f.localsplus[oparg]);
    }

    @Op(name = "_COPY_FREE_VARS", stack = "(--)")
    public static void copyFreeVars(Frame f, @Oparg int oparg) {
        Object[] closure = f.function.closure;
        System.arraycopy(closure, 0, f.localsplus, f.code.nlocalsplus - oparg, oparg);
    }

    /** _PyEval_FormatExcUnbound for a local. */
    static RuntimeException unboundLocal(Frame f, int oparg) {
        return Exceptions.raise(Exceptions.UnboundLocalError, "cannot access local variable '"
                + f.code.co.localsplusnames.get(oparg) + "' where it is not associated with a value");
    }

    /** _PyEval_FormatExcUnbound for a cell or free variable. */
    static RuntimeException unboundFree(Frame f, int oparg) {
        String name = f.code.co.localsplusnames.get(oparg);
        if ((f.code.co.localspluskinds[oparg] & tierpy.code.CodeObject.CO_FAST_FREE) != 0) {
            return Exceptions.raise(Exceptions.NameError, "cannot access free variable '" + name
                    + "' where it is not associated with a value in enclosing scope");
        }
        return unboundLocal(f, oparg);
    }
}
