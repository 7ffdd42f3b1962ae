package tierpy.vm;

import tierpy.code.CodeObject;
import tierpy.code.Opcodes;
import tierpy.objects.Descriptors;
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
 * shared-keys {@code values} (types made by a class statement on object, without __slots__); a
 * "managed dict" is the materialized instance dict of a heap type; object slots are __slots__
 * members; pointers kept in inline caches are handles into the code's object table.
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
            if (isImmutable(type)) return new Analysis(Kind.GETSET_OVERRIDDEN, null);
            // slot_tp_getattr_hook: __getattribute__ and/or __getattr__ defined in Python.
            Object getattribute = type.lookup("__getattribute__");
            hasGetattr = type.lookup("__getattr__") != null;
            if (getattribute != null && getattribute != Py.OBJECT.dict.get("__getattribute__")) {
                if (!hasGetattr && getattribute instanceof PyFunction) {
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

    /** Py_TPFLAGS_INLINE_VALUES: instances keep attributes in shared-keys values. */
    static boolean inlineValues(PyType type) {
        return managedDict(type) && type.solidBase == Py.OBJECT && type.slotNames.length == 0;
    }

    /** Py_TPFLAGS_MANAGED_DICT: a class-statement type whose instances have a __dict__. */
    static boolean managedDict(PyType type) {
        return !isImmutable(type) && type.instancesHaveDict;
    }

    /** A dict reached through tp_dictoffset (functions, builtin types with a __dict__), not managed. */
    static boolean hasDictOffset(Object owner) {
        PyType type = Py.type(owner);
        return owner instanceof PyFunction || (!type.heap && type.instancesHaveDict);
    }

    /** instance_has_key: whether instances likely shadow {@code name} in their own namespace. */
    static boolean instanceHasKey(Object owner, String name) {
        PyType type = Py.type(owner);
        if (!managedDict(type) || !(owner instanceof PyInstance inst)) return false;
        if (inlineValues(type)) return type.sharedKeys.indexOf(name) >= 0;
        PyDict dict = inst.dictOrNull();
        return dict != null && dict.entryIndex(name) >= 0;
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
            case OVERRIDING, OTHER_SLOT, MUTABLE, GETSET_OVERRIDDEN, GETATTRIBUTE_IS_PYTHON_FUNCTION -> {
                return failKind(a.kind());
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
        if (!managedDict(type)) return "SPEC_FAIL_ATTR_NOT_MANAGED_DICT";
        PyInstance inst = (PyInstance) owner;
        if (inlineValues(type) && inst.values != null) {
            int index = type.sharedKeys.indexOf(name);
            if (index < 0) return "SPEC_FAIL_ATTR_NOT_IN_KEYS";
            Specializer.specialize(f, load ? Opcodes.LOAD_ATTR_INSTANCE_VALUE : Opcodes.STORE_ATTR_INSTANCE_VALUE);
            Specializer.writeCache(f, 1, 2, type.versionTag());
            Specializer.writeCache(f, 3, 1, index);
            return null;
        }
        if (inst.values != null) return "SPEC_FAIL_ATTR_SPLIT_DICT";
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
        if (inlineValues(type)) {
            int keysVersion = type.sharedKeys.version();
            Specializer.specialize(f, method ? Opcodes.LOAD_ATTR_METHOD_WITH_VALUES : Opcodes.LOAD_ATTR_NONDESCRIPTOR_WITH_VALUES);
            Specializer.writeCache(f, 3, 2, keysVersion);
        } else if (!managedDict(type) && !hasDictOffset(owner)) {
            Specializer.specialize(f, method ? Opcodes.LOAD_ATTR_METHOD_NO_DICT : Opcodes.LOAD_ATTR_NONDESCRIPTOR_NO_DICT);
        } else {
            // A lazily created dict (LOAD_ATTR_METHOD_LAZY_DICT) is not modelled.
            return method ? "SPEC_FAIL_ATTR_NOT_MANAGED_DICT" : "SPEC_FAIL_ATTR_CLASS_ATTR_SIMPLE";
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
