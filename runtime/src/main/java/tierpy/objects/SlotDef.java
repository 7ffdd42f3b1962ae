package tierpy.objects;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Mirrors Objects/typeobject.c: slotdefs: which dunders feed which slot, and the generic
 * slot_* function a heap type gets when it defines them in Python. Binary number slots are
 * handled by {@link BinOp} directly.
 */
enum SlotDef {
    NEG(t -> t.neg, (t, v) -> t.neg = (Slots.Unary) v, HeapSlots.unary("__neg__"), "__neg__"),
    POS(t -> t.pos, (t, v) -> t.pos = (Slots.Unary) v, HeapSlots.unary("__pos__"), "__pos__"),
    INVERT(t -> t.invert, (t, v) -> t.invert = (Slots.Unary) v, HeapSlots.unary("__invert__"), "__invert__"),
    ABS(t -> t.abs, (t, v) -> t.abs = (Slots.Unary) v, HeapSlots.unary("__abs__"), "__abs__"),
    INDEX(t -> t.index, (t, v) -> t.index = (Slots.Unary) v, HeapSlots.unary("__index__"), "__index__"),
    INT(t -> t.asInt, (t, v) -> t.asInt = (Slots.Unary) v, HeapSlots.unary("__int__"), "__int__"),
    FLOAT(t -> t.asFloat, (t, v) -> t.asFloat = (Slots.Unary) v, HeapSlots.unary("__float__"), "__float__"),
    REPR(t -> t.repr, (t, v) -> t.repr = (Slots.Unary) v, HeapSlots.unary("__repr__"), "__repr__"),
    STR(t -> t.str, (t, v) -> t.str = (Slots.Unary) v, HeapSlots.unary("__str__"), "__str__"),
    ITER(t -> t.iter, (t, v) -> t.iter = (Slots.Unary) v, HeapSlots.unary("__iter__"), "__iter__"),
    NEXT(t -> t.next, (t, v) -> t.next = (Slots.Unary) v, (Slots.Unary) HeapSlots::next, "__next__"),
    BOOL(t -> t.bool, (t, v) -> t.bool = (Slots.Predicate) v, (Slots.Predicate) HeapSlots::bool, "__bool__"),
    LEN(t -> t.len, (t, v) -> t.len = (Slots.Length) v, (Slots.Length) HeapSlots::len, "__len__"),
    HASH(t -> t.hash, (t, v) -> t.hash = (Slots.Hash) v, (Slots.Hash) HeapSlots::hash, "__hash__"),
    GETITEM(t -> t.getitem, (t, v) -> t.getitem = (Slots.Binary) v, HeapSlots.binaryMethod("__getitem__"),
            "__getitem__"),
    SETITEM(t -> t.setitem, (t, v) -> t.setitem = (Slots.SetItem) v, (Slots.SetItem) HeapSlots::setitem,
            "__setitem__", "__delitem__"),
    CONTAINS(t -> t.contains, (t, v) -> t.contains = (Slots.Contains) v, (Slots.Contains) HeapSlots::contains,
            "__contains__"),
    RICHCOMPARE(t -> t.richcompare, (t, v) -> t.richcompare = (Slots.RichCompare) v,
            (Slots.RichCompare) HeapSlots::richcompare,
            "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"),
    GETATTRO(t -> t.getattro, (t, v) -> t.getattro = (Slots.GetAttr) v, HeapSlots.SLOT_TP_GETATTR_HOOK,
            "__getattribute__", "__getattr__"),
    SETATTRO(t -> t.setattro, (t, v) -> t.setattro = (Slots.SetAttr) v, (Slots.SetAttr) HeapSlots::setattr,
            "__setattr__", "__delattr__"),
    DESCR_GET(t -> t.descrGet, (t, v) -> t.descrGet = (Slots.DescrGet) v, (Slots.DescrGet) HeapSlots::descrGet,
            "__get__"),
    DESCR_SET(t -> t.descrSet, (t, v) -> t.descrSet = (Slots.DescrSet) v, (Slots.DescrSet) HeapSlots::descrSet,
            "__set__", "__delete__"),
    CALL(t -> t.call, (t, v) -> t.call = (Slots.Call) v, (Slots.Call) HeapSlots::call, "__call__"),
    NEW(t -> t.tpNew, (t, v) -> t.tpNew = (Slots.New) v, (Slots.New) HeapSlots::newInstance, "__new__"),
    INIT(t -> t.init, (t, v) -> t.init = (Slots.Call) v, (Slots.Call) HeapSlots::init, "__init__"),
    /** Sequence slots: a heap class never gets these natively, they are only inherited. */
    CONCAT(t -> t.concat, (t, v) -> t.concat = (Slots.Binary) v, null),
    REPEAT(t -> t.repeat, (t, v) -> t.repeat = (Slots.Binary) v, null),
    INPLACE_CONCAT(t -> t.inplaceConcat, (t, v) -> t.inplaceConcat = (Slots.Binary) v, null),
    INPLACE_REPEAT(t -> t.inplaceRepeat, (t, v) -> t.inplaceRepeat = (Slots.Binary) v, null);

    static final SlotDef[] ALL = values();

    private final Function<PyType, Object> getter;
    private final BiConsumer<PyType, Object> setter;
    final Object generic;
    final String[] dunders;

    SlotDef(Function<PyType, Object> getter, BiConsumer<PyType, Object> setter, Object generic, String... dunders) {
        this.getter = getter;
        this.setter = setter;
        this.generic = generic;
        this.dunders = dunders;
    }

    Object get(PyType t) {
        return getter.apply(t);
    }

    void set(PyType t, Object v) {
        setter.accept(t, v);
    }

    boolean handles(String dunder) {
        for (String d : dunders) if (d.equals(dunder)) return true;
        return false;
    }
}
