package tierpy.objects;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Mirrors Objects/descrobject.c (method_descriptor, classmethod_descriptor, wrapper_descriptor,
 * getset_descriptor, member_descriptor) and Objects/methodobject.c (builtin_function_or_method):
 * how builtin methods, slot wrappers, properties of builtin types and __slots__ are exposed.
 */
public final class Descriptors {
    private Descriptors() {}

    /** A method with no arguments besides self (METH_NOARGS). */
    @FunctionalInterface
    public interface M0 { Object call(Object self); }

    /** A method with exactly one argument (METH_O). */
    @FunctionalInterface
    public interface M1 { Object call(Object self, Object arg); }

    /** A method taking vectorcall arguments (METH_FASTCALL | METH_KEYWORDS). */
    @FunctionalInterface
    public interface MV { Object call(Object self, Object[] args, int off, int nargs, String[] kwnames); }

    /** Include/methodobject.h: the ml_flags calling conventions. */
    public static final int METH_VARARGS = 0x1, METH_KEYWORDS = 0x2, METH_NOARGS = 0x4, METH_O = 0x8,
            METH_FASTCALL = 0x80;

    /** Argument conventions of {@link Spec}: POSITIONAL is METH_FASTCALL without METH_KEYWORDS. */
    public enum Kind { NOARGS, O, FAST, POSITIONAL }

    /** A builtin method's name, calling convention and implementation (PyMethodDef). */
    public static final class Spec {
        public final String name;
        public final String qualname;
        public final Kind kind;
        final Object impl;
        /**
         * CPython's ml_flags for this method (METH_NOARGS, METH_O, METH_FASTCALL [| METH_KEYWORDS],
         * METH_VARARGS [| METH_KEYWORDS]): which CALL specialization a call of it gets. Derived from
         * {@link #kind}; the specializer corrects it where CPython's convention differs from ours.
         */
        public int methFlags;
        /** The defining module's name for a module-level function (its __module__), else null. */
        public String module;

        Spec(String name, String qualname, Kind kind, Object impl) {
            this.name = name;
            this.qualname = qualname;
            this.kind = kind;
            this.impl = impl;
            this.methFlags = switch (kind) {
                case NOARGS -> METH_NOARGS;
                case O -> METH_O;
                case FAST -> METH_FASTCALL | METH_KEYWORDS;
                case POSITIONAL -> METH_FASTCALL;
            };
        }

        /** Mirrors Objects/descrobject.c: method_vectorcall_NOARGS / _O / _FASTCALL / _FASTCALL_KEYWORDS. */
        public Object call(Object self, Object[] args, int off, int nargs, String[] kwnames) {
            switch (kind) {
                case NOARGS -> {
                    noKeywords(kwnames);
                    if (nargs != 0) throw Exceptions.typeError(functionStr() + " takes no arguments (" + nargs + " given)");
                    return ((M0) impl).call(self);
                }
                case O -> {
                    noKeywords(kwnames);
                    if (nargs != 1) {
                        throw Exceptions.typeError(functionStr() + " takes exactly one argument (" + nargs + " given)");
                    }
                    return ((M1) impl).call(self, args[off]);
                }
                case POSITIONAL -> {
                    noKeywords(kwnames);
                    return ((MV) impl).call(self, args, off, nargs, null);
                }
                default -> {
                    return ((MV) impl).call(self, args, off, nargs, kwnames);
                }
            }
        }

        private void noKeywords(String[] kwnames) {
            if (kwnames != null && kwnames.length > 0) {
                throw Exceptions.typeError(functionStr() + " takes no keyword arguments");
            }
        }

        String functionStr() {
            return functionStr(module, qualname);
        }

        /** Objects/object.c: _PyObject_FunctionStr: "math.sqrt()", "len()", "str.upper()". */
        public static String functionStr(String module, String qualname) {
            return (module == null || module.equals("builtins") ? "" : module + ".") + qualname + "()";
        }
    }

