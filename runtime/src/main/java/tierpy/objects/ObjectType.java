package tierpy.objects;

/**
 * Mirrors Objects/typeobject.c: the slots of {@code object} (object_new, object_init,
 * object_repr, object_richcompare, PyObject_GenericGetAttr/SetAttr) and of {@code type}
 * (type_call, type_getattro, type_setattro, type_repr).
 */
final class ObjectType {
    private ObjectType() {}

    /** PyObject_HashNotImplemented: the hash slot of list, dict, set and of classes with __hash__ = None. */
    static final Slots.Hash UNHASHABLE = Abstract::unhashable;
    /** object's tp_getattro and tp_setattro, which most types inherit: Abstract calls them directly. */
    static final Slots.GetAttr GENERIC_GETATTR = ObjectType::genericGetAttr;
    static final Slots.SetAttr GENERIC_SETATTR = ObjectType::genericSetAttr;

    static void install() {
        PyType o = Py.OBJECT;
        o.hash = v -> (long) System.identityHashCode(v);
        o.repr = ObjectType::defaultRepr;
        o.str = v -> Abstract.repr(v);
        o.richcompare = ObjectType::objectRichCompare;
        o.getattro = GENERIC_GETATTR;
        o.setattro = GENERIC_SETATTR;
        o.tpNew = ObjectType::objectNew;
        o.init = ObjectType::objectInit;
        Def.getset(o, "__class__", Py::type, ObjectType::setClass);
        Def.method1(o, "__format__", (self, spec) -> {
            if (!(spec instanceof String s)) {
                throw Exceptions.typeError("__format__() argument must be str, not " + Py.type(spec).name);
            }
            if (!s.isEmpty()) {
                throw Exceptions.typeError("unsupported format string passed to " + Py.type(self).name + ".__format__");
            }
            return Abstract.str(self);
        });
        Def.method0(o, "__dir__", self -> {
            PyDict names = new PyDict();
            if (Abstract.getattrOrNull(self, "__dict__") instanceof PyDict own) names.update(own);
            mergeClassDict(names, Py.type(self));
            return PyList.fromIterable(names);
        });
        o.dict.put("__init_subclass__", new Descriptors.MethodDescr(Py.CLASSMETHOD_DESCRIPTOR, o,
                new Descriptors.Spec("__init_subclass__", "object.__init_subclass__", Descriptors.Kind.FAST,
                        (Descriptors.MV) (cls, a, off, n, kw) -> {
                            if (n > 0 || (kw != null && kw.length > 0)) {
                                throw Exceptions.typeError(((PyType) cls).name
                                        + ".__init_subclass__() takes no keyword arguments");
                            }
                            return Py.None;
                        })));
        // the default answer abc.ABCMeta.__subclasscheck__ asks for: no opinion
        Def.classMethod(o, "__subclasshook__", (cls, a, off, n, kw) -> {
            Args.check("__subclasshook__", n, kw, 1, 1);
            return Py.NotImplemented;
        });

        PyType t = Py.TYPE;
        t.call = ObjectType::typeCall;
        t.getattro = ObjectType::typeGetAttr;
        t.setattro = (self, name, value) -> ((PyType) self).setTypeAttr(name, value);
        t.repr = v -> "<class '" + ((PyType) v).fullName() + "'>";
        t.hash = o.hash;
        t.tpNew = ObjectType::typeNew;
        t.init = (self, a, off, n, kw) -> {
            // type_init: the arguments were type_new's to check, but not their number
            if (n == 1 && kw != null && kw.length > 0) throw Exceptions.typeError("type.__init__() takes no keyword arguments");
            if (n != 1 && n != 3) throw Exceptions.typeError("type.__init__() takes 1 or 3 arguments");
            return Py.None;
        };
        Def.getset(t, "__name__", v -> {
            PyType type = (PyType) v;
            return type.shortName != null ? type.shortName : type.name;
        }, (v, x) -> {
            PyType type = checkSetSpecial((PyType) v, "__name__", x);
            if (!(x instanceof String s)) {
                throw Exceptions.typeError("can only assign string to " + type.name + ".__name__, not '"
                        + Py.type(x).name + "'");
            }
            if (s.indexOf('\0') >= 0) throw Exceptions.valueError("type name must not contain null characters");
            type.name = s;
            type.shortName = null;
            type.modified();
        });
        Def.getset(t, "__qualname__", v -> ((PyType) v).qualname, (v, x) -> {
            PyType type = checkSetSpecial((PyType) v, "__qualname__", x);
            if (!(x instanceof String s)) {
                throw Exceptions.typeError("can only assign string to " + type.name + ".__qualname__, not '"
                        + Py.type(x).name + "'");
            }
            type.qualname = s;
        });
        Def.getter(t, "__mro__", v -> PyTuple.of((Object[]) ((PyType) v).mro));
        Def.getter(t, "__bases__", v -> PyTuple.of((Object[]) ((PyType) v).bases));
        Def.getset(t, "__annotate__", ObjectType::typeAnnotate, (v, x) -> {
            PyType type = checkSetSpecial((PyType) v, "__annotate__", x);
            if (x != Py.None && Py.type(x).call == null) throw Exceptions.typeError("__annotate__ must be callable or None");
            type.dict.put("__annotate__", x);
            if (x != Py.None) type.dict.remove("__annotations_cache__");
            type.modified();
        });
        Def.getset(t, "__annotations__", ObjectType::typeAnnotations, (v, x) -> {
            PyType type = (PyType) v;
            if (!type.heap) {
                throw Exceptions.typeError("cannot set '__annotations__' attribute of immutable type '" + type.name + "'");
            }
            if (x != null) type.dict.put("__annotations_cache__", x);
            else if (type.dict.remove("__annotations_cache__") == null) {
                throw Exceptions.attributeError("__annotations__", "__annotations__", type);
            }
            type.dict.remove("__annotate_func__");
            type.dict.remove("__annotate__");
            type.modified();
        });
        Def.getset(t, "__abstractmethods__", v -> {
            // type_abstractmethods: type itself has the descriptor, not the attribute
            Object m = v == Py.TYPE ? null : ((PyType) v).dict.get("__abstractmethods__");
            if (m == null) throw Exceptions.attributeError("__abstractmethods__");
            return m;
        }, (v, x) -> {
            PyType type = (PyType) v;
            if (x == null) {
                if (v == Py.TYPE || type.dict.remove("__abstractmethods__") == null) {
                    throw Exceptions.attributeError("__abstractmethods__");
                }
                type.isAbstract = false;
            } else {
                boolean abstract_ = Abstract.isTrue(x);
                type.dict.put("__abstractmethods__", x);
                type.isAbstract = abstract_;
            }
            type.modified();
        });
        Def.getter(t, "__base__", v -> ((PyType) v).base == null ? Py.None : ((PyType) v).base);
        Def.getset(t, "__module__", v -> {
            Object m = ((PyType) v).dict.get("__module__");
            // a static type's module comes from its name: type's own entry is this descriptor
            return m == null || !((PyType) v).heap && !(m instanceof String) ? "builtins" : m;
        }, (v, x) -> {
            PyType type = checkSetSpecial((PyType) v, "__module__", x);
            type.dict.put("__module__", x);
            type.modified();
        });
        // the read-only view of the class namespace (mappingproxy)
        Def.getter(t, "__dict__", v -> MappingProxy.of((PyType) v));
        Def.method0(t, "__dir__", self -> {
            PyDict names = new PyDict();
            mergeClassDict(names, (PyType) self);
            return PyList.fromIterable(names);
        });
        // _PyObject_RealIsInstance / _PyObject_RealIsSubclass: what a metaclass's hooks fall back on
        Def.method1(t, "__instancecheck__", (self, inst) -> Py.type(inst).isSubtype((PyType) self));
        Def.method1(t, "__subclasscheck__", (self, c) -> {
            if (!(c instanceof PyType sub)) throw Exceptions.typeError("issubclass() arg 1 must be a class");
            return sub.isSubtype((PyType) self);
        });
        Def.method0(t, "__subclasses__", self -> new PyList(((PyType) self).subclasses().toArray()));
        Def.methodV(t, "mro", (self, a, off, n, kw) -> new PyList((Object[]) ((PyType) self).mro));
        Def.method1(t, "__instancecheck__", (self, inst) -> Py.bool(Abstract.realIsinstance(inst, self)));
        Def.method1(t, "__subclasscheck__", (self, sub) -> Py.bool(Abstract.realIssubclass(sub, self)));
        Def.method0(t, "__subclasses__", self -> new PyList(((PyType) self).subclasses().toArray()));
    }

