package tierpy.objects;

import java.math.BigInteger;

/**
 * Mirrors the static type objects of Objects/*.c and Include/object.h: Py_TYPE / Py_Is:
 * the builtin type objects, the singletons and the value-to-type map.
 *
 * <p>Representation: int is Long (or a normalized BigInteger when it does not fit), float is
 * Double, bool is Boolean, str is String; everything else is a {@link PyObject}.
 */
public final class Py {
    private Py() {}

    public static final PyType TYPE;
    public static final PyType OBJECT;
    public static final PyType INT, BOOL, FLOAT, COMPLEX, STR, BYTES, BYTEARRAY, LIST, TUPLE, DICT, SET, FROZENSET, RANGE, SLICE;
    public static final PyType NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE;
    public static final PyType METHOD_DESCRIPTOR, WRAPPER_DESCRIPTOR, CLASSMETHOD_DESCRIPTOR, BUILTIN_FUNCTION,
            METHOD_WRAPPER, GETSET_DESCRIPTOR, MEMBER_DESCRIPTOR;
    public static final PyType DICT_KEYS, DICT_VALUES, DICT_ITEMS, METHOD, PROPERTY, CLASSMETHOD, STATICMETHOD;
    public static final PyType SEQ_ITERATOR, LIST_ITERATOR, LIST_REVERSEITERATOR, TUPLE_ITERATOR, STR_ITERATOR,
            STR_ASCII_ITERATOR, RANGE_ITERATOR, LONGRANGE_ITERATOR, DICT_KEYITERATOR, DICT_VALUEITERATOR,
            DICT_ITEMITERATOR, DICT_REVERSEKEYITERATOR, DICT_REVERSEVALUEITERATOR, DICT_REVERSEITEMITERATOR,
            SET_ITERATOR, BYTES_ITERATOR, BYTEARRAY_ITERATOR;

    public static final PyObject None, NotImplemented, Ellipsis;

    static {
        OBJECT = PyType.builtin(null, "object", null);
        TYPE = PyType.builtin(null, "type", OBJECT);
        OBJECT.type = TYPE;
        TYPE.type = TYPE;
        INT = PyType.builtin(TYPE, "int", OBJECT);
        BOOL = PyType.builtin(TYPE, "bool", INT);
        BOOL.acceptableBase = false;
        FLOAT = PyType.builtin(TYPE, "float", OBJECT);
        COMPLEX = PyType.builtin(TYPE, "complex", OBJECT);
        STR = PyType.builtin(TYPE, "str", OBJECT);
        BYTES = PyType.builtin(TYPE, "bytes", OBJECT);
        BYTEARRAY = PyType.builtin(TYPE, "bytearray", OBJECT);
        LIST = PyType.builtin(TYPE, "list", OBJECT);
        TUPLE = PyType.builtin(TYPE, "tuple", OBJECT);
        DICT = PyType.builtin(TYPE, "dict", OBJECT);
        SET = PyType.builtin(TYPE, "set", OBJECT);
        FROZENSET = PyType.builtin(TYPE, "frozenset", OBJECT);
        RANGE = final_(PyType.builtin(TYPE, "range", OBJECT));
        LIST.collectionFlags = TUPLE.collectionFlags = RANGE.collectionFlags = PyType.SEQUENCE;
        DICT.collectionFlags = PyType.MAPPING;
        SLICE = final_(PyType.builtin(TYPE, "slice", OBJECT));
        NONE_TYPE = final_(PyType.builtin(TYPE, "NoneType", OBJECT));
        NOT_IMPLEMENTED_TYPE = final_(PyType.builtin(TYPE, "NotImplementedType", OBJECT));
        ELLIPSIS_TYPE = final_(PyType.builtin(TYPE, "ellipsis", OBJECT));
        METHOD_DESCRIPTOR = final_(PyType.builtin(TYPE, "method_descriptor", OBJECT));
        METHOD_DESCRIPTOR.methodDescriptor = true;
        WRAPPER_DESCRIPTOR = final_(PyType.builtin(TYPE, "wrapper_descriptor", OBJECT));
        WRAPPER_DESCRIPTOR.methodDescriptor = true;
        CLASSMETHOD_DESCRIPTOR = final_(PyType.builtin(TYPE, "classmethod_descriptor", OBJECT));
        BUILTIN_FUNCTION = final_(PyType.builtin(TYPE, "builtin_function_or_method", OBJECT));
        METHOD_WRAPPER = final_(PyType.builtin(TYPE, "method-wrapper", OBJECT));
        GETSET_DESCRIPTOR = final_(PyType.builtin(TYPE, "getset_descriptor", OBJECT));
        MEMBER_DESCRIPTOR = final_(PyType.builtin(TYPE, "member_descriptor", OBJECT));
        SEQ_ITERATOR = PyIterator.newType("iterator");
        LIST_ITERATOR = PyIterator.newType("list_iterator");
        LIST_REVERSEITERATOR = PyIterator.newType("list_reverseiterator");
        TUPLE_ITERATOR = PyIterator.newType("tuple_iterator");
        STR_ITERATOR = PyIterator.newType("str_iterator");
        STR_ASCII_ITERATOR = PyIterator.newType("str_ascii_iterator");
        RANGE_ITERATOR = PyIterator.newType("range_iterator");
        LONGRANGE_ITERATOR = PyIterator.newType("longrange_iterator");
        DICT_KEYITERATOR = PyIterator.newType("dict_keyiterator");
        DICT_VALUEITERATOR = PyIterator.newType("dict_valueiterator");
        DICT_ITEMITERATOR = PyIterator.newType("dict_itemiterator");
        DICT_REVERSEKEYITERATOR = PyIterator.newType("dict_reversekeyiterator");
        DICT_REVERSEVALUEITERATOR = PyIterator.newType("dict_reversevalueiterator");
        DICT_REVERSEITEMITERATOR = PyIterator.newType("dict_reverseitemiterator");
        SET_ITERATOR = PyIterator.newType("set_iterator");
        BYTES_ITERATOR = PyIterator.newType("bytes_iterator");
        BYTEARRAY_ITERATOR = PyIterator.newType("bytearray_iterator");
        DICT_KEYS = final_(PyType.builtin(TYPE, "dict_keys", OBJECT));
        DICT_VALUES = final_(PyType.builtin(TYPE, "dict_values", OBJECT));
        DICT_ITEMS = final_(PyType.builtin(TYPE, "dict_items", OBJECT));
        METHOD = final_(PyType.builtin(TYPE, "method", OBJECT));
        PROPERTY = PyType.builtin(TYPE, "property", OBJECT);
        CLASSMETHOD = PyType.builtin(TYPE, "classmethod", OBJECT);
        STATICMETHOD = PyType.builtin(TYPE, "staticmethod", OBJECT);
        CLASSMETHOD.instancesHaveDict = STATICMETHOD.instancesHaveDict = true;
        CLASSMETHOD.sharedKeys = new SharedKeys();
        STATICMETHOD.sharedKeys = new SharedKeys();

        None = new Singleton(NONE_TYPE, "None");
        NotImplemented = new Singleton(NOT_IMPLEMENTED_TYPE, "NotImplemented");
        Ellipsis = new Singleton(ELLIPSIS_TYPE, "Ellipsis");

        ObjectType.install();
        Descriptors.install();
        Ints.install();
        Floats.install();
        PyComplex.install();
        Strs.install();
        PyBytes.install();
        PyTuple.install();
        PyList.install();
        PyDict.install();
        PySet.install();
        PyRange.install();
        PySlice.install();
        Singleton.install();
        Wrappers.install();
        GenericAlias.install(LIST, DICT, TUPLE, SET, FROZENSET);
        UnionType.install();
        for (PyType t : new PyType[] {TYPE, INT, BOOL, FLOAT, COMPLEX, STR, BYTES, BYTEARRAY, LIST, TUPLE, DICT, SET,
                FROZENSET, RANGE, SLICE, NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE, METHOD_DESCRIPTOR,
                WRAPPER_DESCRIPTOR, CLASSMETHOD_DESCRIPTOR, BUILTIN_FUNCTION, METHOD_WRAPPER, GETSET_DESCRIPTOR,
                MEMBER_DESCRIPTOR, DICT_KEYS, DICT_VALUES, DICT_ITEMS, METHOD, PROPERTY, CLASSMETHOD, STATICMETHOD,
                SEQ_ITERATOR, LIST_ITERATOR, LIST_REVERSEITERATOR, TUPLE_ITERATOR, STR_ITERATOR, STR_ASCII_ITERATOR,
                RANGE_ITERATOR, LONGRANGE_ITERATOR, DICT_KEYITERATOR, DICT_VALUEITERATOR, DICT_ITEMITERATOR,
                DICT_REVERSEKEYITERATOR, DICT_REVERSEVALUEITERATOR, DICT_REVERSEITEMITERATOR, SET_ITERATOR,
                BYTES_ITERATOR, BYTEARRAY_ITERATOR}) {
            finish(t);
        }
        finish(OBJECT);
    }

