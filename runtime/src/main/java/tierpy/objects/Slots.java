package tierpy.objects;

/**
 * Mirrors Include/cpython/object.h: the slot function signatures (binaryfunc, hashfunc,
 * richcmpfunc, getattrofunc, descrgetfunc, vectorcallfunc, ...). Each is a functional
 * interface so builtin types plug in lambdas and heap types plug in the generic dunder callers
 * of {@link HeapSlots}.
 */
public final class Slots {
    private Slots() {}

    /** nb_add and friends: returns {@link Py#NotImplemented} when it cannot handle the pair. */
    @FunctionalInterface
    public interface Binary { Object apply(Object v, Object w); }

    /** nb_negative, tp_repr, tp_iter, ...; for tp_iternext, null means exhausted. */
    @FunctionalInterface
    public interface Unary { Object apply(Object v); }

    @FunctionalInterface
    public interface Hash { long hash(Object v); }

    @FunctionalInterface
    public interface Predicate { boolean test(Object v); }

    @FunctionalInterface
    public interface Length { long length(Object v); }

    @FunctionalInterface
    public interface Contains { boolean contains(Object container, Object item); }

    @FunctionalInterface
    public interface RichCompare { Object compare(Object v, Object w, CmpOp op); }

    /** mp_ass_subscript: value null means delete. */
    @FunctionalInterface
    public interface SetItem { void set(Object container, Object key, Object value); }

    /** tp_getattro: returns null when the attribute is missing (the caller raises). */
    @FunctionalInterface
    public interface GetAttr { Object get(Object self, String name); }

    /** tp_setattro: value null means delete. */
    @FunctionalInterface
    public interface SetAttr { void set(Object self, String name, Object value); }

    /** tp_descr_get: obj is null for access through the class. */
    @FunctionalInterface
    public interface DescrGet { Object get(Object descr, Object obj, PyType type); }

    /** tp_descr_set: value null means delete. */
    @FunctionalInterface
    public interface DescrSet { void set(Object descr, Object obj, Object value); }

    /**
     * vectorcall: positional arguments are {@code args[off .. off+nargs)}, keyword values
     * follow them, one per name in {@code kwnames} (null when there are none). The caller's
     * array (e.g. an interpreter frame's stack) is passed as is: no copy, no boxing of arity.
     */
    @FunctionalInterface
    public interface Call { Object call(Object callable, Object[] args, int off, int nargs, String[] kwnames); }

    /** tp_new / tp_init in vectorcall form. */
    @FunctionalInterface
    public interface New { Object make(PyType type, Object[] args, int off, int nargs, String[] kwnames); }
}