    /** Mirrors Objects/typeobject.c: type_get_annotate (__annotate__, else the class body's __annotate_func__). */
    private static Object typeAnnotate(Object v) {
        PyType type = (PyType) v;
        if (!type.heap) throw noTypeAttribute(type, "__annotate__");
        Object annotate = type.dict.get("__annotate__");
        if (annotate == null) annotate = type.dict.get("__annotate_func__");
        if (annotate == null) {
            type.dict.put("__annotate_func__", Py.None);
            type.modified();
            return Py.None;
        }
        return Abstract.descrGet(annotate, null, type);
    }

    /** Mirrors Objects/typeobject.c: type_get_annotations (cached in __annotations_cache__). */
    private static Object typeAnnotations(Object v) {
        PyType type = (PyType) v;
        if (!type.heap) throw noTypeAttribute(type, "__annotations__");
        Object annotations = type.dict.get("__annotations__");
        if (annotations == null) annotations = type.dict.get("__annotations_cache__");
        if (annotations != null) return Abstract.descrGet(annotations, null, type);
        Object annotate = typeAnnotate(type);
        if (Py.type(annotate).call != null) {
            annotations = Abstract.call(annotate, 1L);
            if (!(annotations instanceof PyDict)) {
                throw Exceptions.typeError("__annotate__ returned non-dict of type '" + Py.type(annotations).name + "'");
            }
        } else {
            annotations = new PyDict();
        }
        type.dict.put("__annotations_cache__", annotations);
        type.modified();
        return annotations;
    }

