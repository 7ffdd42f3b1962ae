package tierpy.objects;

/**
 * Mirrors Objects/typeobject.c: the slot_* functions (SLOT1BINFULL, slot_tp_hash,
 * slot_tp_getattr_hook, slot_tp_richcompare, slot_tp_iternext, slot_tp_init, ...) that a heap
 * type's slots point to when a class on its MRO defines the dunder in Python.
 */
public final class HeapSlots {
    private HeapSlots() {}

    private static final Slots.Binary[] BINARY = new Slots.Binary[BinOp.COUNT];
    private static final Slots.Binary[] INPLACE = new Slots.Binary[BinOp.COUNT];

    static {
        for (BinOp op : BinOp.VALUES) {
            int i = op.ordinal();
            BINARY[i] = (v, w) -> binary(op, v, w);
            INPLACE[i] = (v, w) -> callMaybe(v, op.idunder, w);
        }
    }

    /** One function per operator: binary_op1 compares slot identity to skip the reflected call. */
    static Slots.Binary binary(BinOp op) {
        return BINARY[op.ordinal()];
    }

    static Slots.Binary inplace(BinOp op) {
        return INPLACE[op.ordinal()];
    }

    /** SLOT1BINFULL: v.__op__(w) and/or w.__rop__(v), subtype's reflected method first. */
    private static Object binary(BinOp op, Object v, Object w) {
        Slots.Binary me = BINARY[op.ordinal()];
        PyType tv = Py.type(v), tw = Py.type(w);
        boolean doOther = tv != tw && tw.nb[op.ordinal()] == me;
        if (tv.nb[op.ordinal()] == me) {
            if (doOther && tw.isSubtype(tv)) {
                Object r = callMaybe(w, op.rdunder, v);
                if (r != Py.NotImplemented) return r;
                doOther = false;
            }
            Object r = callMaybe(v, op.dunder, w);
            if (r != Py.NotImplemented || tv == tw) return r;
        }
        if (doOther) return callMaybe(w, op.rdunder, v);
        return Py.NotImplemented;
    }

    /** vectorcall_maybe: NotImplemented when the type does not define the method. */
    private static Object callMaybe(Object self, String name, Object arg) {
        Object f = Abstract.lookupSpecial(self, name);
        if (f == null) return Py.NotImplemented;
        return Abstract.callBound(f, self, arg);
    }

    /** vectorcall_method: a missing method is an AttributeError carrying just its name (del x[k] without __delitem__). */
    static Object callDunder(Object self, String name, Object... args) {
        Object f = Abstract.lookupSpecial(self, name);
        if (f == null) throw Exceptions.attributeError(name);
        return Abstract.callBound(f, self, args);
    }

    static Slots.Unary unary(String name) {
        return switch (name) {
            case "__repr__", "__str__" -> v -> {
                Object r = callDunder(v, name);
                if (!(r instanceof String)) {
                    throw Exceptions.typeError(name + " returned non-string (type " + Py.type(r).name + ")");
                }
                return r;
            };
            case "__index__", "__int__" -> v -> {
                Object r = callDunder(v, name);
                if (Ints.value(r) == null) {
                    throw Exceptions.typeError(name + " returned non-int (type " + Py.type(r).name + ")");
                }
                if (!(r instanceof Long || r instanceof java.math.BigInteger)) {
                    warnStrictSubclass(name + " returned non-int (type " + Py.type(r).name + ")", "int");
                }
                return r;
            };
            case "__float__" -> v -> {
                Object r = callDunder(v, name);
                if (!(r instanceof Double) && Floats.value(r) == null) {
                    throw Exceptions.typeError(Py.type(v).name + ".__float__ returned non-float (type "
                            + Py.type(r).name + ")");
                }
                if (!(r instanceof Double)) {
                    warnStrictSubclass(Py.type(v).name + ".__float__ returned non-float (type " + Py.type(r).name + ")",
                            "float");
                }
                return r;
            };
            case "__iter__" -> v -> {
                Object f = Abstract.lookupSpecial(v, name);
                if (f == Py.None) throw Exceptions.typeError("'" + Py.type(v).name + "' object is not iterable");
                if (f == null) throw Exceptions.attributeError(name);
                return Abstract.callBound(f, v);
            };
            default -> v -> callDunder(v, name);
        };
    }

    /** Issue #17576: a conversion dunder may still return a subclass instance, with a DeprecationWarning. */
    private static void warnStrictSubclass(String what, String base) {
        Exceptions.warn(Exceptions.DeprecationWarning, what + ".  The ability to return an instance of a strict subclass of "
                + base + " is deprecated, and may be removed in a future version of Python.", 1);
    }

    static Slots.Binary binaryMethod(String name) {
        return (v, w) -> callDunder(v, name, w);
    }

    static Object next(Object it) {
        try {
            return callDunder(it, "__next__");
        } catch (PyException e) {
            if (e.matches(Exceptions.StopIteration)) return null;
            throw e;
        }
    }

    /** slot_nb_bool: __bool__, else __len__ (a class may define only __len__). */
    static boolean bool(Object v) {
        Object f = Abstract.lookupSpecial(v, "__bool__");
        if (f == null) return len(v) != 0;
        Object r = Abstract.callBound(f, v);
        if (!(r instanceof Boolean b)) {
            throw Exceptions.typeError("__bool__ should return bool, returned " + Py.type(r).name);
        }
        return b;
    }