    /** method_descriptor / wrapper_descriptor: an unbound builtin method stored in a type dict. */
    public static final class MethodDescr extends PyObject {
        public final PyType owner;
        public final Spec spec;

        MethodDescr(PyType descrType, PyType owner, Spec spec) {
            super(descrType);
            this.owner = owner;
            this.spec = spec;
        }

        /** Puts a METH_FASTCALL|METH_KEYWORDS method into a type made outside this package (code.replace). */
        public static void define(PyType owner, String name, MV impl) {
            define(owner, name, Kind.FAST, impl);
        }

        /** The same for a METH_NOARGS method. */
        public static void define(PyType owner, String name, M0 impl) {
            define(owner, name, Kind.NOARGS, impl);
        }

        /** The same for a METH_O method. */
        public static void define(PyType owner, String name, M1 impl) {
            define(owner, name, Kind.O, impl);
        }

        private static void define(PyType owner, String name, Kind kind, Object impl) {
            owner.dict.put(name, new MethodDescr(Py.METHOD_DESCRIPTOR, owner,
                    new Spec(name, owner.name + "." + name, kind, impl)));
        }

        public String name() {
            return spec.name;
        }

        /** method_vectorcall's checks, or wrapperdescr_call's for a slot wrapper (with their own wording). */
        Object callUnbound(Object[] args, int off, int nargs, String[] kwnames) {
            boolean slotWrapper = type == Py.WRAPPER_DESCRIPTOR;
            if (nargs < 1) {
                throw Exceptions.typeError(slotWrapper
                        ? "descriptor '" + spec.name + "' of '" + owner.name + "' object needs an argument"
                        : "unbound method " + spec.qualname + "() needs an argument");
            }
            Object self = args[off];
            if (slotWrapper && !Py.type(self).isSubtype(owner)) {
                throw Exceptions.typeError("descriptor '" + spec.name + "' requires a '" + owner.name
                        + "' object but received a '" + Py.type(self).name + "'");
            }
            checkSelf(self);
            return spec.call(self, args, off + 1, nargs - 1, kwnames);
        }

        void checkSelf(Object self) {
            if (!Py.type(self).isSubtype(owner)) {
                throw Exceptions.typeError("descriptor '" + spec.name + "' for '" + owner.name
                        + "' objects doesn't apply to a '" + Py.type(self).name + "' object");
            }
        }
    }

    /** builtin_function_or_method (and method-wrapper): a builtin bound to self, or a free function. */
    public static final class BuiltinFunction extends PyObject {
        public final Spec spec;
        /** The bound object, or null for a module-level function. */
        public final Object self;

        public BuiltinFunction(PyType type, Spec spec, Object self) {
            super(type);
            this.spec = spec;
            this.self = self;
        }

        public BuiltinFunction(String name, MV impl) {
            this(Py.BUILTIN_FUNCTION, new Spec(name, name, Kind.FAST, impl), null);
        }

        /** A module-level function without arguments (METH_NOARGS). */
        public static BuiltinFunction noArgs(String name, M0 impl) {
            return new BuiltinFunction(Py.BUILTIN_FUNCTION, new Spec(name, name, Kind.NOARGS, impl), null);
        }

        /** A module-level function of exactly one argument (METH_O). */
        public static BuiltinFunction oneArg(String name, M1 impl) {
            return new BuiltinFunction(Py.BUILTIN_FUNCTION, new Spec(name, name, Kind.O, impl), null);
        }
    }

    /** getset_descriptor: computed attributes of builtin types (e.g. int.real, BaseException.args). */
    public static final class GetSet extends PyObject {
        final PyType owner;
        final String name;
        final Function<Object, Object> getter;
        final BiConsumer<Object, Object> setter;

        GetSet(PyType owner, String name, Function<Object, Object> getter, BiConsumer<Object, Object> setter) {
            super(Py.GETSET_DESCRIPTOR);
            this.owner = owner;
            this.name = name;
            this.getter = getter;
            this.setter = setter;
        }
    }

