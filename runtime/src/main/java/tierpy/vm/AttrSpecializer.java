package tierpy.vm;

import tierpy.code.CodeObject;
import tierpy.code.Opcodes;
import tierpy.objects.Descriptors;
import tierpy.objects.HeapSlots;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyInstance;
import tierpy.objects.PyType;
import tierpy.objects.Wrappers;

/**
 * Mirrors Python/specialize.c: _Py_Specialize_LoadGlobal, _Py_Specialize_LoadAttr (with
 * analyze_descriptor, specialize_dict_access, specialize_attr_loadclassattr,
 * specialize_class_load_attr, specialize_module_load_attr), _Py_Specialize_StoreAttr and
 * _Py_Specialize_LoadSuperAttr.
 *
 * <p>CPython's layouts map onto tierpy's as follows: "inline values" are a {@link PyInstance}'s
 * shared-keys {@code values} (every class that adds a __dict__ to fixed-size instances: in 3.14 a
 * managed dict always starts as inline values); a materialized managed dict is the instance's
 * {@code dictOrNull()}; a dict at tp_dictoffset (functions, exceptions) is created on first use, as
 * {@link #dictNotCreated} tells; object slots are __slots__ members; pointers kept in inline caches
 * are handles into the code's object table.
 */
public final class AttrSpecializer {
    private AttrSpecializer() {}

    /** The LOAD_ATTR_SLOT index that reads the type (CPython reads ob_type for {@code __class__}). */
    public static final int OB_TYPE = 0xFFFF;

    // ---- LOAD_GLOBAL ----

    /** _Py_Specialize_LoadGlobal: a global by entry index, or a builtin while the name stays no global. */
    public static void loadGlobal(Frame f, String name) {
        Specializer.attempt(f);
        PyDict globals = f.globals;
        int index = globals.entryIndex(name);
        if (index >= 0) {
            int version = globals.keysVersion();
            if (index > 0xFFFF || version > 0xFFFF) {
                Specializer.fail(f, "SPEC_FAIL_OUT_OF_RANGE");
                return;
            }
            Specializer.specialize(f, Opcodes.LOAD_GLOBAL_MODULE);
            Specializer.writeCache(f, 1, 1, version);
            Specializer.writeCache(f, 3, 1, index);
            return;
        }
        PyDict builtins = f.builtins;
        index = builtins.entryIndex(name);
        if (index < 0) {
            Specializer.fail(f, "SPEC_FAIL_LOAD_GLOBAL_NON_EXISTENT");
            return;
        }
        int globalsVersion = globals.keysVersion();
        int builtinsVersion = builtins.keysVersion();
        if (index > 0xFFFF || globalsVersion > 0xFFFF || builtinsVersion > 0xFFFF) {
            Specializer.fail(f, "SPEC_FAIL_OUT_OF_RANGE");
            return;
        }
        Specializer.specialize(f, Opcodes.LOAD_GLOBAL_BUILTIN);
        Specializer.writeCache(f, 1, 1, globalsVersion);
        Specializer.writeCache(f, 2, 1, builtinsVersion);
        Specializer.writeCache(f, 3, 1, index);
    }

    // ---- descriptors (specialize.c: DescriptorClassification) ----

    enum Kind {
        OVERRIDING, METHOD, PROPERTY, OBJECT_SLOT, OTHER_SLOT, NON_OVERRIDING, BUILTIN_CLASSMETHOD, PYTHON_CLASSMETHOD,
        NON_DESCRIPTOR, MUTABLE, ABSENT, DUNDER_CLASS, GETSET_OVERRIDDEN, GETATTRIBUTE_IS_PYTHON_FUNCTION
    }

