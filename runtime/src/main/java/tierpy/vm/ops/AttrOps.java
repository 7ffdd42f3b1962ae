package tierpy.vm.ops;

import tierpy.objects.Abstract;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyInstance;
import tierpy.objects.PyType;
import tierpy.objects.Wrappers;
import tierpy.vm.Frame;
import tierpy.vm.AttrSpecializer;
import tierpy.vm.InlineCalls;
import tierpy.vm.PyFunction;
import tierpy.vm.PyModule;

/** Mirrors Python/bytecodes.c: LOAD_ATTR (including method loads), STORE_ATTR and DELETE_ATTR. */
@Macro("LOAD_ATTR = _SPECIALIZE_LOAD_ATTR + unused/8 + _LOAD_ATTR")
@Family(name = "LOAD_ATTR", members = {"LOAD_ATTR_INSTANCE_VALUE", "LOAD_ATTR_MODULE", "LOAD_ATTR_WITH_HINT",
        "LOAD_ATTR_SLOT", "LOAD_ATTR_CLASS", "LOAD_ATTR_CLASS_WITH_METACLASS_CHECK", "LOAD_ATTR_PROPERTY",
        "LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN", "LOAD_ATTR_METHOD_WITH_VALUES", "LOAD_ATTR_METHOD_NO_DICT",
        "LOAD_ATTR_METHOD_LAZY_DICT", "LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES", "LOAD_ATTR_NONDESCRIPTOR_NO_DICT"})
@Macro("LOAD_ATTR_INSTANCE_VALUE = unused/1 + _GUARD_TYPE_VERSION + _CHECK_MANAGED_OBJECT_HAS_VALUES"
        + " + _LOAD_ATTR_INSTANCE_VALUE + unused/5 + _PUSH_NULL_CONDITIONAL")
@Macro("LOAD_ATTR_MODULE = unused/1 + _LOAD_ATTR_MODULE + unused/5 + _PUSH_NULL_CONDITIONAL")
@Macro("LOAD_ATTR_WITH_HINT = unused/1 + _GUARD_TYPE_VERSION + _LOAD_ATTR_WITH_HINT + unused/5 + _PUSH_NULL_CONDITIONAL")
@Macro("LOAD_ATTR_SLOT = unused/1 + _GUARD_TYPE_VERSION + _LOAD_ATTR_SLOT + unused/5 + _PUSH_NULL_CONDITIONAL")
@Macro("LOAD_ATTR_CLASS = unused/1 + _CHECK_ATTR_CLASS + unused/2 + _LOAD_ATTR_CLASS + _PUSH_NULL_CONDITIONAL")
@Macro("LOAD_ATTR_CLASS_WITH_METACLASS_CHECK = unused/1 + _CHECK_ATTR_CLASS + _GUARD_TYPE_VERSION + _LOAD_ATTR_CLASS"
        + " + _PUSH_NULL_CONDITIONAL")
@Macro("LOAD_ATTR_PROPERTY = unused/1 + _CHECK_PEP_523 + _GUARD_TYPE_VERSION + unused/2 + _LOAD_ATTR_PROPERTY_FRAME"
        + " + _SAVE_RETURN_OFFSET + _PUSH_FRAME")
@Macro("LOAD_ATTR_METHOD_WITH_VALUES = unused/1 + _GUARD_TYPE_VERSION + _GUARD_DORV_VALUES_INST_ATTR_FROM_DICT"
        + " + _GUARD_KEYS_VERSION + _LOAD_ATTR_METHOD_WITH_VALUES")
@Macro("LOAD_ATTR_METHOD_NO_DICT = unused/1 + _GUARD_TYPE_VERSION + unused/2 + _LOAD_ATTR_METHOD_NO_DICT")
@Macro("LOAD_ATTR_METHOD_LAZY_DICT = unused/1 + _GUARD_TYPE_VERSION + _CHECK_ATTR_METHOD_LAZY_DICT + unused/1"
        + " + _LOAD_ATTR_METHOD_LAZY_DICT")
@Macro("LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES = unused/1 + _GUARD_TYPE_VERSION + _GUARD_DORV_VALUES_INST_ATTR_FROM_DICT"
        + " + _GUARD_KEYS_VERSION + _LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES")