    /** slot_sq_length. */
    static long len(Object v) {
        Object r = callDunder(v, "__len__");
        Object i = Abstract.index(r);
        if (i instanceof Long l) {
            if (l < 0) throw Exceptions.valueError("__len__() should return >= 0");
            return l;
        }
        if (((java.math.BigInteger) i).signum() < 0) throw Exceptions.valueError("__len__() should return >= 0");
        throw Exceptions.overflowError("cannot fit 'int' into an index-sized integer");
    }

    /** slot_tp_hash: big results are reduced with int's hash. */
    static long hash(Object v) {
        Object r = callDunder(v, "__hash__");
        Object i = Ints.value(r);
        if (i == null) throw Exceptions.typeError("__hash__ method should return an integer");
        if (i instanceof Long l) return l == -1 ? -2 : l;
        return Ints.hash(i);
    }

    static void setitem(Object o, Object key, Object value) {
        if (value == null) callDunder(o, "__delitem__", key);
        else callDunder(o, "__setitem__", key, value);
    }

    static boolean contains(Object o, Object item) {
        Object f = Abstract.lookupSpecial(o, "__contains__");
        if (f == Py.None) {
            throw Exceptions.typeError("argument of type '" + Py.type(o).name + "' is not a container or iterable");
        }
        if (f == null) return Abstract.iterSearchContains(o, item);
        return Abstract.isTrue(Abstract.callBound(f, o, item));
    }

    static Object richcompare(Object v, Object w, CmpOp op) {
        Object f = Abstract.lookupSpecial(v, op.dunder);
        if (f == null) return Py.NotImplemented;
        return Abstract.callBound(f, v, w);
    }

    /** _Py_slot_tp_getattr_hook, the slot of a heap type whose MRO defines __getattribute__ or __getattr__ in Python. */
    public static final Slots.GetAttr SLOT_TP_GETATTR_HOOK = HeapSlots::getattr;

    /**
     * _Py_slot_tp_getattro: only __getattribute__, what slot_tp_getattr_hook leaves in the slot once it
     * finds no __getattr__ (LOAD_ATTR_GETATTRIBUTE_OVERRIDDEN specializes only on this one).
     */
    public static final Slots.GetAttr SLOT_TP_GETATTRO = HeapSlots::getattribute;

    private static Object getattribute(Object self, String name) {
        Object getattribute = Py.type(self).lookup("__getattribute__");
        return getattribute == Py.OBJECT.dict.get("__getattribute__") ? ObjectType.genericGetAttr(self, name)
                : Abstract.callBound(getattribute, self, name);
    }

    /** slot_tp_getattr_hook: __getattribute__, then __getattr__ on a miss. */
    private static Object getattr(Object self, String name) {
        PyType t = Py.type(self);
        if (t.lookup("__getattr__") == null) {
            // No __getattr__ hook: use the simpler dispatcher from now on (a class update puts the hook back).
            t.getattro = SLOT_TP_GETATTRO;
            return getattribute(self, name);
        }
        Object result;
        try {
            result = getattribute(self, name);
        } catch (PyException e) {
            if (!e.matches(Exceptions.AttributeError)) throw e;
            Object hook = t.lookup("__getattr__");
            if (hook == null) throw e;
            return Abstract.callBound(hook, self, name);
        }
        if (result == null) {
            Object hook = t.lookup("__getattr__");
            if (hook != null) return Abstract.callBound(hook, self, name);
        }
        return result;
    }

    static void setattr(Object self, String name, Object value) {
        if (value == null) callDunder(self, "__delattr__", name);
        else callDunder(self, "__setattr__", name, value);
    }

    static Object descrGet(Object descr, Object obj, PyType type) {
        return callDunder(descr, "__get__", obj == null ? Py.None : obj, type == null ? Py.None : type);
    }

    static void descrSet(Object descr, Object obj, Object value) {
        if (value == null) callDunder(descr, "__delete__", obj);
        else callDunder(descr, "__set__", obj, value);
    }

    static Object call(Object self, Object[] args, int off, int nargs, String[] kwnames) {
        Object f = Abstract.lookupSpecial(self, "__call__");
        if (f == null) throw Exceptions.typeError("'" + Py.type(self).name + "' object is not callable");
        return callWithSelf(f, self, args, off, nargs, kwnames);
    }

    /** slot_tp_new: type.__new__ is a staticmethod, so the class goes in as first argument. */
    static Object newInstance(PyType type, Object[] args, int off, int nargs, String[] kwnames) {
        Object f = Abstract.descrGet(type.lookup("__new__"), null, type);
        int nkw = kwnames == null ? 0 : kwnames.length;
        Object[] all = new Object[nargs + nkw + 1];
        all[0] = type;
        System.arraycopy(args, off, all, 1, nargs + nkw);
        return Abstract.vectorcall(f, all, 0, nargs + 1, kwnames);
    }

    static Object init(Object self, Object[] args, int off, int nargs, String[] kwnames) {
        Object f = Abstract.lookupSpecial(self, "__init__");
        return callWithSelf(f, self, args, off, nargs, kwnames);
    }

    private static Object callWithSelf(Object f, Object self, Object[] args, int off, int nargs, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (Py.type(f).methodDescriptor) {
            Object[] all = new Object[nargs + nkw + 1];
            all[0] = self;
            System.arraycopy(args, off, all, 1, nargs + nkw);
            return Abstract.vectorcall(f, all, 0, nargs + 1, kwnames);
        }
        return Abstract.vectorcall(Abstract.descrGet(f, self, Py.type(self)), args, off, nargs, kwnames);
    }
}