    /** classify_descriptor. */
    static Kind classify(Object descr, boolean hasGetattr) {
        if (descr == null) return Kind.ABSENT;
        PyType dt = Py.type(descr);
        if (!isImmutable(dt)) return Kind.MUTABLE;
        if (dt.descrSet != null) {
            if (descr instanceof Descriptors.Member) return Kind.OBJECT_SLOT;
            if (dt == Py.PROPERTY) return hasGetattr ? Kind.GETSET_OVERRIDDEN : Kind.PROPERTY;
            return Kind.OVERRIDING;
        }
        if (dt.descrGet != null) {
            if (dt.methodDescriptor) return Kind.METHOD;
            if (dt == Py.CLASSMETHOD_DESCRIPTOR) return Kind.BUILTIN_CLASSMETHOD;
            if (dt == Py.CLASSMETHOD) return Kind.PYTHON_CLASSMETHOD;
            return Kind.NON_OVERRIDING;
        }
        return Kind.NON_DESCRIPTOR;
    }

    /** The result of analyze_descriptor: the kind, and the descriptor (or __getattribute__) it found. */
    record Analysis(Kind kind, Object descr) {}

    /** analyze_descriptor: how {@code name} resolves on instances of {@code type}. */
    static Analysis analyze(PyType type, String name, boolean store) {
        boolean hasGetattr = false;
        if (store) {
            if (type.setattro != Py.OBJECT.setattro) return new Analysis(Kind.GETSET_OVERRIDDEN, null);
        } else if (type.getattro != Py.OBJECT.getattro) {
            boolean hook = type.getattro == HeapSlots.SLOT_TP_GETATTR_HOOK;
            if (!hook && type.getattro != HeapSlots.SLOT_TP_GETATTRO) return new Analysis(Kind.GETSET_OVERRIDDEN, null);
            // __getattribute__ and/or __getattr__ defined in Python.
            Object getattribute = type.lookup("__getattribute__");
            hasGetattr = type.lookup("__getattr__") != null;
            if (getattribute != null && getattribute != Py.OBJECT.dict.get("__getattribute__")) {
                // Only once the hook found no __getattr__ and left _Py_slot_tp_getattro in the slot.
                if (!hook && !hasGetattr && getattribute instanceof PyFunction) {
                    return new Analysis(Kind.GETATTRIBUTE_IS_PYTHON_FUNCTION, getattribute);
                }
                return new Analysis(Kind.GETSET_OVERRIDDEN, null);
            }
        }
        Object descr = type.lookup(name);
        if (name.equals("__class__") && descr == Py.OBJECT.dict.get("__class__")) return new Analysis(Kind.DUNDER_CLASS, descr);
        return new Analysis(classify(descr, hasGetattr), descr);
    }

    /**
     * Whether a type is one of CPython's immutable types (Py_TPFLAGS_IMMUTABLETYPE): a builtin type, or
     * one tierpy builds like a class in module builtins (function, module, super, enumerate, ...).
     */
    public static boolean isImmutable(PyType type) {
        return !type.heap || "builtins".equals(type.dict.get("__module__"));
    }

    /** Where instances keep their __dict__: CPython's Py_TPFLAGS_MANAGED_DICT, or the sign of tp_dictoffset. */
    enum DictLayout { NONE, MANAGED, OFFSET, NEGATIVE_OFFSET }

    /**
     * The layout type_new gives a heap class that adds a __dict__: managed, unless its solid base has
     * variable-size instances (int, tuple, bytes: the dict then sits at a negative offset from the end).
     * A class inheriting its __dict__ from a builtin (BaseException, ...) keeps the builtin's tp_dictoffset.
     */
    static DictLayout dictLayout(PyType type) {
        if (type == VmTypes.FUNCTION) return DictLayout.OFFSET;
        if (!type.instancesHaveDict) return DictLayout.NONE;
        PyType addedBy = type;
        while (addedBy.base != null && addedBy.base.instancesHaveDict) addedBy = addedBy.base;
        if (isImmutable(addedBy)) return DictLayout.OFFSET;
        PyType solid = type.solidBase;
        return solid == Py.INT || solid == Py.TUPLE || solid == Py.BYTES ? DictLayout.NEGATIVE_OFFSET : DictLayout.MANAGED;
    }