    private static PyType final_(PyType t) {
        t.acceptableBase = false;
        return t;
    }

    /** Inherits missing slots from the base and exposes slots as dunder wrappers (add_operators). */
    static void finish(PyType t) {
        t.inheritNativeSlots();
        t.dict.putIfAbsent("__module__", "builtins");
        Descriptors.addSlotWrappers(t);
    }

    /** Py_TYPE: the type of any Python value. */
    public static PyType type(Object o) {
        if (o instanceof PyObject p) return p.type;
        if (o instanceof Long) return INT;
        if (o instanceof String) return STR;
        if (o instanceof Double) return FLOAT;
        if (o instanceof Boolean) return BOOL;
        if (o instanceof BigInteger) return INT;
        throw new IllegalArgumentException("not a Python value: " + (o == null ? "null" : o.getClass()));
    }

    /**
     * Py_Is: CPython caches ints -5..256, so those are one object per value; other boxed
     * values are compared by reference like any object.
     */
    public static boolean is(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Long x && b instanceof Long y) {
            long v = x;
            return v == y && v >= -5 && v <= 256;
        }
        if (a instanceof Boolean x && b instanceof Boolean y) return x.booleanValue() == y.booleanValue();
        return false;
    }

    public static Boolean bool(boolean b) {
        return b ? Boolean.TRUE : Boolean.FALSE;
    }

    /** Boxes a long as a Python int. */
    public static Object of(long v) {
        return v;
    }

    /** A Python int from a BigInteger, normalized to Long when it fits. */
    public static Object of(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    public static boolean isInstance(Object o, PyType t) {
        return type(o).isSubtype(t);
    }

    /** None, NotImplemented and Ellipsis. Mirrors Objects/object.c: _Py_NoneStruct and friends. */
    static final class Singleton extends PyObject {
        private final String repr;

        Singleton(PyType type, String repr) {
            super(type);
            this.repr = repr;
        }

        static void install() {
            for (PyType t : new PyType[] {NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE}) {
                t.repr = v -> ((Singleton) v).repr;
            }
            NONE_TYPE.bool = v -> false;
            // Objects/object.c: none_hash: a constant since 3.12, so sets holding None iterate the same way every run
            NONE_TYPE.hash = v -> 0xFCA86420L;
            NOT_IMPLEMENTED_TYPE.bool = v -> {
                throw Exceptions.typeError("NotImplemented should not be used in a boolean context");
            };
        }
    }
}
