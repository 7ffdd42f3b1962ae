package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.Exceptions;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.vm.Frame;
import tierpy.vm.AttrSpecializer;

/** Mirrors Python/bytecodes.c: names looked up in the locals mapping, globals and builtins. */
@Macro("LOAD_NAME = _LOAD_NAME")
@Macro("STORE_NAME = _STORE_NAME")
@Macro("LOAD_GLOBAL = _SPECIALIZE_LOAD_GLOBAL + unused/1 + unused/1 + unused/1 + _LOAD_GLOBAL + _PUSH_NULL_CONDITIONAL")
@Family(name = "LOAD_GLOBAL", members = {"LOAD_GLOBAL_MODULE", "LOAD_GLOBAL_BUILTIN"})
@Macro("LOAD_GLOBAL_MODULE = unused/1 + _NOP + _LOAD_GLOBAL_MODULE + _PUSH_NULL_CONDITIONAL")
@Macro("LOAD_GLOBAL_BUILTIN = unused/1 + _GUARD_GLOBALS_VERSION + _LOAD_GLOBAL_BUILTINS + _PUSH_NULL_CONDITIONAL")
@Macro("STORE_GLOBAL = _STORE_GLOBAL")
@Macro("LOAD_LOCALS = _LOAD_LOCALS")
public final class NameOps {
    private NameOps() {}

    @Op(name = "_LOAD_NAME", stack = "(-- v)", flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static Object loadName(Frame f, @Oparg int oparg) {
        String name = f.code.names[oparg];
        if (f.locals == null) throw Exceptions.raise(Exceptions.SystemError, "no locals found when loading " + Abstract.repr(name));
        Object v = f.locals instanceof PyDict d ? d.getItemOrNull(name) : mappingGet(f.locals, name);
        if (v == null) v = f.globals.getItemOrNull(name);
        if (v == null) v = f.builtins.getItemOrNull(name);
        if (v == null) throw nameError(name);
        return v;
    }

    @Op(name = "_STORE_NAME", stack = "(v --)", flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static void storeName(Frame f, @Oparg int oparg, Object v) {
        String name = f.code.names[oparg];
        if (f.locals == null) throw Exceptions.raise(Exceptions.SystemError, "no locals found when storing " + Abstract.repr(name));
        if (f.locals instanceof PyDict d) d.setItem(name, v);
        else Abstract.setitem(f.locals, name, v);
    }

    @Inst(name = "DELETE_NAME", stack = "(--)", flags = {Flag.NAME, Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static void deleteName(Frame f, @Oparg int oparg) {
        String name = f.code.names[oparg];
        if (f.locals == null) throw Exceptions.raise(Exceptions.SystemError, "no locals when deleting " + Abstract.repr(name));
        if (f.locals instanceof PyDict d) {
            if (d.removeOrNull(name) == null) throw nameError(name);
        } else {
            Abstract.delitem(f.locals, name);
        }
    }

    @Op(name = "_SPECIALIZE_LOAD_GLOBAL", stack = "(counter/1 --)", specializing = true)
    public static void specializeLoadGlobal(Frame f, @Oparg int oparg) {
        AttrSpecializer.loadGlobal(f, f.code.names[oparg >> 1]);
    }

    @Op(name = "_LOAD_GLOBAL", stack = "(-- res[1])", flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static void loadGlobal(Frame f, @Oparg int oparg, int res) {
        String name = f.code.names[oparg >> 1];
        Object v = f.globals.getItemOrNull(name);
        if (v == null) v = f.builtins.getItemOrNull(name);
        if (v == null) throw nameError(name);
        f.localsplus[res] = v;
    }

    /** The globals have the keys version the specializer saw (the name is still not a global). */
    @Op(name = "_GUARD_GLOBALS_VERSION", stack = "(version/1 --)", flags = Flag.DEOPT)
    public static boolean guardGlobalsVersion(Frame f, long version) {
        return f.globals.currentKeysVersion() == version;
    }

    /** The global at entry {@code index} while the globals' keys are unchanged; null (deoptimize) otherwise. */
    @Op(name = "_LOAD_GLOBAL_MODULE", stack = "(version/1, unused/1, index/1 -- res)", flags = Flag.DEOPT)
    public static Object loadGlobalModule(Frame f, long version, long index) {
        PyDict globals = f.globals;
        return globals.currentKeysVersion() == version ? globals.entryValue((int) index) : null;
    }

    /** The builtin at entry {@code index} while the builtins' keys are unchanged; null (deoptimize) otherwise. */
    @Op(name = "_LOAD_GLOBAL_BUILTINS", stack = "(version/1, index/1 -- res)", flags = Flag.DEOPT)
    public static Object loadGlobalBuiltins(Frame f, long version, long index) {
        PyDict builtins = f.builtins;
        return builtins.currentKeysVersion() == version ? builtins.entryValue((int) index) : null;
    }

    @Op(name = "_PUSH_NULL_CONDITIONAL", stack = "(-- null[oparg & 1])")
    public static void pushNullConditional() {}

    @Op(name = "_STORE_GLOBAL", stack = "(v --)", flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static void storeGlobal(Frame f, @Oparg int oparg, Object v) {
        f.globals.setItem(f.code.names[oparg], v);
    }

    @Inst(name = "DELETE_GLOBAL", stack = "(--)", flags = {Flag.NAME, Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static void deleteGlobal(Frame f, @Oparg int oparg) {
        String name = f.code.names[oparg];
        if (f.globals.removeOrNull(name) == null) throw nameError(name);
    }

    @Op(name = "_LOAD_LOCALS", stack = "(-- locals)", flags = {Flag.ERROR, Flag.ESCAPES})
    public static Object loadLocals(Frame f) {
        if (f.locals == null) throw Exceptions.raise(Exceptions.SystemError, "no locals found");
        return f.locals;
    }

    @Inst(name = "LOAD_FROM_DICT_OR_GLOBALS", stack = "(mod_or_class_dict -- v)", flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static Object loadFromDictOrGlobals(Frame f, @Oparg int oparg, Object modOrClassDict) {
        String name = f.code.names[oparg];
        Object v = modOrClassDict instanceof PyDict d ? d.getItemOrNull(name) : mappingGet(modOrClassDict, name);
        if (v == null) v = f.globals.getItemOrNull(name);
        if (v == null) v = f.builtins.getItemOrNull(name);
        if (v == null) throw nameError(name);
        return v;
    }

    /** mapping[name], or null on KeyError (PyMapping_GetOptionalItem). */
    static Object mappingGet(Object mapping, String name) {
        try {
            return Abstract.getitem(mapping, name);
        } catch (PyException e) {
            if (e.matches(Exceptions.KeyError)) return null;
            throw e;
        }
    }

    /** NAME_ERROR_MSG; the "Did you mean" hint is added when the traceback is printed, as in CPython. */
    static PyException nameError(String name) {
        PyException e = Exceptions.raise(Exceptions.NameError, "name '" + name + "' is not defined");
        e.value.setAttr("name", name);
        return e;
    }
}