    /**
     * Py_TPFLAGS_INLINE_VALUES: in 3.14 every managed-dict type (their instances are fixed-size) keeps
     * attributes in shared-keys values until a dict is materialized.
     */
    static boolean inlineValues(PyType type) {
        return dictLayout(type) == DictLayout.MANAGED;
    }

    /**
     * Whether the instance's __dict__ (reached through tp_dictoffset) was never created: nothing stored,
     * __dict__ never asked for. Builtin objects tierpy does not model so are taken to have one.
     */
    public static boolean dictNotCreated(Object owner) {
        if (owner instanceof PyFunction fn) return fn.dict == null;
        return owner instanceof PyInstance inst && inst.dictNotCreated();
    }

    /** instance_has_key: whether instances likely shadow {@code name} in their own namespace. */
    static boolean instanceHasKey(Object owner, String name) {
        PyType type = Py.type(owner);
        return owner instanceof PyInstance && inlineValues(type) && type.sharedKeys.indexOf(name) >= 0;
    }

    // ---- LOAD_ATTR ----

    /** _Py_Specialize_LoadAttr. */
    public static void loadAttr(Frame f, int oparg, Object owner) {
        Specializer.attempt(f);
        String name = f.code.names[oparg >> 1];
        String failure;
        if (owner instanceof PyModule m && m.type == PyModule.TYPE) failure = moduleLoadAttr(f, m, name);
        else if (owner instanceof PyType cls) failure = classLoadAttr(f, cls, name);
        else failure = instanceLoadAttr(f, oparg, owner, name);
        if (failure != null) Specializer.fail(f, failure);
    }

    /** specialize_module_load_attr; returns the failure kind, or null on success. */
    private static String moduleLoadAttr(Frame f, PyModule m, String name) {
        PyDict dict = m.dict;
        if (dict.entryIndex("__getattr__") >= 0) return "SPEC_FAIL_OVERRIDDEN";
        int index = dict.entryIndex(name);
        if (index < 0) return "SPEC_FAIL_ATTR_MODULE_ATTR_NOT_FOUND";
        if (index > 0xFFFF) return "SPEC_FAIL_OUT_OF_RANGE";
        Specializer.specialize(f, Opcodes.LOAD_ATTR_MODULE);
        Specializer.writeCache(f, 1, 2, dict.keysVersion());
        Specializer.writeCache(f, 3, 1, index);
        return null;
    }

    /** specialize_class_load_attr: an attribute of a class object. */
    private static String classLoadAttr(Frame f, PyType cls, String name) {
        PyType meta = Py.type(cls);
        if (meta.getattro != Py.TYPE.getattro) return "SPEC_FAIL_ATTR_METACLASS_OVERRIDDEN";
        switch (classify(meta.lookup(name), false)) {
            case METHOD, NON_DESCRIPTOR, NON_OVERRIDING, BUILTIN_CLASSMETHOD, PYTHON_CLASSMETHOD, ABSENT -> { }
            default -> {
                return "SPEC_FAIL_ATTR_METACLASS_ATTRIBUTE";
            }
        }
        Analysis a = analyze(cls, name, false);
        if (a.kind() != Kind.METHOD && a.kind() != Kind.NON_DESCRIPTOR) return failKind(a.kind());
        boolean metaclassCheck = !isImmutable(meta);
        Specializer.specialize(f, metaclassCheck ? Opcodes.LOAD_ATTR_CLASS_WITH_METACLASS_CHECK : Opcodes.LOAD_ATTR_CLASS);
        Specializer.writeCache(f, 1, 2, cls.versionTag());
        if (metaclassCheck) Specializer.writeCache(f, 3, 2, meta.versionTag());
        writeObject(f, a.descr());
        return null;
    }