    /** member_descriptor for one __slots__ entry. */
    public static final class Member extends PyObject {
        final PyType owner;
        final String name;
        public final int index;

        Member(PyType owner, String name, int index) {
            super(Py.MEMBER_DESCRIPTOR);
            this.owner = owner;
            this.name = name;
            this.index = index;
        }
    }

    /** descr_check: a slot's descriptor applies only to instances of the class that declared it. */
    private static Object[] memberSlots(Member m, Object obj) {
        if (!Py.type(obj).isSubtype(m.owner)) {
            throw Exceptions.typeError("descriptor '" + m.name + "' for '" + m.owner.name + "' objects doesn't apply to a '"
                    + Py.type(obj).name + "' object");
        }
        return ((PyInstance) obj).slots;
    }

    /** __dict__ of heap-type instances (subtype_dict / subtype_setdict). */
    static final GetSet INSTANCE_DICT = new GetSet(Py.OBJECT, "__dict__",
            v -> ((PyInstance) v).materializeDict(),
            (v, d) -> {
                if (d == null) throw Exceptions.typeError("cannot delete __dict__");
                if (!(d instanceof PyDict pd)) {
                    throw Exceptions.typeError("__dict__ must be set to a dictionary, not a '" + Py.type(d).name + "'");
                }
                ((PyInstance) v).setDict(pd);
            });

    /** __weakref__ of heap-type instances: tierpy has no weak references to Python objects yet, so None. */
    static final GetSet NO_WEAKREF = new GetSet(Py.OBJECT, "__weakref__", v -> Py.None, null);