@Macro("LOAD_ATTR_NONDESCRIPTOR_NO_DICT = unused/1 + _GUARD_TYPE_VERSION + unused/2 + _LOAD_ATTR_NONDESCRIPTOR_NO_DICT")
@Macro("STORE_ATTR = _SPECIALIZE_STORE_ATTR + unused/3 + _STORE_ATTR")
@Family(name = "STORE_ATTR", members = {"STORE_ATTR_INSTANCE_VALUE", "STORE_ATTR_SLOT", "STORE_ATTR_WITH_HINT"})
@Macro("STORE_ATTR_INSTANCE_VALUE = unused/1 + _GUARD_TYPE_VERSION_AND_LOCK + _GUARD_DORV_NO_DICT + _STORE_ATTR_INSTANCE_VALUE")
@Macro("STORE_ATTR_SLOT = unused/1 + _GUARD_TYPE_VERSION + _STORE_ATTR_SLOT")
@Macro("STORE_ATTR_WITH_HINT = unused/1 + _GUARD_TYPE_VERSION + _STORE_ATTR_WITH_HINT")
@Macro("DELETE_ATTR = _DELETE_ATTR")
@Macro("LOAD_SUPER_ATTR = _SPECIALIZE_LOAD_SUPER_ATTR + _LOAD_SUPER_ATTR")
@Family(name = "LOAD_SUPER_ATTR", members = {"LOAD_SUPER_ATTR_ATTR", "LOAD_SUPER_ATTR_METHOD"})
@Macro("LOAD_SUPER_ATTR_ATTR = unused/1 + _LOAD_SUPER_ATTR_ATTR")
@Macro("LOAD_SUPER_ATTR_METHOD = unused/1 + _LOAD_SUPER_ATTR_METHOD")
public final class AttrOps {
    private AttrOps() {}

    @Op(name = "_SPECIALIZE_LOAD_ATTR", stack = "(counter/1, owner -- owner)", specializing = true)
    public static void specializeLoadAttr(Frame f, @Oparg int oparg, Object owner) {
        AttrSpecializer.loadAttr(f, oparg, owner);
    }