    /** specialize_instance_load_attr. */
    private static String instanceLoadAttr(Frame f, int oparg, Object owner, String name) {
        PyType type = Py.type(owner);
        boolean shadow = instanceHasKey(owner, name);
        Analysis a = analyze(type, name, false);
        int version = type.versionTag();
        boolean method = (oparg & 1) != 0;
        switch (a.kind()) {
            case METHOD -> {
                if (shadow) return dictAccess(f, owner, type, name, true);
                return method ? loadClassAttr(f, owner, type, a.descr(), true) : "SPEC_FAIL_ATTR_METHOD";
            }
            case PROPERTY -> {
                Object fget = ((Wrappers.Property) a.descr()).fget();
                if (fget == Py.None) return "SPEC_FAIL_EXPECTED_ERROR";
                if (!(fget instanceof PyFunction fn)) return "SPEC_FAIL_ATTR_PROPERTY_NOT_PY_FUNCTION";
                String args = checkArgs(fn, 1);
                if (args != null) return args;
                if (method) return "SPEC_FAIL_ATTR_METHOD";
                Specializer.specialize(f, Opcodes.LOAD_ATTR_PROPERTY);
                Specializer.writeCache(f, 1, 2, version);
                writeObject(f, fn);
                return null;
            }
            case OBJECT_SLOT -> {
                Descriptors.Member member = (Descriptors.Member) a.descr();
                if (!(owner instanceof PyInstance inst) || inst.slots == null || member.index >= inst.slots.length) {
                    return "SPEC_FAIL_EXPECTED_ERROR";
                }
                Specializer.specialize(f, Opcodes.LOAD_ATTR_SLOT);
                Specializer.writeCache(f, 1, 2, version);
                Specializer.writeCache(f, 3, 1, member.index);
                return null;
            }
            case DUNDER_CLASS -> {
                Specializer.specialize(f, Opcodes.LOAD_ATTR_SLOT);
                Specializer.writeCache(f, 1, 2, version);
                Specializer.writeCache(f, 3, 1, OB_TYPE);
                return null;
            }
            case OVERRIDING, OTHER_SLOT, MUTABLE, GETSET_OVERRIDDEN -> {
                return failKind(a.kind());
            }
            case GETATTRIBUTE_IS_PYTHON_FUNCTION -> {
                PyFunction getattribute = (PyFunction) a.descr();
                String args = checkArgs(getattribute, 2);
                if (args != null) return args;
                if (method) return "SPEC_FAIL_ATTR_METHOD";
                Specializer.specialize(f, Opcodes.LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN);
                Specializer.writeCache(f, 1, 2, version);
                Specializer.writeCache(f, 3, 2, getattribute.version);
                writeObject(f, getattribute);
                return null;
            }
            case BUILTIN_CLASSMETHOD, PYTHON_CLASSMETHOD, NON_OVERRIDING -> {
                return shadow ? dictAccess(f, owner, type, name, true) : failKind(a.kind());
            }
            case NON_DESCRIPTOR -> {
                if (shadow) return dictAccess(f, owner, type, name, true);
                return method ? failKind(a.kind()) : loadClassAttr(f, owner, type, a.descr(), false);
            }
            default -> {
                if (shadow) return dictAccess(f, owner, type, name, true);
                // Absent everywhere: the generic form raises or calls __getattr__; wait before trying again.
                f.code.units[f.lasti + 1] = (char) Backoff.cooldown();
                return null;
            }
        }
    }

    /** specialize_dict_access: the attribute lives in the instance's own namespace. */
    private static String dictAccess(Frame f, Object owner, PyType type, String name, boolean load) {
        if (!inlineValues(type)) return "SPEC_FAIL_ATTR_NOT_MANAGED_DICT";
        PyInstance inst = (PyInstance) owner;
        if (inst.values != null) {
            int index = type.sharedKeys.indexOf(name);
            if (index < 0) return "SPEC_FAIL_ATTR_NOT_IN_KEYS";
            Specializer.specialize(f, load ? Opcodes.LOAD_ATTR_INSTANCE_VALUE : Opcodes.STORE_ATTR_INSTANCE_VALUE);
            Specializer.writeCache(f, 1, 2, type.versionTag());
            Specializer.writeCache(f, 3, 1, index);
            return null;
        }
        // The values were materialized into a (combined) dict.
        PyDict dict = inst.dictOrNull();
        if (dict == null) return "SPEC_FAIL_NO_DICT";
        int index = dict.entryIndex(name);
        if (index < 0 || index > 0xFFFF) return index < 0 ? "SPEC_FAIL_ATTR_NOT_IN_DICT" : "SPEC_FAIL_OUT_OF_RANGE";
        Specializer.specialize(f, load ? Opcodes.LOAD_ATTR_WITH_HINT : Opcodes.STORE_ATTR_WITH_HINT);
        Specializer.writeCache(f, 1, 2, type.versionTag());
        Specializer.writeCache(f, 3, 1, index);
        return null;
    }