    static void install() {
        Py.METHOD_DESCRIPTOR.call = (c, a, o, n, k) -> ((MethodDescr) c).callUnbound(a, o, n, k);
        Py.WRAPPER_DESCRIPTOR.call = Py.METHOD_DESCRIPTOR.call;
        Py.METHOD_DESCRIPTOR.descrGet = Descriptors::bindMethod;
        Py.WRAPPER_DESCRIPTOR.descrGet = Descriptors::bindMethod;
        Py.METHOD_DESCRIPTOR.repr = v -> "<method '" + ((MethodDescr) v).spec.name + "' of '"
                + ((MethodDescr) v).owner.name + "' objects>";
        Py.WRAPPER_DESCRIPTOR.repr = v -> "<slot wrapper '" + ((MethodDescr) v).spec.name + "' of '"
                + ((MethodDescr) v).owner.name + "' objects>";
        Py.CLASSMETHOD_DESCRIPTOR.descrGet = (d, obj, type) -> {
            MethodDescr m = (MethodDescr) d;
            PyType cls = type != null ? type : Py.type(obj);
            return new BuiltinFunction(Py.BUILTIN_FUNCTION, m.spec, cls);
        };
        Py.CLASSMETHOD_DESCRIPTOR.repr = v -> "<method '" + ((MethodDescr) v).spec.name + "' of '"
                + ((MethodDescr) v).owner.name + "' objects>";
        Slots.Call boundCall = (c, a, o, n, k) -> {
            BuiltinFunction f = (BuiltinFunction) c;
            return f.spec.call(f.self, a, o, n, k);
        };
        Py.BUILTIN_FUNCTION.call = boundCall;
        Py.METHOD_WRAPPER.call = boundCall;
        Py.BUILTIN_FUNCTION.repr = v -> {
            BuiltinFunction f = (BuiltinFunction) v;
            if (f.self == null || f.self instanceof PyModuleLike) return "<built-in function " + f.spec.name + ">";
            return "<built-in method " + f.spec.name + " of " + Py.type(f.self).name + " object at "
                    + ObjectType.address(f.self) + ">";
        };
        Py.METHOD_WRAPPER.repr = v -> {
            BuiltinFunction f = (BuiltinFunction) v;
            return "<method-wrapper '" + f.spec.name + "' of " + Py.type(f.self).name + " object at "
                    + ObjectType.address(f.self) + ">";
        };
        Py.GETSET_DESCRIPTOR.descrGet = (d, obj, type) -> obj == null ? d : ((GetSet) d).getter.apply(obj);
        Py.GETSET_DESCRIPTOR.descrSet = (d, obj, value) -> {
            GetSet g = (GetSet) d;
            if (g.setter == null) {
                throw Exceptions.attributeError("attribute '" + g.name + "' of '" + g.owner.name
                        + "' objects is not writable");
            }
            g.setter.accept(obj, value);
        };
        Py.GETSET_DESCRIPTOR.repr = v -> "<attribute '" + ((GetSet) v).name + "' of '" + ((GetSet) v).owner.name
                + "' objects>";
        Py.MEMBER_DESCRIPTOR.descrGet = (d, obj, type) -> {
            if (obj == null) return d;
            Member m = (Member) d;
            Object v = memberSlots(m, obj)[m.index];
            if (v == null) {
                throw Exceptions.attributeError("'" + Py.type(obj).name + "' object has no attribute '" + m.name + "'",
                        m.name, obj);
            }
            return v;
        };
        Py.MEMBER_DESCRIPTOR.descrSet = (d, obj, value) -> {
            Member m = (Member) d;
            Object[] slots = memberSlots(m, obj);
            // PyMember_SetOne: deleting an unset slot names only the slot
            if (value == null && slots[m.index] == null) throw Exceptions.attributeError(m.name);
            slots[m.index] = value;
        };
        Def.getter(Py.MEMBER_DESCRIPTOR, "__name__", v -> ((Member) v).name);
        Def.getter(Py.MEMBER_DESCRIPTOR, "__qualname__", v -> ((Member) v).owner.qualname + "." + ((Member) v).name);
        Def.getter(Py.MEMBER_DESCRIPTOR, "__objclass__", v -> ((Member) v).owner);
        Def.getter(Py.MEMBER_DESCRIPTOR, "__doc__", v -> Py.None);
        Def.getter(Py.GETSET_DESCRIPTOR, "__name__", v -> ((GetSet) v).name);
        Def.getter(Py.GETSET_DESCRIPTOR, "__qualname__", v -> ((GetSet) v).owner.qualname + "." + ((GetSet) v).name);
        Def.getter(Py.GETSET_DESCRIPTOR, "__objclass__", v -> ((GetSet) v).owner);
        Def.getter(Py.GETSET_DESCRIPTOR, "__doc__", v -> Py.None);
        for (PyType t : new PyType[] {Py.METHOD_DESCRIPTOR, Py.WRAPPER_DESCRIPTOR, Py.CLASSMETHOD_DESCRIPTOR}) {
            Def.getter(t, "__name__", v -> ((MethodDescr) v).spec.name);
            Def.getter(t, "__qualname__", v -> ((MethodDescr) v).spec.qualname);
            Def.getter(t, "__objclass__", v -> ((MethodDescr) v).owner);
            Def.getter(t, "__doc__", v -> Py.None);
        }
        for (PyType t : new PyType[] {Py.BUILTIN_FUNCTION, Py.METHOD_WRAPPER}) {
            Def.getter(t, "__name__", v -> ((BuiltinFunction) v).spec.name);
            Def.getter(t, "__qualname__", v -> ((BuiltinFunction) v).spec.qualname);
            Def.getter(t, "__self__", v -> ((BuiltinFunction) v).self == null ? Py.None : ((BuiltinFunction) v).self);
            Def.getter(t, "__module__", v -> ((BuiltinFunction) v).spec.module == null ? Py.None : ((BuiltinFunction) v).spec.module);
            Def.getter(t, "__doc__", v -> Py.None);
        }
        Py.MEMBER_DESCRIPTOR.repr = v -> "<member '" + ((Member) v).name + "' of '" + ((Member) v).owner.name
                + "' objects>";
    }

