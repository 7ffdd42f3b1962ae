package tierpy.objects;

import java.math.BigInteger;

/**
 * Mirrors Objects/abstract.c, the abstract object protocol (binary_op1, binary_iop1,
 * PyNumber_*, PyObject_GetItem, PyObject_GetIter, PyIter_Next, PySequence_Contains,
 * PyObject_Vectorcall) and Objects/object.c (do_richcompare, PyObject_Hash, PyObject_Repr,
 * PyObject_Str, PyObject_IsTrue, PyObject_GetAttr). Long and Double operands take fast paths
 * before slot dispatch; results that overflow 64 bits continue as BigInteger.
 */
public final class Abstract {
    private Abstract() {}

    // ---------------------------------------------------------------- binary operators

    public static Object add(Object v, Object w) {
        if (v instanceof Long a && w instanceof Long b) {
            long x = a, y = b, r = x + y;
            if (((x ^ r) & (y ^ r)) < 0) return Ints.add(a, b);
            return r;
        }
        if (v instanceof Double a && w instanceof Double b) return a + b;
        if (v instanceof String a && w instanceof String b) return a.concat(b);
        return binaryOp(v, w, BinOp.ADD);
    }

    public static Object sub(Object v, Object w) {
        if (v instanceof Long a && w instanceof Long b) {
            long x = a, y = b, r = x - y;
            if (((x ^ y) & (x ^ r)) < 0) return Ints.sub(a, b);
            return r;
        }
        if (v instanceof Double a && w instanceof Double b) return a - b;
        return binaryOp(v, w, BinOp.SUBTRACT);
    }

    public static Object mul(Object v, Object w) {
        if (v instanceof Long a && w instanceof Long b) {
            long x = a, y = b;
            long hi = Math.multiplyHigh(x, y), lo = x * y;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
            return Ints.mul(a, b);
        }
        if (v instanceof Double a && w instanceof Double b) return a * b;
        return binaryOp(v, w, BinOp.MULTIPLY);
    }

    public static Object truediv(Object v, Object w) {
        if (v instanceof Double a && w instanceof Double b) {
            if (b == 0.0) throw Exceptions.zeroDivision("division by zero");
            return a / b;
        }
        return binaryOp(v, w, BinOp.TRUE_DIVIDE);
    }

    public static Object floordiv(Object v, Object w) { return binaryOp(v, w, BinOp.FLOOR_DIVIDE); }
    public static Object mod(Object v, Object w) { return binaryOp(v, w, BinOp.REMAINDER); }
    public static Object pow(Object v, Object w) { return binaryOp(v, w, BinOp.POWER); }
    public static Object lshift(Object v, Object w) { return binaryOp(v, w, BinOp.LSHIFT); }
    public static Object rshift(Object v, Object w) { return binaryOp(v, w, BinOp.RSHIFT); }
    public static Object and(Object v, Object w) { return binaryOp(v, w, BinOp.AND); }
    public static Object or(Object v, Object w) { return binaryOp(v, w, BinOp.OR); }
    public static Object xor(Object v, Object w) { return binaryOp(v, w, BinOp.XOR); }
    public static Object matmul(Object v, Object w) { return binaryOp(v, w, BinOp.MATRIX_MULTIPLY); }
    public static Object divmod(Object v, Object w) { return binaryOp(v, w, BinOp.DIVMOD); }

    /** The generic path of BINARY_OP: number slots, then str/list/tuple concat and repeat. */
    public static Object binaryOp(Object v, Object w, BinOp op) {
        Object r = exactNumberOp(v, w, op);
        if (r != null) return r;
        r = binaryOp1(v, w, op);
        if (r != Py.NotImplemented) return r;
        if (op == BinOp.ADD) {
            Slots.Binary concat = Py.type(v).concat;
            if (concat != null) return concat.apply(v, w);
        } else if (op == BinOp.MULTIPLY) {
            Slots.Binary rv = Py.type(v).repeat;
            if (rv != null) return sequenceRepeat(rv, v, w);
            Slots.Binary rw = Py.type(w).repeat;
            if (rw != null) return sequenceRepeat(rw, w, v);
        }
        throw unsupported(op.symbol, v, w);
    }