    private static PyException noTypeAttribute(PyType type, String attr) {
        return Exceptions.attributeError("type object '" + type.name + "' has no attribute '" + attr + "'", attr, type);
    }

    /** Mirrors Objects/typeobject.c: check_set_special_type_attr. */
    private static PyType checkSetSpecial(PyType type, String attr, Object value) {
        if (!type.heap) {
            throw Exceptions.typeError("cannot set '" + attr + "' attribute of immutable type '" + type.name + "'");
        }
        if (value == null) {
            throw Exceptions.typeError("cannot delete '" + attr + "' attribute of immutable type '" + type.name + "'");
        }
        return type;
    }

    /** Mirrors Objects/typeobject.c: merge_class_dict (own dict, then each base recursively). */
    private static void mergeClassDict(PyDict names, PyType t) {
        for (String k : t.dict.keySet()) names.setItem(k, Py.None);
        for (PyType b : t.bases) mergeClassDict(names, b);
    }

    /** Mirrors Objects/typeobject.c: object_set_class (compatible layouts only). */
    private static void setClass(Object self, Object cls) {
        if (cls == null) throw Exceptions.typeError("can't delete __class__ attribute");
        if (!(cls instanceof PyType nt)) {
            throw Exceptions.typeError("__class__ must be set to a class, not '" + Py.type(cls).name + "' object");
        }
        PyType old = Py.type(self);
        if (!old.heap || !nt.heap || !(self instanceof PyInstance inst)) {
            throw Exceptions.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (old.solidBase != nt.solidBase || old.instancesHaveDict != nt.instancesHaveDict
                || !java.util.Arrays.equals(old.slotNames, nt.slotNames)) {
            throw Exceptions.typeError("__class__ assignment: '" + nt.name + "' object layout differs from '"
                    + old.name + "'");
        }
        if (inst.values != null) inst.materializeDict();
        inst.type = nt;
    }

    static String address(Object v) {
        return String.format("0x%012x", System.identityHashCode(v) * 16L + 0x7f0000000000L);
    }

    private static Object defaultRepr(Object v) {
        PyType t = Py.type(v);
        return "<" + t.fullName() + " object at " + address(v) + ">";
    }

    /** Mirrors Objects/typeobject.c: object_richcompare. */
    private static Object objectRichCompare(Object v, Object w, CmpOp op) {
        switch (op) {
            case EQ:
                return v == w ? Boolean.TRUE : Py.NotImplemented;
            case NE: {
                Slots.RichCompare eq = Py.type(v).richcompare;
                Object r = eq == null ? Py.NotImplemented : eq.compare(v, w, CmpOp.EQ);
                if (r == Py.NotImplemented) return r;
                return Py.bool(!Abstract.isTrue(r));
            }
            default:
                return Py.NotImplemented;
        }
    }

    /** Mirrors Objects/object.c: _PyObject_GenericGetAttrWithDict; null when missing. */
    static Object genericGetAttr(Object obj, String name) {
        PyType tp = Py.type(obj);
        Object descr = tp.lookup(name);
        Slots.DescrGet f = null;
        if (descr != null) {
            PyType dt = Py.type(descr);
            f = dt.descrGet;
            if (f != null && dt.descrSet != null) return f.get(descr, obj, tp);
        }
        if (obj instanceof PyInstance inst) {
            Object v = inst.getAttr(name);
            if (v != null) return v;
        }
        if (f != null) return f.get(descr, obj, tp);
        return descr;
    }

    /** Mirrors Objects/object.c: _PyObject_GenericSetAttrWithDict (value null deletes). */
    static void genericSetAttr(Object obj, String name, Object value) {
        PyType tp = Py.type(obj);
        Object descr = tp.lookup(name);
        if (descr != null) {
            Slots.DescrSet f = Py.type(descr).descrSet;
            if (f != null) {
                f.set(descr, obj, value);
                return;
            }
        }
        if (obj instanceof PyInstance inst && tp.instancesHaveDict) {
            if (value != null) {
                inst.setAttr(name, value);
            } else if (!inst.delAttr(name)) {
                throw Exceptions.attributeError("'" + tp.name + "' object has no attribute '" + name + "'", name, obj);
            }
            return;
        }
        if (descr == null) {
            throw Exceptions.attributeError("'" + tp.name + "' object has no attribute '" + name
                    + "' and no __dict__ for setting new attributes", name, obj);
        }
        throw Exceptions.attributeError("'" + tp.name + "' object attribute '" + name + "' is read-only", name, obj);
    }

    private static boolean excessArgs(int nargs, String[] kw) {
        return nargs > 0 || (kw != null && kw.length > 0);
    }

    /** Mirrors Objects/typeobject.c: object_new. */
    private static Object objectNew(PyType type, Object[] a, int off, int n, String[] kw) {
        if (excessArgs(n, kw)) {
            if (type.tpNew != Py.OBJECT.tpNew) {
                throw Exceptions.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.init == Py.OBJECT.init) throw Exceptions.typeError(type.name + "() takes no arguments");
        }
        if (!type.heap && type != Py.OBJECT) {
            throw Exceptions.typeError("object.__new__(" + type.name + ") is not safe, use " + type.name + ".__new__()");
        }
        if (type.isAbstract) throw abstractInstantiation(type);
        if (type.solidBase.isSubtype(Exceptions.BaseException)) return new PyBaseException(type);
        return new PyInstance(type);
    }

    /** Mirrors Objects/typeobject.c: object_new's message naming the abstract methods, sorted. */
    private static PyException abstractInstantiation(PyType type) {
        PyList names = PyList.fromIterable(type.dict.get("__abstractmethods__"));
        names.sort(Py.None, false);
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            joined.append(i == 0 ? "'" : ", '").append(Abstract.str(names.get(i))).append("'");
        }
        return Exceptions.typeError("Can't instantiate abstract class " + type.name + " without an implementation for abstract method"
                + (names.size() == 1 ? " " : "s ") + joined);
    }