    /** specialize_attr_loadclassattr: a method or plain class attribute that instances do not shadow. */
    private static String loadClassAttr(Frame f, Object owner, PyType type, Object descr, boolean method) {
        switch (dictLayout(type)) {
            case MANAGED -> {
                Specializer.specialize(f, method ? Opcodes.LOAD_ATTR_METHOD_WITH_VALUES : Opcodes.LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES);
                Specializer.writeCache(f, 3, 2, type.sharedKeys.version());
            }
            case NONE -> Specializer.specialize(f, method ? Opcodes.LOAD_ATTR_METHOD_NO_DICT : Opcodes.LOAD_ATTR_NONDESCRIPTOR_NO_DICT);
            case NEGATIVE_OFFSET -> {
                return "SPEC_FAIL_OUT_OF_RANGE";
            }
            case OFFSET -> {
                if (!method) return "SPEC_FAIL_ATTR_CLASS_ATTR_SIMPLE";
                if (!dictNotCreated(owner)) return "SPEC_FAIL_ATTR_NOT_MANAGED_DICT";
                Specializer.specialize(f, Opcodes.LOAD_ATTR_METHOD_LAZY_DICT);
                // CPython's dict_offset entry; tierpy finds the dict by the object's class, not at an offset.
                Specializer.writeCache(f, 3, 1, 0);
            }
        }
        Specializer.writeCache(f, 1, 2, type.versionTag());
        writeObject(f, descr);
        return null;
    }

    /** Keeps {@code value} in the code's object table; the descr cache entry holds its handle. */
    private static void writeObject(Frame f, Object value) {
        Specializer.setCachedObject(f, value);
        Specializer.writeCache(f, 5, 4, f.lasti);
    }

    /** function_check_args: a plain function of {@code argcount} positional parameters; else the failure kind. */
    static String checkArgs(PyFunction fn, int argcount) {
        CodeObject co = fn.code.co;
        if ((co.flags & (CodeObject.CO_VARARGS | CodeObject.CO_VARKEYWORDS)) != 0 || co.kwonlyargcount != 0) {
            return "SPEC_FAIL_CODE_COMPLEX_PARAMETERS";
        }
        if ((co.flags & CodeObject.CO_OPTIMIZED) == 0) return "SPEC_FAIL_CODE_NOT_OPTIMIZED";
        return co.argcount == argcount ? null : "SPEC_FAIL_WRONG_NUMBER_ARGUMENTS";
    }

    /** load_attr_fail_kind. */
    private static String failKind(Kind kind) {
        return switch (kind) {
            case OVERRIDING -> "SPEC_FAIL_ATTR_OVERRIDING_DESCRIPTOR";
            case METHOD -> "SPEC_FAIL_ATTR_METHOD";
            case PROPERTY -> "SPEC_FAIL_ATTR_PROPERTY";
            case OBJECT_SLOT -> "SPEC_FAIL_ATTR_OBJECT_SLOT";
            case OTHER_SLOT -> "SPEC_FAIL_ATTR_NON_OBJECT_SLOT";
            case DUNDER_CLASS -> "SPEC_FAIL_OTHER";
            case MUTABLE -> "SPEC_FAIL_ATTR_MUTABLE_CLASS";
            case GETSET_OVERRIDDEN, GETATTRIBUTE_IS_PYTHON_FUNCTION -> "SPEC_FAIL_OVERRIDDEN";
            case BUILTIN_CLASSMETHOD -> "SPEC_FAIL_ATTR_BUILTIN_CLASS_METHOD";
            case PYTHON_CLASSMETHOD -> "SPEC_FAIL_ATTR_CLASS_METHOD_OBJ";
            case NON_OVERRIDING -> "SPEC_FAIL_ATTR_NON_OVERRIDING_DESCRIPTOR";
            case NON_DESCRIPTOR -> "SPEC_FAIL_ATTR_NOT_DESCRIPTOR";
            case ABSENT -> "SPEC_FAIL_EXPECTED_ERROR";
        };
    }