    /**
     * Exact int and float operands (no subclass, no bool) go straight to the operator the slots
     * would pick, without the megamorphic slot calls; null when the generic path must decide.
     */
    private static Object exactNumberOp(Object v, Object w, BinOp op) {
        if (v instanceof Long) {
            if (w instanceof Long) return Ints.binary(op, v, w);
            if (w instanceof Double b) return Floats.binary(op, Ints.toDouble(v), b);
        } else if (v instanceof Double a) {
            if (w instanceof Double b) return Floats.binary(op, a, b);
            if (w instanceof Long) return Floats.binary(op, a, Ints.toDouble(w));
        }
        return null;
    }

    /** Mirrors Objects/abstract.c: binary_op1 (reflected operand first when it is a subtype). */
    static Object binaryOp1(Object v, Object w, BinOp op) {
        PyType tv = Py.type(v), tw = Py.type(w);
        Slots.Binary slotv = tv.nb[op.ordinal()];
        Slots.Binary slotw = null;
        if (tw != tv) {
            slotw = tw.nb[op.ordinal()];
            if (slotw == slotv) slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && tw.isSubtype(tv)) {
                Object x = slotw.apply(v, w);
                if (x != Py.NotImplemented) return x;
                slotw = null;
            }
            Object x = slotv.apply(v, w);
            if (x != Py.NotImplemented) return x;
        }
        if (slotw != null) return slotw.apply(v, w);
        return Py.NotImplemented;
    }

    /** Mirrors Objects/abstract.c: binary_iop1 plus the sequence fallbacks of PyNumber_InPlaceAdd. */
    public static Object inplaceOp(Object v, Object w, BinOp op) {
        // int and float have no in-place slots: binary_iop1 falls back to the binary operator.
        Object r = exactNumberOp(v, w, op);
        if (r != null) return r;
        PyType tv = Py.type(v);
        Slots.Binary islot = tv.nbInplace[op.ordinal()];
        if (islot != null) {
            Object x = islot.apply(v, w);
            if (x != Py.NotImplemented) return x;
        }
        r = binaryOp1(v, w, op);
        if (r != Py.NotImplemented) return r;
        if (op == BinOp.ADD) {
            Slots.Binary f = tv.inplaceConcat != null ? tv.inplaceConcat : tv.concat;
            if (f != null) return f.apply(v, w);
        } else if (op == BinOp.MULTIPLY) {
            Slots.Binary f = tv.inplaceRepeat != null ? tv.inplaceRepeat : tv.repeat;
            if (f != null) return sequenceRepeat(f, v, w);
            Slots.Binary rw = Py.type(w).repeat;
            if (rw != null) return sequenceRepeat(rw, w, v);
        }
        throw unsupported(op.inplaceSymbol(), v, w);
    }

    private static Object sequenceRepeat(Slots.Binary repeat, Object seq, Object n) {
        if (Py.type(n).index == null) {
            throw Exceptions.typeError("can't multiply sequence by non-int of type '" + Py.type(n).name + "'");
        }
        return repeat.apply(seq, asSsize(n, true));
    }

    static PyException unsupported(String symbol, Object v, Object w) {
        return Exceptions.typeError("unsupported operand type(s) for " + symbol + ": '" + Py.type(v).name
                + "' and '" + Py.type(w).name + "'");
    }

    /**
     * pow(base, exp, mod): Objects/abstract.c: ternary_op: the power slots of the operands'
     * types, each once, in order. Only ints implement the modular form.
     */
    public static Object pow(Object base, Object exp, Object mod) {
        if (mod == Py.None) return pow(base, exp);
        if (Py.type(base) == Py.INT && Py.type(exp) == Py.INT && Py.type(mod) == Py.INT) {
            return Ints.powMod(Ints.value(base), Ints.value(exp), Ints.value(mod));
        }
        java.util.List<Slots.Binary> tried = new java.util.ArrayList<>(3);
        for (Object operand : new Object[] {base, exp, mod}) {
            Slots.Binary slot = Py.type(operand).nb[BinOp.POWER.ordinal()];
            if (slot == null || tried.contains(slot)) continue;
            tried.add(slot);
            Object r = ternaryPowerSlot(slot, operand, base, exp, mod);
            if (r != Py.NotImplemented) return r;
        }
        throw Exceptions.typeError("unsupported operand type(s) for ** or pow(): '" + Py.type(base).name
                + "', '" + Py.type(exp).name + "', '" + Py.type(mod).name + "'");
    }

    /**
     * One type's nb_power given a modulus (owner is an instance of that type): what
     * slot_nb_power, long_pow, float_pow and complex_pow do with it.
     */
    static Object ternaryPowerSlot(Slots.Binary slot, Object owner, Object base, Object exp, Object mod) {
        Slots.Binary heapSlot = HeapSlots.binary(BinOp.POWER);
        if (slot == heapSlot) {
            // three-argument power never reflects: only base's own __pow__ is called
            if (Py.type(base).nb[BinOp.POWER.ordinal()] != heapSlot) return Py.NotImplemented;
            Object r = callMethodOrNull(base, "__pow__", exp, mod);
            return r == null ? Py.NotImplemented : r;
        }
        if (Floats.value(owner) != null) {
            throw Exceptions.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (owner instanceof PyComplex && PyComplex.operand(base) != null && PyComplex.operand(exp) != null) {
            throw Exceptions.valueError("complex modulo");
        }
        Object b = Ints.value(base), e = Ints.value(exp), m = Ints.value(mod);
        return b != null && e != null && m != null ? Ints.powMod(b, e, m) : Py.NotImplemented;
    }

    // ---------------------------------------------------------------- unary operators

    public static Object neg(Object v) {
        if (v instanceof Long a && a != Long.MIN_VALUE) return -a;
        if (v instanceof Double d) return -d;
        return unary(v, Py.type(v).neg, "unary -");
    }

    public static Object pos(Object v) { return unary(v, Py.type(v).pos, "unary +"); }
    public static Object invert(Object v) { return unary(v, Py.type(v).invert, "unary ~"); }
    public static Object abs(Object v) { return unary(v, Py.type(v).abs, "abs()"); }

    private static Object unary(Object v, Slots.Unary slot, String what) {
        if (slot == null) throw Exceptions.typeError("bad operand type for " + what + ": '" + Py.type(v).name + "'");
        return slot.apply(v);
    }

    /** Mirrors Objects/abstract.c: PyNumber_Index: an exact int (Long or BigInteger). */
    public static Object index(Object v) {
        if (v instanceof Long) return v;
        Object i = Ints.value(v);
        if (i != null) return i;
        Slots.Unary slot = Py.type(v).index;
        if (slot == null) {
            throw Exceptions.typeError("'" + Py.type(v).name + "' object cannot be interpreted as an integer");
        }
        Object r = slot.apply(v);
        Object ri = Ints.value(r);
        if (ri == null) {
            throw Exceptions.typeError("__index__ returned non-int (type " + Py.type(r).name + ")");
        }
        if (r != ri) warnStrictSubclass("__index__ returned non-int", r, "int");
        return ri;
    }

    /** A number-conversion hook returned an instance of a subclass of the exact type it must return. */
    static void warnStrictSubclass(String what, Object result, String exact) {
        Exceptions.warn(Exceptions.DeprecationWarning, what + " (type " + Py.type(result).name + ").  The ability to"
                + " return an instance of a strict subclass of " + exact + " is deprecated, and may be removed in a future"
                + " version of Python.", 1);
    }

    /**
     * Mirrors Objects/abstract.c: PyNumber_AsSsize_t: with {@code overflowError} an int that does
     * not fit raises OverflowError, otherwise it is clamped (the IndexError-less form slices use).
     */
    public static long asSsize(Object v, boolean overflowError) {
        Object i = index(v);
        if (i instanceof Long l) return l;
        if (overflowError) {
            throw Exceptions.overflowError("cannot fit '" + Py.type(v).name + "' into an index-sized integer");
        }
        return ((BigInteger) i).signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** Mirrors Python/ceval.c: _PyEval_SliceIndex (a slice bound or a start/end argument, clamped). */
    public static long sliceIndex(Object v) {
        if (Py.type(v).index == null) {
            throw Exceptions.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return asSsize(v, false);
    }

    /** An index for list/str/tuple subscripts: IndexError when it does not fit. */
    public static long asIndex(Object v) {
        Object i = index(v);
        if (i instanceof Long l) return l;
        throw Exceptions.indexError("cannot fit '" + Py.type(v).name + "' into an index-sized integer");
    }

    // ---------------------------------------------------------------- comparison

    /** Mirrors Objects/object.c: do_richcompare. */
    public static Object richCompare(Object v, Object w, CmpOp op) {
        if (v instanceof Long a && w instanceof Long b) return Py.bool(op.test(Long.compare(a, b)));
        if (v instanceof Double a && w instanceof Double b) return Py.bool(Floats.compare(a, b, op));
        NativeRecursion.Depth depth = NativeRecursion.enter(" in comparison");
        try {
            return richCompareSlots(v, w, op);
        } finally {
            NativeRecursion.leave(depth);
        }
    }

    private static Object richCompareSlots(Object v, Object w, CmpOp op) {
        PyType tv = Py.type(v), tw = Py.type(w);
        boolean checkedReverse = false;
        if (tv != tw && tw.isSubtype(tv) && tw.richcompare != null) {
            checkedReverse = true;
            Object r = tw.richcompare.compare(w, v, op.swapped());
            if (r != Py.NotImplemented) return r;
        }
        if (tv.richcompare != null) {
            Object r = tv.richcompare.compare(v, w, op);
            if (r != Py.NotImplemented) return r;
        }
        if (!checkedReverse && tw.richcompare != null) {
            Object r = tw.richcompare.compare(w, v, op.swapped());
            if (r != Py.NotImplemented) return r;
        }
        return switch (op) {
            case EQ -> Py.bool(v == w);
            case NE -> Py.bool(v != w);
            default -> throw Exceptions.typeError("'" + op.symbol + "' not supported between instances of '"
                    + tv.name + "' and '" + tw.name + "'");
        };
    }

    public static boolean compareBool(Object v, Object w, CmpOp op) {
        return isTrue(richCompare(v, w, op));
    }

    /** PyObject_RichCompareBool(v, w, Py_EQ): identity implies equality (containers rely on it). */
    public static boolean eq(Object v, Object w) {
        if (v == w) return true;
        if (v instanceof Long a && w instanceof Long b) return a.longValue() == b.longValue();
        if (v instanceof String a && w instanceof String b) return a.equals(b);
        return isTrue(richCompare(v, w, CmpOp.EQ));
    }

    // ---------------------------------------------------------------- hash, truth, len

    /** Mirrors Objects/object.c: PyObject_Hash; never returns -1. */
    public static long hash(Object v) {
        if (v instanceof Long l) return Ints.hash(l);
        if (v instanceof String s) return Strs.hash(s);
        Slots.Hash slot = Py.type(v).hash;
        if (slot == null) return unhashable(v);
        return slot.hash(v);
    }

    static long unhashable(Object v) {
        throw Exceptions.typeError("unhashable type: '" + Py.type(v).name + "'");
    }

    /** Mirrors Objects/object.c: PyObject_IsTrue. */
    public static boolean isTrue(Object v) {
        if (v == Boolean.TRUE) return true;
        if (v == Boolean.FALSE || v == Py.None) return false;
        if (v instanceof Boolean b) return b;
        if (v instanceof Long l) return l != 0;
        PyType t = Py.type(v);
        if (t.bool != null) return t.bool.test(v);
        if (t.len != null) return t.len.length(v) != 0;
        return true;
    }

    public static boolean not(Object v) {
        return !isTrue(v);
    }

    /** Mirrors Objects/abstract.c: PyObject_Size. */
    public static long len(Object v) {
        if (v instanceof String s) return Strs.length(s);
        Slots.Length slot = Py.type(v).len;
        if (slot == null) throw Exceptions.typeError("object of type '" + Py.type(v).name + "' has no len()");
        return slot.length(v);
    }

    // ---------------------------------------------------------------- repr / str / format

    public static String repr(Object v) {
        Slots.Unary slot = Py.type(v).repr;
        NativeRecursion.Depth depth = NativeRecursion.enter(" while getting the repr of an object");
        try {
            return (String) slot.apply(v);
        } finally {
            NativeRecursion.leave(depth);
        }
    }

    /** Mirrors PyObject_ASCII: repr with non-ASCII code points escaped. */
    public static String ascii(Object v) {
        return Strs.ascii(repr(v));
    }

    public static String str(Object v) {
        if (v instanceof String s) return s;
        Slots.Unary slot = Py.type(v).str;
        NativeRecursion.Depth depth = NativeRecursion.enter(" while getting the str of an object");
        try {
            return (String) slot.apply(v);
        } finally {
            NativeRecursion.leave(depth);
        }
    }

    /** Mirrors Objects/abstract.c: PyObject_Format (calls type(v).__format__(v, spec)). */
    public static String format(Object v, String spec) {
        if (spec.isEmpty()) {
            if (v instanceof String s) return s;
            if (v instanceof Long l) return Long.toString(l);
        }
        Object f = lookupSpecial(v, "__format__");
        if (f == null) {
            throw Exceptions.typeError("Type " + Py.type(v).name + " doesn't define __format__");
        }
        Object r = callBound(f, v, spec);
        if (!(r instanceof String s)) {
            throw Exceptions.typeError("__format__ must return a str, not " + Py.type(r).name);
        }
        return s;
    }

    // ---------------------------------------------------------------- items

    public static Object getitem(Object o, Object key) {
        if (o instanceof PyList l) return l.getitem(key);
        PyType t = Py.type(o);
        if (t.getitem != null) return t.getitem.apply(o, key);
        if (o instanceof PyType type) {
            if (type == Py.TYPE) return new GenericAlias(type, key); // type[int], but not str[int] through type
            Object cgi = type.lookup("__class_getitem__");
            if (cgi != null) return vectorcall(descrGet(cgi, null, type), new Object[] {key}, 0, 1, null);
            throw Exceptions.typeError("type '" + type.name + "' is not subscriptable");
        }
        throw Exceptions.typeError("'" + t.name + "' object is not subscriptable");
    }

    public static void setitem(Object o, Object key, Object value) {
        if (o instanceof PyList l) {
            l.setitem(key, value);
            return;
        }
        Slots.SetItem slot = Py.type(o).setitem;
        if (slot == null) {
            throw Exceptions.typeError("'" + Py.type(o).name + "' object does not support item assignment");
        }
        slot.set(o, key, value);
    }

    public static void delitem(Object o, Object key) {
        Slots.SetItem slot = Py.type(o).setitem;
        if (slot == null) {
            throw Exceptions.typeError("'" + Py.type(o).name + "' object doesn't support item deletion");
        }
        slot.set(o, key, null);
    }

    /**
     * An iterator over the keys of a mapping that is not a dict: Objects/abstract.c PyMapping_Keys
     * (method_output_as_list), as dict_merge uses it. AttributeError when there is no keys().
     */
    public static Object mappingKeys(Object mapping) {
        Object keys = call(getattr(mapping, "keys"));
        try {
            return iter(keys);
        } catch (PyException e) {
            if (!e.matches(Exceptions.TypeError)) throw e;
            throw Exceptions.typeError(Py.type(mapping).name + ".keys() returned a non-iterable (type "
                    + Py.type(keys).name + ")");
        }
    }

    // ---------------------------------------------------------------- iteration

    /** Mirrors Objects/abstract.c: PyObject_GetIter (with the __getitem__ sequence fallback). */
    public static Object iter(Object o) {
        PyType t = Py.type(o);
        if (t.iter != null) {
            Object it = t.iter.apply(o);
            if (Py.type(it).next == null) {
                throw Exceptions.typeError("iter() returned non-iterator of type '" + Py.type(it).name + "'");
            }
            return it;
        }
        if (t.getitem != null && !t.isSubtype(Py.DICT)) return new SeqIter(o);
        throw Exceptions.typeError("'" + t.name + "' object is not iterable");
    }

    /** PyIter_Next: the next item, or null when exhausted (StopIteration is swallowed). */
    public static Object next(Object it) {
        Slots.Unary slot = Py.type(it).next;
        if (slot == null) throw Exceptions.typeError("'" + Py.type(it).name + "' object is not an iterator");
        return slot.apply(it);
    }

    /** Mirrors Objects/abstract.c: PySequence_Contains. */
    public static boolean contains(Object container, Object item) {
        PyType t = Py.type(container);
        if (t.contains != null) return t.contains.contains(container, item);
        return iterSearchContains(container, item);
    }

    /** Mirrors _PySequence_IterSearch for PY_ITERSEARCH_CONTAINS: a TypeError from iter() is reworded. */
    static boolean iterSearchContains(Object container, Object item) {
        Object it;
        try {
            it = iter(container);
        } catch (PyException e) {
            if (!e.matches(Exceptions.TypeError)) throw e;
            throw Exceptions.typeError("argument of type '" + Py.type(container).name
                    + "' is not a container or iterable");
        }
        for (Object x; (x = next(it)) != null; ) if (eq(x, item)) return true;
        return false;
    }

    /**
     * UNPACK_SEQUENCE (Python/ceval.c: _PyEval_UnpackIterable with argcntafter = -1): exactly
     * n items; an exact list, tuple or dict reports its size when there are too many (3.14).
     */
    public static Object[] unpack(Object seq, int n) {
        if (seq instanceof PyTuple t && t.size() == n) return t.items.clone();
        if (seq instanceof PyList l && l.size == n) return l.toArray();
        Object it = iterForUnpack(seq);
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            out[i] = next(it);
            if (out[i] == null) {
                throw Exceptions.valueError("not enough values to unpack (expected " + n + ", got " + i + ")");
            }
        }
        if (next(it) != null) {
            PyType t = Py.type(seq);
            if (t == Py.TUPLE || t == Py.LIST || t == Py.DICT) {
                throw Exceptions.valueError("too many values to unpack (expected " + n + ", got " + len(seq) + ")");
            }
            throw Exceptions.valueError("too many values to unpack (expected " + n + ")");
        }
        return out;
    }

    /** UNPACK_EX: {@code before} items, a list of the middle, {@code after} items. */
    public static Object[] unpackStarred(Object seq, int before, int after) {
        PyList all = PyList.fromIterable(iterForUnpack(seq));
        int n = all.size();
        if (n < before + after) {
            throw Exceptions.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + n + ")");
        }
        Object[] out = new Object[before + 1 + after];
        for (int i = 0; i < before; i++) out[i] = all.get(i);
        out[before] = new PyList(java.util.Arrays.copyOfRange(all.items, before, n - after));
        for (int i = 0; i < after; i++) out[before + 1 + i] = all.get(n - after + i);
        return out;
    }

    private static Object iterForUnpack(Object seq) {
        PyType t = Py.type(seq);
        if (t.iter == null && t.getitem == null) {
            throw Exceptions.typeError("cannot unpack non-iterable " + t.name + " object");
        }
        return iter(seq);
    }

    // ---------------------------------------------------------------- attributes

    /** Mirrors Objects/object.c: PyObject_GetAttr, raising CPython's AttributeError. */
    public static Object getattr(Object o, String name) {
        Object r = getattro(o, name);
        if (r == null) throw noAttribute(o, name);
        return r;
    }

    /** tp_getattro, with the generic one called directly (not through the megamorphic slot). */
    private static Object getattro(Object o, String name) {
        Slots.GetAttr slot = Py.type(o).getattro;
        return slot == ObjectType.GENERIC_GETATTR ? ObjectType.genericGetAttr(o, name) : slot.get(o, name);
    }

    /**
     * Mirrors Objects/object.c: _PyObject_GetMethod: the plain method (a function or method
     * descriptor found on the type, not shadowed by the instance) that {@code o.name} would bind, so
     * a call can pass {@code o} as first argument without a bound-method object; null otherwise.
     */
    public static Object lookupMethod(Object o, String name) {
        PyType tp = Py.type(o);
        if (tp.getattro != ObjectType.GENERIC_GETATTR) return null;
        Object descr = tp.lookup(name);
        if (descr == null || !Py.type(descr).methodDescriptor) return null;
        if (o instanceof PyInstance inst && inst.getAttr(name) != null) return null;
        return descr;
    }

    /** The attribute or null when missing (AttributeError from a __getattr__ is swallowed). */
    public static Object getattrOrNull(Object o, String name) {
        try {
            return getattro(o, name);
        } catch (PyException e) {
            if (e.matches(Exceptions.AttributeError)) return null;
            throw e;
        }
    }

    static PyException noAttribute(Object o, String name) {
        String msg = o instanceof PyType t
                ? "type object '" + t.name + "' has no attribute '" + name + "'"
                : "'" + Py.type(o).name + "' object has no attribute '" + name + "'";
        return Exceptions.attributeError(msg, name, o);
    }

    public static boolean hasattr(Object o, String name) {
        return getattrOrNull(o, name) != null;
    }

    public static void setattr(Object o, String name, Object value) {
        Slots.SetAttr slot = Py.type(o).setattro;
        if (slot == ObjectType.GENERIC_SETATTR) ObjectType.genericSetAttr(o, name, value);
        else slot.set(o, name, value);
    }

    public static void delattr(Object o, String name) {
        Py.type(o).setattro.set(o, name, null);
    }

    /** Mirrors Objects/typeobject.c: _PyObject_LookupSpecial: the dunder on the type, unbound. */
    public static Object lookupSpecial(Object o, String name) {
        return Py.type(o).lookup(name);
    }

    /** Applies a descriptor's __get__ if it has one (obj null = class access). */
    public static Object descrGet(Object descr, Object obj, PyType type) {
        Slots.DescrGet g = Py.type(descr).descrGet;
        return g == null ? descr : g.get(descr, obj, type);
    }

    // ---------------------------------------------------------------- calls

    /** PyObject_Vectorcall: see {@link Slots.Call} for the argument layout. */
    public static Object vectorcall(Object callable, Object[] args, int off, int nargs, String[] kwnames) {
        Slots.Call slot = Py.type(callable).call;
        if (slot == null) throw Exceptions.typeError("'" + Py.type(callable).name + "' object is not callable");
        return slot.call(callable, args, off, nargs, kwnames);
    }

    /** Convenience for positional-only calls from Java (not the interpreter's hot path). */
    public static Object call(Object callable, Object... args) {
        return vectorcall(callable, args, 0, args.length, null);
    }

    /**
     * Calls a method found on the type with {@code self} as first argument without building a
     * bound method when the descriptor allows it (Py_TPFLAGS_METHOD_DESCRIPTOR).
     */
    public static Object callBound(Object descr, Object self, Object... args) {
        PyType dt = Py.type(descr);
        if (dt.methodDescriptor) {
            Object[] all = new Object[args.length + 1];
            all[0] = self;
            System.arraycopy(args, 0, all, 1, args.length);
            return vectorcall(descr, all, 0, all.length, null);
        }
        Object bound = dt.descrGet == null ? descr : dt.descrGet.get(descr, self, Py.type(self));
        return vectorcall(bound, args, 0, args.length, null);
    }

    /** Calls the dunder {@code name} looked up on type(self), or returns null if there is none. */
    public static Object callMethodOrNull(Object self, String name, Object... args) {
        Object f = lookupSpecial(self, name);
        return f == null ? null : callBound(f, self, args);
    }

    /** isinstance() without __instancecheck__ hooks. */
    public static boolean isInstance(Object o, PyType t) {
        return Py.type(o).isSubtype(t);
    }

    // ---------------------------------------------------------------- isinstance / issubclass

    /** Objects/abstract.c: object_recursive_isinstance: isinstance(inst, cls). */
    public static boolean isinstance(Object inst, Object cls) {
        if (Py.type(inst) == cls) return true;
        if (cls instanceof PyType t && Py.type(t) == Py.TYPE) return realIsinstance(inst, cls);
        if (cls instanceof UnionType union) cls = union.args();
        if (cls instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                if (isinstance(inst, tuple.get(i))) return true;
            }
            return false;
        }
        Object checker = lookupSpecial(cls, "__instancecheck__");
        if (checker != null) return isTrue(callBound(checker, cls, inst));
        return realIsinstance(inst, cls);
    }

    /** Objects/abstract.c: object_issubclass: issubclass(derived, cls). */
    public static boolean issubclass(Object derived, Object cls) {
        if (cls instanceof PyType t && Py.type(t) == Py.TYPE) return derived == cls || realIssubclass(derived, cls);
        if (cls instanceof UnionType union) cls = union.args();
        if (cls instanceof PyTuple tuple) {
            for (int i = 0; i < tuple.size(); i++) {
                if (issubclass(derived, tuple.get(i))) return true;
            }
            return false;
        }
        Object checker = lookupSpecial(cls, "__subclasscheck__");
        if (checker != null) return isTrue(callBound(checker, cls, derived));
        return realIssubclass(derived, cls);
    }

    /** object_isinstance (type.__instancecheck__): the type, else __class__, else __bases__ chains. */
    static boolean realIsinstance(Object inst, Object cls) {
        if (cls instanceof PyType t) {
            if (Py.type(inst).isSubtype(t)) return true;
            Object icls = getattrOrNull(inst, "__class__");
            return icls != Py.type(inst) && icls instanceof PyType it && it.isSubtype(t);
        }
        checkClass(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union");
        Object icls = getattrOrNull(inst, "__class__");
        return icls != null && abstractIssubclass(icls, cls);
    }

    /** recursive_issubclass (type.__subclasscheck__). */
    static boolean realIssubclass(Object derived, Object cls) {
        if (cls instanceof PyType c && derived instanceof PyType d) return d.isSubtype(c);
        checkClass(derived, "issubclass() arg 1 must be a class");
        if (!(cls instanceof UnionType)) checkClass(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return abstractIssubclass(derived, cls);
    }

    /** abstract_get_bases: a __bases__ tuple, or null. */
    private static PyTuple bases(Object cls) {
        return getattrOrNull(cls, "__bases__") instanceof PyTuple t ? t : null;
    }

    private static void checkClass(Object cls, String error) {
        if (bases(cls) == null) throw Exceptions.typeError(error);
    }

    /** abstract_issubclass: derived is cls or reaches it through __bases__. */
    private static boolean abstractIssubclass(Object derived, Object cls) {
        while (derived != cls) {
            PyTuple bases = bases(derived);
            if (bases == null || bases.size() == 0) return false;
            if (bases.size() > 1) {
                for (int i = 0; i < bases.size(); i++) {
                    if (abstractIssubclass(bases.get(i), cls)) return true;
                }
                return false;
            }
            derived = bases.get(0);
        }
        return true;
    }

    /** Mirrors Objects/iterobject.c: seqiterobject, the iterator over a __getitem__ sequence. */
    static final class SeqIter extends PyIterator {
        private Object seq;
        private long index;

        SeqIter(Object seq) {
            super(Py.SEQ_ITERATOR);
            this.seq = seq;
        }

        @Override
        public Object nextOrNull() {
            if (seq == null) return null;
            try {
                return getitem(seq, index++);
            } catch (PyException e) {
                if (e.matches(Exceptions.IndexError) || e.matches(Exceptions.StopIteration)) {
                    seq = null;
                    return null;
                }
                throw e;
            }
        }
    }
}