    private static Object bindMethod(Object d, Object obj, PyType type) {
        if (obj == null) return d;
        MethodDescr m = (MethodDescr) d;
        m.checkSelf(obj);
        return new BuiltinFunction(m.type == Py.WRAPPER_DESCRIPTOR ? Py.METHOD_WRAPPER : Py.BUILTIN_FUNCTION,
                m.spec, obj);
    }

    /** Marker for module objects, whose builtin functions print as "built-in function". */
    public interface PyModuleLike {}

    // ---------------------------------------------------------------- slot wrappers

    /**
     * Mirrors Objects/typeobject.c: add_operators: exposes each slot a builtin type defines
     * itself as a dunder wrapper in its dict, unless the dict already has that name.
     */
    public static void addSlotWrappers(PyType t) {
        for (BinOp op : BinOp.VALUES) {
            Slots.Binary f = t.nb[op.ordinal()];
            if (f == null || (t.base != null && t.base.nb[op.ordinal()] == f)) continue;
            if (op == BinOp.POWER) {
                // wrap_ternaryfunc(_r): the type's own slot, which may decline a modulus
                wrapper(t, op.dunder, (self, a, o, n, k) -> {
                    unpackTupleCount(n, 1, 2);
                    return n == 2 && a[o + 1] != Py.None ? Abstract.ternaryPowerSlot(f, self, self, a[o], a[o + 1])
                            : f.apply(self, a[o]);
                });
                wrapper(t, op.rdunder, (self, a, o, n, k) -> {
                    unpackTupleCount(n, 1, 2);
                    return n == 2 && a[o + 1] != Py.None ? Abstract.ternaryPowerSlot(f, self, a[o], self, a[o + 1])
                            : f.apply(a[o], self);
                });
            } else {
                wrapper(t, op.dunder, (self, a, o, n, k) -> f.apply(self, one(a, o, n)));
                wrapper(t, op.rdunder, (self, a, o, n, k) -> f.apply(one(a, o, n), self));
            }
        }
        for (BinOp op : BinOp.VALUES) {
            Slots.Binary f = t.nbInplace[op.ordinal()];
            if (f != null && (t.base == null || t.base.nbInplace[op.ordinal()] != f)) {
                wrapper(t, op.idunder, (self, a, o, n, k) -> f.apply(self, one(a, o, n)));
            }
        }
        PyType b = t.base;
        unaryWrapper(t, "__repr__", t.repr, b == null ? null : b.repr);
        unaryWrapper(t, "__str__", t.str, b == null ? null : b.str);
        unaryWrapper(t, "__iter__", t.iter, b == null ? null : b.iter);
        unaryWrapper(t, "__neg__", t.neg, b == null ? null : b.neg);
        unaryWrapper(t, "__pos__", t.pos, b == null ? null : b.pos);
        unaryWrapper(t, "__invert__", t.invert, b == null ? null : b.invert);
        unaryWrapper(t, "__abs__", t.abs, b == null ? null : b.abs);
        unaryWrapper(t, "__index__", t.index, b == null ? null : b.index);
        unaryWrapper(t, "__int__", t.asInt, b == null ? null : b.asInt);
        unaryWrapper(t, "__float__", t.asFloat, b == null ? null : b.asFloat);
        if (t.next != null && (b == null || b.next != t.next)) {
            Slots.Unary f = t.next;
            wrapper(t, "__next__", (self, a, o, n, k) -> {
                checkArgs(n, 0, 0);
                Object r = f.apply(self);
                if (r == null) throw Exceptions.raise(Exceptions.StopIteration);
                return r;
            });
        }
        if (t.bool != null && (b == null || b.bool != t.bool)) {
            Slots.Predicate f = t.bool;
            wrapper(t, "__bool__", (self, a, o, n, k) -> zero(n, Py.bool(f.test(self))));
        }
        if (t.len != null && (b == null || b.len != t.len)) {
            Slots.Length f = t.len;
            wrapper(t, "__len__", (self, a, o, n, k) -> zero(n, f.length(self)));
        }
        if (t.hash == ObjectType.UNHASHABLE) {
            t.dict.putIfAbsent("__hash__", Py.None);
        } else if (t.hash != null && (b == null || b.hash != t.hash)) {
            Slots.Hash f = t.hash;
            wrapper(t, "__hash__", (self, a, o, n, k) -> zero(n, f.hash(self)));
        }
        if (t.getitem != null && (b == null || b.getitem != t.getitem)) {
            Slots.Binary f = t.getitem;
            wrapper(t, "__getitem__", (self, a, o, n, k) -> f.apply(self, one(a, o, n)));
        }
        if (t.setitem != null && (b == null || b.setitem != t.setitem)) {
            Slots.SetItem f = t.setitem;
            wrapper(t, "__setitem__", (self, a, o, n, k) -> {
                checkArgs(n, 2, 2);
                f.set(self, a[o], a[o + 1]);
                return Py.None;
            });
            wrapper(t, "__delitem__", (self, a, o, n, k) -> {
                f.set(self, one(a, o, n), null);
                return Py.None;
            });
        }
        sequenceWrapper(t, "__add__", t.concat, b == null ? null : b.concat, false);
        sequenceWrapper(t, "__iadd__", t.inplaceConcat, b == null ? null : b.inplaceConcat, false);
        sequenceWrapper(t, "__mul__", t.repeat, b == null ? null : b.repeat, true);
        sequenceWrapper(t, "__rmul__", t.repeat, b == null ? null : b.repeat, true);
        sequenceWrapper(t, "__imul__", t.inplaceRepeat, b == null ? null : b.inplaceRepeat, true);
        if (t.contains != null && (b == null || b.contains != t.contains)) {
            Slots.Contains f = t.contains;
            wrapper(t, "__contains__", (self, a, o, n, k) -> Py.bool(f.contains(self, one(a, o, n))));
        }
        if (t.richcompare != null && (b == null || b.richcompare != t.richcompare)) {
            Slots.RichCompare f = t.richcompare;
            for (CmpOp op : CmpOp.values()) {
                wrapper(t, op.dunder, (self, a, o, n, k) -> f.compare(self, one(a, o, n), op));
            }
        }
        if (t.call != null && (b == null || b.call != t.call)) {
            Slots.Call f = t.call;
            wrapper(t, "__call__", (self, a, o, n, k) -> f.call(self, a, o, n, k));
        }
        if (t.getattro != null && (b == null || b.getattro != t.getattro)) {
            Slots.GetAttr f = t.getattro;
            wrapper(t, "__getattribute__", (self, a, o, n, k) -> {
                String name = attrName(one(a, o, n));
                Object r = f.get(self, name);
                if (r == null) throw Abstract.noAttribute(self, name);
                return r;
            });
        }
        if (t.setattro != null && (b == null || b.setattro != t.setattro)) {
            Slots.SetAttr f = t.setattro;
            wrapper(t, "__setattr__", (self, a, o, n, k) -> {
                checkArgs(n, 2, 2);
                f.set(self, attrName(a[o]), a[o + 1]);
                return Py.None;
            });
            wrapper(t, "__delattr__", (self, a, o, n, k) -> {
                f.set(self, attrName(one(a, o, n)), null);
                return Py.None;
            });
        }
        if (t.descrGet != null && (b == null || b.descrGet != t.descrGet)) {
            Slots.DescrGet f = t.descrGet;
            wrapper(t, "__get__", (self, a, o, n, k) -> {
                checkArgs(n, 1, 2);
                Object obj = a[o] == Py.None ? null : a[o];
                Object type = n == 2 && a[o + 1] != Py.None ? a[o + 1] : null;
                if (obj == null && type == null) throw Exceptions.typeError("__get__(None, None) is invalid");
                return f.get(self, obj, (PyType) type);
            });
        }
        if (t.descrSet != null && (b == null || b.descrSet != t.descrSet)) {
            // data descriptors (property, slots, getsets): what inspect.isdatadescriptor looks for
            Slots.DescrSet f = t.descrSet;
            wrapper(t, "__set__", (self, a, o, n, k) -> {
                checkArgs(n, 2, 2);
                f.set(self, a[o], a[o + 1]);
                return Py.None;
            });
            wrapper(t, "__delete__", (self, a, o, n, k) -> {
                f.set(self, one(a, o, n), null);
                return Py.None;
            });
        }
        if (t.init != null && (b == null || b.init != t.init)) {
            Slots.Call f = t.init;
            wrapper(t, "__init__", f::call);
        }
        if (t.tpNew != null && (b == null || b.tpNew != t.tpNew)) {
            Slots.New f = t.tpNew;
            t.dict.putIfAbsent("__new__", new BuiltinFunction(Py.BUILTIN_FUNCTION,
                    new Spec("__new__", t.name + ".__new__", Kind.FAST, (MV) (self, a, o, n, k) -> {
                        if (n < 1) throw Exceptions.typeError(t.name + ".__new__(): not enough arguments");
                        if (!(a[o] instanceof PyType sub)) {
                            throw Exceptions.typeError(t.name + ".__new__(X): X is not a type object ("
                                    + Py.type(a[o]).name + ")");
                        }
                        if (!sub.isSubtype(t)) {
                            throw Exceptions.typeError(t.name + ".__new__(" + sub.name + "): " + sub.name
                                    + " is not a subtype of " + t.name);
                        }
                        // tp_new_wrapper: the nearest class not constructing through a Python __new__
                        // must construct with this very __new__
                        PyType staticBase = sub;
                        while (staticBase.tpNew == SlotDef.NEW.generic) staticBase = staticBase.base;
                        if (staticBase.tpNew != t.tpNew) {
                            throw Exceptions.typeError(t.name + ".__new__(" + sub.name + ") is not safe, use "
                                    + staticBase.name + ".__new__()");
                        }
                        return f.make(sub, a, o + 1, n - 1, k);
                    }), t));
        }
    }