    /** Mirrors Objects/typeobject.c: object_init. */
    private static Object objectInit(Object self, Object[] a, int off, int n, String[] kw) {
        if (excessArgs(n, kw)) {
            PyType type = Py.type(self);
            if (type.init != Py.OBJECT.init) {
                throw Exceptions.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.tpNew == Py.OBJECT.tpNew) throw Exceptions.typeError(type.name + "() takes no arguments");
        }
        return Py.None;
    }

    /** Mirrors Objects/typeobject.c: type_call. */
    private static Object typeCall(Object callable, Object[] a, int off, int n, String[] kw) {
        PyType type = (PyType) callable;
        int nkw = kw == null ? 0 : kw.length;
        if (type == Py.TYPE && n == 1 && nkw == 0) return Py.type(a[off]);
        if (type.tpNew == null) throw Exceptions.typeError("cannot create '" + type.fullName() + "' instances");
        Object obj = type.tpNew.make(type, a, off, n, kw);
        if (!Py.type(obj).isSubtype(type)) return obj;
        Slots.Call init = Py.type(obj).init;
        if (init != null) {
            Object r = init.call(obj, a, off, n, kw);
            if (r != Py.None) {
                throw Exceptions.typeError("__init__() should return None, not '" + Py.type(r).name + "'");
            }
        }
        return obj;
    }