    /**
     * With oparg bit 0 set (a method call follows) a bound method is split into function and self,
     * as _PyObject_GetMethod leaves them, so CALL needs no bound-method object.
     */
    @Op(name = "_LOAD_ATTR", stack = "(owner -- attr, self_or_null[oparg & 1])",
            flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static Object loadAttr(Frame f, @Oparg int oparg, Object owner, int selfOrNull) {
        String name = f.code.names[oparg >> 1];
        if ((oparg & 1) == 0) return Abstract.getattr(owner, name);
        Object method = Abstract.lookupMethod(owner, name);
        if (method != null) {
            f.localsplus[selfOrNull] = owner;
            return method;
        }
        Object attr = Abstract.getattr(owner, name);
        if (attr instanceof Wrappers.Method m && m.self == owner) {
            f.localsplus[selfOrNull] = owner;
            return m.func;
        }
        f.localsplus[selfOrNull] = null;
        return attr;
    }

    /** The owner's type still has the version tag the specializer saw (its MRO and dict are unchanged). */
    @Op(name = "_GUARD_TYPE_VERSION", stack = "(type_version/2, owner -- owner)", flags = Flag.EXIT)
    public static boolean guardTypeVersion(long typeVersion, Object owner) {
        return Py.type(owner).currentVersionTag() == typeVersion;
    }

    @Op(name = "_SPECIALIZE_STORE_ATTR", stack = "(counter/1, owner -- owner)", specializing = true)
    public static void specializeStoreAttr(Frame f, @Oparg int oparg, Object owner) {
        AttrSpecializer.storeAttr(f, f.code.names[oparg], owner);
    }

    @Op(name = "_STORE_ATTR", stack = "(v, owner --)", flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static void storeAttr(Frame f, @Oparg int oparg, Object v, Object owner) {
        Abstract.setattr(owner, f.code.names[oparg], v);
    }

    @Op(name = "_DELETE_ATTR", stack = "(owner --)", flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static void deleteAttr(Frame f, @Oparg int oparg, Object owner) {
        Abstract.delattr(owner, f.code.names[oparg]);
    }

    @Op(name = "_SPECIALIZE_LOAD_SUPER_ATTR", stack = "(counter/1, global_super, class, unused -- global_super, class, unused)",
            specializing = true)
    public static void specializeLoadSuperAttr(Frame f, @Oparg int oparg, Object globalSuper, Object cls) {
        AttrSpecializer.loadSuperAttr(f, oparg, globalSuper, cls);
    }

    /** {@code super().name}: oparg is (name index << 2) | (two-argument form << 1) | method load. */
    @Op(name = "_LOAD_SUPER_ATTR", stack = "(global_super, class, self -- attr, null[oparg & 1])",
            flags = {Flag.NAME, Flag.ERROR, Flag.ESCAPES})
    public static Object loadSuperAttr(Frame f, @Oparg int oparg, Object globalSuper, Object cls, Object self) {
        Object sup = Abstract.call(globalSuper, cls, self);
        return Abstract.getattr(sup, f.code.names[oparg >> 2]);
    }

    // ---- LOAD_ATTR specializations ----

    /** Instances keep their attributes in shared-keys values (not a materialized dict). */
    @Op(name = "_CHECK_MANAGED_OBJECT_HAS_VALUES", stack = "(owner -- owner)", flags = Flag.DEOPT)
    public static boolean checkManagedObjectHasValues(Object owner) {
        return ((PyInstance) owner).values != null;
    }

    /** The value at shared-keys index {@code offset}; null (deoptimize) when the instance lacks it. */
    @Op(name = "_LOAD_ATTR_INSTANCE_VALUE", stack = "(offset/1, owner -- attr)", flags = {Flag.DEOPT, Flag.ESCAPES})
    public static Object loadAttrInstanceValue(long offset, Object owner) {
        Object[] values = ((PyInstance) owner).values;
        return offset < values.length ? values[(int) offset] : null;
    }

    /** A module global by entry index, while the module dict's keys are unchanged. */
    @Op(name = "_LOAD_ATTR_MODULE", stack = "(version/2, index/1, owner -- attr)", flags = {Flag.DEOPT, Flag.ESCAPES})
    public static Object loadAttrModule(long version, long index, Object owner) {
        if (!(owner instanceof PyModule m) || m.type != PyModule.TYPE || m.dict.currentKeysVersion() != version) return null;
        return m.dict.entryValue((int) index);
    }

    /** The materialized instance dict's entry {@code hint}, if it still holds {@code name}. */
    @Op(name = "_LOAD_ATTR_WITH_HINT", stack = "(hint/1, owner -- attr)", flags = {Flag.NAME, Flag.DEOPT, Flag.ESCAPES})
    public static Object loadAttrWithHint(Frame f, @Oparg int oparg, long hint, Object owner) {
        PyDict dict = ((PyInstance) owner).dictOrNull();
        if (dict == null) return null;
        return dict.entryKey((int) hint) == f.code.names[oparg >> 1] ? dict.entryValue((int) hint) : null;
    }

    /** A __slots__ member (index 0xFFFF: the type, as CPython reads ob_type for __class__); null when unset. */
    @Op(name = "_LOAD_ATTR_SLOT", stack = "(index/1, owner -- attr)", flags = Flag.DEOPT)
    public static Object loadAttrSlot(long index, Object owner) {
        if (index == AttrSpecializer.OB_TYPE) return Py.type(owner);
        return ((PyInstance) owner).slots[(int) index];
    }

    /** The owner is the class the specializer saw, with the same version. */
    @Op(name = "_CHECK_ATTR_CLASS", stack = "(type_version/2, owner -- owner)", flags = Flag.EXIT)
    public static boolean checkAttrClass(long typeVersion, Object owner) {
        return owner instanceof PyType t && t.currentVersionTag() == typeVersion;
    }

    /** The class attribute the specializer found (its cache points into the code's object table). */
    @Op(name = "_LOAD_ATTR_CLASS", stack = "(descr/4, owner -- attr)")
    public static Object loadAttrClass(Frame f, long descr, Object owner) {
        return f.code.co.cacheObjects[(int) descr];
    }

    /** The property's getter runs in a new frame (its version was guarded through the owner's type). */
    @Op(name = "_LOAD_ATTR_PROPERTY_FRAME", stack = "(fget/4, owner -- new_frame)", flags = {Flag.DEOPT})
    public static Object loadAttrPropertyFrame(Frame f, @Oparg int oparg, long fget, Object owner) {
        assert (oparg & 1) == 0;
        return InlineCalls.propertyFrame(f, (PyFunction) f.code.co.cacheObjects[(int) fget], owner);
    }

    /**
     * A Python __getattribute__ (type and function versions as the specializer saw them) runs in a new
     * frame with the owner and the attribute name; its result is the attribute. CPython's stack effect
     * names the output {@code unused}: the inlined frame's return value lands there.
     */
    @Inst(name = "LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN",
            stack = "(unused/1, type_version/2, func_version/2, getattribute/4, owner -- attr)",
            flags = {Flag.NAME, Flag.DEOPT}, jump = Jump.DISPATCH_INLINED)
    public static Object loadAttrGetattributeOverridden(Frame f, @Oparg int oparg, long typeVersion, long funcVersion,
            long getattribute, Object owner) {
        assert (oparg & 1) == 0;
        PyFunction fn = (PyFunction) f.code.co.cacheObjects[(int) getattribute];
        if (!FrameOps.checkPep523() || Py.type(owner).currentVersionTag() != typeVersion || fn.version != funcVersion) {
            return null;
        }
        return InlineCalls.getattributeFrame(f, fn, owner, f.code.names[oparg >> 1]);
    }

    /** The instance's __dict__ (at tp_dictoffset) has still not been created, so it shadows nothing. */
    @Op(name = "_CHECK_ATTR_METHOD_LAZY_DICT", stack = "(dictoffset/1, owner -- owner)", flags = Flag.DEOPT)
    public static boolean checkAttrMethodLazyDict(long dictoffset, Object owner) {
        return AttrSpecializer.dictNotCreated(owner);
    }

    @Op(name = "_LOAD_ATTR_METHOD_LAZY_DICT", stack = "(descr/4, owner -- attr, self[1])")
    public static Object loadAttrMethodLazyDict(Frame f, @Oparg int oparg, long descr, Object owner, int self) {
        assert (oparg & 1) != 0;
        f.localsplus[self] = owner;
        return f.code.co.cacheObjects[(int) descr];
    }

    /** Instances of the owner's type still do not shadow the class attribute (shared keys unchanged). */
    @Op(name = "_GUARD_KEYS_VERSION", stack = "(keys_version/2, owner -- owner)", flags = Flag.DEOPT)
    public static boolean guardKeysVersion(long keysVersion, Object owner) {
        return Py.type(owner).sharedKeys.currentVersion() == keysVersion;
    }

    @Op(name = "_GUARD_DORV_VALUES_INST_ATTR_FROM_DICT", stack = "(owner -- owner)", flags = Flag.DEOPT)
    public static boolean guardDorvValuesInstAttrFromDict(Object owner) {
        return ((PyInstance) owner).values != null;
    }

    /** The method and self, unbound, for the CALL that follows. */
    @Op(name = "_LOAD_ATTR_METHOD_WITH_VALUES", stack = "(descr/4, owner -- attr, self[1])")
    public static Object loadAttrMethodWithValues(Frame f, @Oparg int oparg, long descr, Object owner, int self) {
        assert (oparg & 1) != 0;
        f.localsplus[self] = owner;
        return f.code.co.cacheObjects[(int) descr];
    }

    @Op(name = "_LOAD_ATTR_METHOD_NO_DICT", stack = "(descr/4, owner -- attr, self[1])")
    public static Object loadAttrMethodNoDict(Frame f, @Oparg int oparg, long descr, Object owner, int self) {
        assert (oparg & 1) != 0;
        f.localsplus[self] = owner;
        return f.code.co.cacheObjects[(int) descr];
    }

    @Op(name = "_LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES", stack = "(descr/4, owner -- attr)", flags = Flag.ESCAPES)
    public static Object loadAttrNondescriptorWithValues(Frame f, @Oparg int oparg, long descr, Object owner) {
        assert (oparg & 1) == 0;
        return f.code.co.cacheObjects[(int) descr];
    }

    @Op(name = "_LOAD_ATTR_NONDESCRIPTOR_NO_DICT", stack = "(descr/4, owner -- attr)", flags = Flag.ESCAPES)
    public static Object loadAttrNondescriptorNoDict(Frame f, @Oparg int oparg, long descr, Object owner) {
        assert (oparg & 1) == 0;
        return f.code.co.cacheObjects[(int) descr];
    }

    // ---- STORE_ATTR specializations ----

    /** _GUARD_TYPE_VERSION under the object's lock, which tierpy (one thread per interpreter) does not need. */
    @Op(name = "_GUARD_TYPE_VERSION_AND_LOCK", stack = "(type_version/2, owner -- owner)", flags = Flag.EXIT)
    public static boolean guardTypeVersionAndLock(long typeVersion, Object owner) {
        return Py.type(owner).currentVersionTag() == typeVersion;
    }

    /** The instance still uses shared-keys values (no materialized dict). */
    @Op(name = "_GUARD_DORV_NO_DICT", stack = "(owner -- owner)", flags = Flag.EXIT)
    public static boolean guardDorvNoDict(Object owner) {
        return ((PyInstance) owner).values != null;
    }

    /** Replaces the value at shared-keys index {@code offset}; a first store keeps the insertion-order rules. */
    @Op(name = "_STORE_ATTR_INSTANCE_VALUE", stack = "(offset/1, value, owner --)", flags = Flag.ESCAPES)
    public static void storeAttrInstanceValue(long offset, Object value, Object owner) {
        PyInstance inst = (PyInstance) owner;
        Object[] values = inst.values;
        if (offset < values.length && values[(int) offset] != null) values[(int) offset] = value;
        else inst.setAttr(inst.type.sharedKeys.name((int) offset), value);
    }

    /** Stores into a __slots__ member; true (no deoptimization) always, as the type version pins the layout. */
    @Op(name = "_STORE_ATTR_SLOT", stack = "(index/1, value, owner --)", flags = {Flag.DEOPT, Flag.ESCAPES})
    public static boolean storeAttrSlot(long index, Object value, Object owner) {
        ((PyInstance) owner).slots[(int) index] = value;
        return true;
    }

    /** Replaces entry {@code hint} of the materialized dict if it holds {@code name}; false (deoptimize) otherwise. */
    @Op(name = "_STORE_ATTR_WITH_HINT", stack = "(hint/1, value, owner --)", flags = {Flag.NAME, Flag.DEOPT, Flag.ESCAPES})
    public static boolean storeAttrWithHint(Frame f, @Oparg int oparg, long hint, Object value, Object owner) {
        PyDict dict = ((PyInstance) owner).dictOrNull();
        if (dict == null || dict.entryKey((int) hint) != f.code.names[oparg]) return false;
        dict.setItem(f.code.names[oparg], value);
        return true;
    }

    // ---- LOAD_SUPER_ATTR specializations ----

    /** super().name with the builtin super and a class: no super object is made for the lookup. */
    @Op(name = "_LOAD_SUPER_ATTR_ATTR", stack = "(global_super, class, self -- attr)",
            flags = {Flag.NAME, Flag.DEOPT, Flag.ERROR, Flag.ESCAPES})
    public static Object loadSuperAttrAttr(Frame f, @Oparg int oparg, Object globalSuper, Object cls, Object self) {
        if (!AttrSpecializer.isBuiltinSuper(globalSuper) || !(cls instanceof PyType type)) return null;
        return InlineCalls.superLookup(globalSuper, type, self, f.code.names[oparg >> 2], null);
    }

    /** super().name(...): a plain method comes back unbound, with self, for the CALL that follows. */
    @Op(name = "_LOAD_SUPER_ATTR_METHOD", stack = "(global_super, class, self -- attr, self_or_null[1])",
            flags = {Flag.NAME, Flag.DEOPT, Flag.ERROR, Flag.ERROR_NO_POP, Flag.ESCAPES})
    public static Object loadSuperAttrMethod(Frame f, @Oparg int oparg, Object globalSuper, Object cls, Object self,
            int selfOrNull) {
        if (!AttrSpecializer.isBuiltinSuper(globalSuper) || !(cls instanceof PyType type)) return null;
        Object[] method = {null};
        Object attr = InlineCalls.superLookup(globalSuper, type, self, f.code.names[oparg >> 2], method);
        f.localsplus[selfOrNull] = method[0];
        return attr;
    }
}