    /** sq_concat / sq_repeat and their in-place forms; a count goes through wrap_indexargfunc (an index, OverflowError past it). */
    private static void sequenceWrapper(PyType t, String name, Slots.Binary f, Slots.Binary inherited, boolean count) {
        if (f == null || f == inherited) return;
        wrapper(t, name, (self, a, o, n, k) -> f.apply(self, count ? Abstract.asSsize(one(a, o, n), true) : one(a, o, n)));
    }

    private static void unaryWrapper(PyType t, String name, Slots.Unary f, Slots.Unary inherited) {
        if (f == null || f == inherited) return;
        wrapper(t, name, (self, a, o, n, k) -> zero(n, f.apply(self)));
    }

    private static void wrapper(PyType t, String name, MV impl) {
        if (t.dict.containsKey(name)) return;
        t.dict.put(name, new MethodDescr(Py.WRAPPER_DESCRIPTOR, t, new Spec(name, t.name + "." + name, Kind.FAST, impl)));
    }

    /** Mirrors Objects/typeobject.c: check_num_args. */
    private static void checkArgs(int n, int min, int max) {
        if (n < min || n > max) {
            int expected = n < min ? min : max;
            throw Exceptions.typeError("expected " + expected + " argument" + (expected == 1 ? "" : "s") + ", got " + n);
        }
    }

    /** PyArg_UnpackTuple(args, "", min, max): its message starts with the empty function name. */
    private static void unpackTupleCount(int n, int min, int max) {
        if (n < min) throw Exceptions.typeError(" expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        if (n > max) throw Exceptions.typeError(" expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
    }

    private static Object one(Object[] a, int o, int n) {
        checkArgs(n, 1, 1);
        return a[o];
    }

    private static Object zero(int n, Object result) {
        checkArgs(n, 0, 0);
        return result;
    }

    private static String attrName(Object name) {
        if (!(name instanceof String s)) {
            throw Exceptions.typeError("attribute name must be string, not '" + Py.type(name).name + "'");
        }
        return s;
    }
}