    // ---- STORE_ATTR ----

    /** _Py_Specialize_StoreAttr. */
    public static void storeAttr(Frame f, String name, Object owner) {
        Specializer.attempt(f);
        PyType type = Py.type(owner);
        String failure;
        if (owner instanceof PyModule) {
            failure = "SPEC_FAIL_OVERRIDDEN";
        } else {
            Analysis a = analyze(type, name, true);
            failure = switch (a.kind()) {
                case OBJECT_SLOT -> {
                    Descriptors.Member member = (Descriptors.Member) a.descr();
                    if (!(owner instanceof PyInstance inst) || inst.slots == null || member.index >= inst.slots.length) {
                        yield "SPEC_FAIL_EXPECTED_ERROR";
                    }
                    Specializer.specialize(f, Opcodes.STORE_ATTR_SLOT);
                    Specializer.writeCache(f, 1, 2, type.versionTag());
                    Specializer.writeCache(f, 3, 1, member.index);
                    yield null;
                }
                case ABSENT -> owner instanceof PyInstance ? dictAccess(f, owner, type, name, false)
                        : "SPEC_FAIL_ATTR_NOT_MANAGED_DICT";
                case OVERRIDING -> "SPEC_FAIL_ATTR_OVERRIDING_DESCRIPTOR";
                case METHOD -> "SPEC_FAIL_ATTR_METHOD";
                case PROPERTY -> "SPEC_FAIL_ATTR_PROPERTY";
                case DUNDER_CLASS, OTHER_SLOT -> "SPEC_FAIL_ATTR_NON_OBJECT_SLOT";
                case MUTABLE -> "SPEC_FAIL_ATTR_MUTABLE_CLASS";
                case GETATTRIBUTE_IS_PYTHON_FUNCTION, GETSET_OVERRIDDEN -> "SPEC_FAIL_OVERRIDDEN";
                case BUILTIN_CLASSMETHOD -> "SPEC_FAIL_ATTR_BUILTIN_CLASS_METHOD_OBJ";
                case PYTHON_CLASSMETHOD -> "SPEC_FAIL_ATTR_CLASS_METHOD_OBJ";
                case NON_OVERRIDING -> "SPEC_FAIL_ATTR_CLASS_ATTR_DESCRIPTOR";
                case NON_DESCRIPTOR -> "SPEC_FAIL_ATTR_CLASS_ATTR_SIMPLE";
            };
        }
        if (failure != null) Specializer.fail(f, failure);
    }

    // ---- LOAD_SUPER_ATTR ----

    /** The builtin super type (the only builtin type of that name). */
    public static boolean isBuiltinSuper(Object globalSuper) {
        return globalSuper instanceof PyType t && t.name.equals("super") && isImmutable(t);
    }

    /** _Py_Specialize_LoadSuperAttr. */
    public static void loadSuperAttr(Frame f, int oparg, Object globalSuper, Object cls) {
        Specializer.attempt(f);
        if (!isBuiltinSuper(globalSuper)) Specializer.fail(f, "SPEC_FAIL_SUPER_SHADOWED");
        else if (!(cls instanceof PyType)) Specializer.fail(f, "SPEC_FAIL_SUPER_BAD_CLASS");
        else Specializer.specialize(f, (oparg & 1) != 0 ? Opcodes.LOAD_SUPER_ATTR_METHOD : Opcodes.LOAD_SUPER_ATTR_ATTR);
    }
}