    /** type(name, bases, dict): Objects/typeobject.c: type_new. */
    private static Object typeNew(PyType meta, Object[] a, int off, int n, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        if (meta == Py.TYPE && n == 1 && nkw == 0) return Py.type(a[off]);
        if (n != 3) throw Exceptions.typeError("type() takes 1 or 3 arguments");
        if (!(a[off] instanceof String name)) {
            throw Exceptions.typeError("type.__new__() argument 1 must be str, not " + Py.type(a[off]).name);
        }
        if (name.indexOf('\0') >= 0) throw Exceptions.valueError("type name must not contain null characters");
        if (!(a[off + 1] instanceof PyTuple bases)) {
            throw Exceptions.typeError("type.__new__() argument 2 must be tuple, not " + Py.type(a[off + 1]).name);
        }
        if (!(a[off + 2] instanceof PyDict ns)) {
            throw Exceptions.typeError("type.__new__() argument 3 must be dict, not " + Py.type(a[off + 2]).name);
        }
        PyType[] bs = new PyType[bases.size()];
        for (int i = 0; i < bs.length; i++) {
            if (!(bases.get(i) instanceof PyType b)) {
                throw Exceptions.typeError("type.__new__() argument 2 must be tuple of types");
            }
            bs[i] = b;
        }
        java.util.LinkedHashMap<String, Object> map = new java.util.LinkedHashMap<>();
        ns.forEach((k, v) -> {
            if (!(k instanceof String s)) throw Exceptions.typeError("type.__new__() namespace keys must be str");
            map.put(s, v);
        });
        // a more derived metaclass with its own __new__ makes the class instead
        PyType winner = PyType.calculateMetaclass(meta, bs);
        if (winner != meta && winner.tpNew != Py.TYPE.tpNew) return winner.tpNew.make(winner, a, off, n, kw);
        // type_new_set_module: the calling code's module, when the namespace names none
        if (!map.containsKey("__module__") && PyType.callerGlobals.get() instanceof PyDict globals
                && globals.getItemOrNull("__name__") instanceof Object module) {
            map.put("__module__", module);
        }
        Object[] kwvalues = nkw == 0 ? null : java.util.Arrays.copyOfRange(a, off + n, off + n + nkw);
        return PyType.newHeapType(winner, name, bs, map, kw, kwvalues);
    }

    /** Mirrors Objects/typeobject.c: type_getattro (metatype data descriptors win). */
    private static Object typeGetAttr(Object self, String name) {
        PyType type = (PyType) self;
        PyType meta = Py.type(type);
        Object metaAttr = meta.lookup(name);
        Slots.DescrGet metaGet = null;
        if (metaAttr != null) {
            PyType mt = Py.type(metaAttr);
            metaGet = mt.descrGet;
            if (metaGet != null && mt.descrSet != null) return metaGet.get(metaAttr, type, meta);
        }
        Object attr = type.lookup(name);
        if (attr != null) {
            Slots.DescrGet g = Py.type(attr).descrGet;
            return g == null ? attr : g.get(attr, null, type);
        }
        if (metaGet != null) return metaGet.get(metaAttr, type, meta);
        return metaAttr;
    }
}
