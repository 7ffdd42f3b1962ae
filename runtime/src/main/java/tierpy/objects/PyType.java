package tierpy.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Mirrors Objects/typeobject.c: PyTypeObject with its slots, C3 MRO (mro_implementation,
 * pmerge), tp_version_tag (assign_version_tag, type_modified) and slot updates on dunder
 * assignment (update_slot, fixup_slot_dispatchers). Builtin types get native slot lambdas;
 * heap types get the generic dunder callers of {@link HeapSlots} wherever a class on their MRO
 * defines the dunder in Python.
 */
public final class PyType extends PyObject {
    private static int nextVersionTag = 1;

    /** PyEval_GetGlobals: the running Python frame's globals (installed by the interpreter), or null. */
    public static volatile java.util.function.Supplier<Object> callerGlobals = () -> null;

    /** tp_name, as error messages show it; heap types may be renamed through __name__. */
    public String name;
    /** __name__ where it is not tp_name: a static-like type's name without its module prefix. */
    public String shortName;
    public String qualname;
    public PyType[] bases;
    /** tp_base: the first base (the one whose instance layout we extend). */
    public PyType base;
    public PyType[] mro;
    /** The type's namespace; keys are attribute names. */
    public final Map<String, Object> dict = new LinkedHashMap<>();
    /** True for classes created by a class statement (mutable, dunders resolved in Python). */
    public final boolean heap;
    /** False for bool, NoneType, ...: "type 'bool' is not an acceptable base type". */
    public boolean acceptableBase = true;
    /** Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING (CPython's bit values): what match's sequence and mapping patterns accept. */
    public int collectionFlags;
    public static final int SEQUENCE = 1 << 5, MAPPING = 1 << 6;
    /** Py_TPFLAGS_METHOD_DESCRIPTOR: calling descr(obj, *args) equals calling the bound method. */
    public boolean methodDescriptor;
    /** The builtin type whose Java representation instances use (object, int, list, BaseException...). */
    public PyType solidBase;
    /** Py_TPFLAGS_IS_ABSTRACT: set through __abstractmethods__; object.__new__ refuses such a class. */
    boolean isAbstract;
    /** The nearest class on the MRO whose __slots__ added members (CPython's solid_base for heap types), or null. */
    PyType slotsLayout;
    /** Names from __slots__ (in layout order, inherited ones first), or empty. */
    public String[] slotNames = new String[0];
    /** Whether instances carry a __dict__ (heap types without __slots__). */
    public boolean instancesHaveDict;
    /** Shared-keys layout for instance attributes (null when instances have no dict). */
    public SharedKeys sharedKeys;
    private int versionTag;
    /**
     * Mirrors Objects/typeobject.c: the type attribute cache (struct type_cache): one global table
     * of MRO lookups (misses included) keyed by (version tag, name). An entry is valid only while
     * its type still has that tag; code that changes {@link #dict} must go through
     * {@link #setTypeAttr} (or call {@link #modified}) so the type gets a fresh tag.
     */
    private record CacheEntry(int version, String name, Object value) {}
    private static final int CACHE_BITS = 12;
    private static final CacheEntry[] TYPE_CACHE = new CacheEntry[1 << CACHE_BITS];
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();

    // ---- slots (null = not supported) ----
    public final Slots.Binary[] nb = new Slots.Binary[BinOp.COUNT];
    public final Slots.Binary[] nbInplace = new Slots.Binary[BinOp.COUNT];
    public Slots.Unary neg, pos, invert, abs, index, asInt, asFloat;
    public Slots.Predicate bool;
    public Slots.Length len;
    public Slots.Hash hash;
    public Slots.Binary getitem;
    public Slots.SetItem setitem;
    public Slots.Contains contains;
    /** sq_concat / sq_repeat: tried after nb_add / nb_multiply fail (str, list, tuple, bytes). */
    public Slots.Binary concat, repeat, inplaceConcat, inplaceRepeat;
    public Slots.RichCompare richcompare;
    public Slots.Unary repr, str, iter, next;
    public Slots.GetAttr getattro;
    public Slots.SetAttr setattro;
    public Slots.DescrGet descrGet;
    public Slots.DescrSet descrSet;
    public Slots.Call call;
    public Slots.New tpNew;
    public Slots.Call init;

    private PyType(PyType metatype, String name, PyType[] bases, boolean heap) {
        super(metatype);
        this.name = name;
        this.qualname = name;
        this.bases = bases;
        this.base = bases.length == 0 ? null : bases[0];
        this.heap = heap;
    }

    /** Creates a builtin (static) type; its slots and methods are filled in by the caller. */
    static PyType builtin(PyType metatype, String name, PyType base) {
        PyType t = new PyType(metatype, name, base == null ? new PyType[0] : new PyType[] {base}, false);
        t.mro = base == null ? new PyType[] {t} : prepend(t, base.mro);
        t.solidBase = t;
        if (base != null) {
            base.addSubclass(t);
            t.inheritInstanceDict(base);
            t.collectionFlags = base.collectionFlags;
        }
        return t;
    }

    /** A builtin type with several bases (ExceptionGroup). */
    static PyType builtinMulti(PyType metatype, String name, PyType... bases) {
        PyType t = new PyType(metatype, name, bases, false);
        t.mro = c3(t, bases);
        t.solidBase = t;
        for (PyType b : bases) b.addSubclass(t);
        t.inheritInstanceDict(bases[0]);
        return t;
    }

    private void inheritInstanceDict(PyType from) {
        if (from.instancesHaveDict) {
            instancesHaveDict = true;
            sharedKeys = new SharedKeys();
        }
    }

    private static PyType[] prepend(PyType t, PyType[] rest) {
        PyType[] m = new PyType[rest.length + 1];
        m[0] = t;
        System.arraycopy(rest, 0, m, 1, rest.length);
        return m;
    }

    /**
     * Mirrors Objects/typeobject.c: type_new for a class statement: validates bases, computes
     * the MRO, handles __slots__, the __eq__-without-__hash__ rule, __set_name__ and
     * __init_subclass__.
     */
    public static PyType newHeapType(PyType metatype, String name, PyType[] bases, Map<String, Object> ns,
                                     String[] kwnames, Object[] kwvalues) {
        if (bases.length == 0) bases = new PyType[] {Py.OBJECT};
        for (PyType b : bases) {
            if (!b.acceptableBase) {
                throw Exceptions.typeError("type '" + b.name + "' is not an acceptable base type");
            }
        }
        PyType t = new PyType(calculateMetaclass(metatype, bases), name, bases, true);
        t.solidBase = solidBaseOf(bases);
        t.slotsLayout = slotsLayoutOf(bases, t.solidBase);
        t.mro = c3(t, bases);
        Object qn = ns.get("__qualname__");
        if (qn != null) {
            if (!(qn instanceof String s)) {
                throw Exceptions.typeError("type __qualname__ must be a str, not " + Py.type(qn).name);
            }
            t.qualname = s;
        }
        t.dict.putAll(ns);
        t.dict.remove("__qualname__");
        t.collectionFlags = collectionFlagsOf(t.solidBase, bases);
        // ABCMeta's _abc_init hook, honoured for every class: collections.abc.Sequence, deque
        if (t.dict.remove("__abc_tpflags__") instanceof Long flags) t.collectionFlags = (int) (flags & (SEQUENCE | MAPPING));
        // the compiler's hand-offs of the __class__ and __classdict__ cells are not attributes
        t.dict.remove("__classcell__");
        t.dict.remove("__classdictcell__");
        if (ns.containsKey("__eq__") && !ns.containsKey("__hash__")) t.dict.put("__hash__", Py.None);
        t.layoutSlots(ns.get("__slots__"));
        for (PyType b : bases) b.addSubclass(t);
        t.inheritNativeSlots();
        for (String key : t.dict.keySet()) t.updateSlot(key);
        if (bases.length > 1) t.updateSlotsFromLaterBases();
        for (Map.Entry<String, Object> e : new ArrayList<>(t.dict.entrySet())) {
            Object setName = Abstract.lookupSpecial(e.getValue(), "__set_name__");
            if (setName == null) continue;
            try {
                Abstract.callBound(setName, e.getValue(), t, e.getKey());
            } catch (PyException error) {
                // _PyErr_FormatNote, since 3.12 instead of wrapping in RuntimeError
                Abstract.callBound(Py.type(error.value).lookup("add_note"), error.value, "Error calling __set_name__ on '"
                        + Py.type(e.getValue()).name + "' instance " + Abstract.repr(e.getKey()) + " in '" + name + "'");
                throw error;
            }
        }
        t.initSubclass(kwnames, kwvalues);
        return t;
    }

    /**
     * Mirrors Objects/typeobject.c: _PyType_CalculateMetaclass: the most derived of the given
     * metatype and the bases' types. (Redirecting to a winner with its own __new__ is the
     * caller's job, as __build_class__ does.)
     */
    public static PyType calculateMetaclass(PyType metatype, PyType[] bases) {
        PyType winner = metatype;
        for (PyType b : bases) {
            PyType t = Py.type(b);
            if (winner.isSubtype(t)) continue;
            if (t.isSubtype(winner)) {
                winner = t;
                continue;
            }
            throw Exceptions.typeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                    + "subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    private void initSubclass(String[] kwnames, Object[] kwvalues) {
        for (int i = 1; i < mro.length; i++) {
            Object f = mro[i].dict.get("__init_subclass__");
            if (f == null) continue;
            Object bound = Abstract.descrGet(f, null, this);
            int n = kwnames == null ? 0 : kwnames.length;
            Object[] args = kwvalues == null ? new Object[0] : kwvalues;
            Abstract.vectorcall(bound, args, 0, 0, n == 0 ? null : kwnames);
            return;
        }
    }

    /** The bases' slot layouts must extend one another, and the builtin base they all rest on. */
    private static PyType slotsLayoutOf(PyType[] bases, PyType solidBase) {
        PyType layout = null;
        for (PyType b : bases) {
            PyType s = b.slotsLayout;
            if (s == null) continue;
            if (layout == null || isSubtypeOf(s, layout)) layout = s;
            else if (!isSubtypeOf(layout, s)) throw Exceptions.typeError("multiple bases have instance lay-out conflict");
        }
        if (layout != null && !isSubtypeOf(layout, solidBase)) {
            throw Exceptions.typeError("multiple bases have instance lay-out conflict");
        }
        return layout;
    }

    /** inherit_patma_flags: from tp_base, the first base laid out as the solid base (best_base). */
    private static int collectionFlagsOf(PyType solidBase, PyType[] bases) {
        for (PyType b : bases) if (b.solidBase == solidBase) return b.collectionFlags;
        return 0;
    }

    private static PyType solidBaseOf(PyType[] bases) {
        PyType winner = null;
        for (PyType b : bases) {
            PyType s = b.solidBase;
            if (winner == null || isSubtypeOf(s, winner)) {
                winner = s;
            } else if (!isSubtypeOf(winner, s)) {
                throw Exceptions.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return winner;
    }

    private static boolean isSubtypeOf(PyType a, PyType b) {
        for (PyType m : a.mro) if (m == b) return true;
        return false;
    }

    private void layoutSlots(Object slotsSpec) {
        List<String> inherited = new ArrayList<>();
        boolean baseHasDict = false;
        for (PyType b : bases) {
            for (String s : b.slotNames) if (!inherited.contains(s)) inherited.add(s);
            baseHasDict |= b.instancesHaveDict;
        }
        if (slotsSpec == null) {
            instancesHaveDict = true;
        } else {
            instancesHaveDict = baseHasDict;
            List<String> own = new ArrayList<>();
            if (slotsSpec instanceof String s) {
                own.add(s);
            } else {
                Object it = Abstract.iter(slotsSpec);
                for (Object x; (x = Abstract.next(it)) != null; ) {
                    if (!(x instanceof String s)) {
                        throw Exceptions.typeError("__slots__ items must be strings, not '" + Py.type(x).name + "'");
                    }
                    own.add(s);
                }
            }
            // type_new_slots: int, tuple, bytes and type instances are variable-sized
            if (!own.isEmpty() && (solidBase == Py.INT || solidBase == Py.TUPLE || solidBase == Py.BYTES
                    || solidBase == Py.TYPE)) {
                throw Exceptions.typeError("nonempty __slots__ not supported for subtype of '" + solidBase.name + "'");
            }
            boolean mayAddWeakref = !baseHasDict;
            for (PyType b : bases) mayAddWeakref &= b.lookup("__weakref__") == null;
            boolean addWeakref = false;
            List<String> members = new ArrayList<>();
            for (String s : own) {
                if (!Strs.isIdentifier(s)) throw Exceptions.typeError("__slots__ must be identifiers");
                if (s.equals("__dict__")) {
                    if (instancesHaveDict) throw Exceptions.typeError("__dict__ slot disallowed: we already got one");
                    instancesHaveDict = true;
                } else if (s.equals("__weakref__")) {
                    if (!mayAddWeakref || addWeakref) {
                        throw Exceptions.typeError("__weakref__ slot disallowed: we already got one");
                    }
                    addWeakref = true;
                } else {
                    String mangled = tierpy.compile.Symtable.mangle(name, s);
                    // only the class body's own names conflict (a repeated slot does not)
                    if (dict.containsKey(mangled)) {
                        throw Exceptions.valueError("'" + mangled + "' in __slots__ conflicts with class variable");
                    }
                    members.add(mangled);
                }
            }
            members.sort(null);
            for (String s : members) {
                inherited.add(s);
                dict.put(s, new Descriptors.Member(this, s, inherited.size() - 1));
            }
            if (addWeakref) dict.put("__weakref__", Descriptors.NO_WEAKREF);
            if (!members.isEmpty()) slotsLayout = this;
        }
        slotNames = inherited.toArray(new String[0]);
        if (instancesHaveDict) {
            sharedKeys = new SharedKeys();
            // a metaclass's instances are classes: type's own __dict__ (the mapping proxy) serves them
            if (!baseHasDict && !isSubtypeOf(this, Py.TYPE)) {
                dict.putIfAbsent("__dict__", Descriptors.INSTANCE_DICT);
                dict.putIfAbsent("__weakref__", Descriptors.NO_WEAKREF);
            }
        }
        dict.putIfAbsent("__doc__", Py.None);
    }

    // ---- MRO ----

    /** Mirrors Objects/typeobject.c: mro_implementation and pmerge (C3 linearization). */
    private static PyType[] c3(PyType t, PyType[] bases) {
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) throw Exceptions.typeError("duplicate base class " + bases[i].name);
            }
        }
        PyType[][] toMerge = new PyType[bases.length + 1][];
        for (int i = 0; i < bases.length; i++) toMerge[i] = bases[i].mro;
        toMerge[bases.length] = bases;
        int[] remain = new int[toMerge.length];
        List<PyType> result = new ArrayList<>();
        result.add(t);
        while (true) {
            int empty = 0;
            boolean progressed = false;
            for (int i = 0; i < toMerge.length; i++) {
                if (remain[i] >= toMerge[i].length) {
                    empty++;
                    continue;
                }
                PyType candidate = toMerge[i][remain[i]];
                if (inSomeTail(candidate, toMerge, remain)) continue;
                result.add(candidate);
                for (int j = 0; j < toMerge.length; j++) {
                    if (remain[j] < toMerge[j].length && toMerge[j][remain[j]] == candidate) remain[j]++;
                }
                progressed = true;
                break;
            }
            if (!progressed) {
                if (empty == toMerge.length) return result.toArray(new PyType[0]);
                LinkedHashSet<String> heads = new LinkedHashSet<>();
                for (int i = 0; i < toMerge.length; i++) {
                    if (remain[i] < toMerge[i].length) heads.add(toMerge[i][remain[i]].name);
                }
                throw Exceptions.typeError("Cannot create a consistent method resolution order (MRO) for bases "
                        + String.join(", ", heads));
            }
        }
    }

    private static boolean inSomeTail(PyType c, PyType[][] lists, int[] remain) {
        for (int j = 0; j < lists.length; j++) {
            for (int k = remain[j] + 1; k < lists[j].length; k++) if (lists[j][k] == c) return true;
        }
        return false;
    }

    public boolean isSubtype(PyType other) {
        if (this == other) return true;
        for (PyType m : mro) if (m == other) return true;
        return false;
    }

    // ---- lookup ----

    /** Mirrors Objects/typeobject.c: _PyType_Lookup (MRO walk; a method cache can key on versionTag). */
    public Object lookup(String name) {
        int tag = versionTag;
        if (tag != 0) {
            CacheEntry e = TYPE_CACHE[cacheIndex(tag, name)];
            if (e != null && e.version == tag && (e.name == name || e.name.equals(name))) return e.value;
        }
        Object found = null;
        for (PyType t : mro) {
            Object v = t.dict.get(name);
            if (v != null) {
                found = v;
                break;
            }
        }
        tag = versionTag();
        TYPE_CACHE[cacheIndex(tag, name)] = new CacheEntry(tag, name, found);
        return found;
    }

    /** MCACHE_HASH: mixes the tag into the name's hash so one name on many types spreads out. */
    private static int cacheIndex(int tag, String name) {
        int h = (tag * 0x9E3779B9) ^ name.hashCode();
        return (h ^ h >>> CACHE_BITS) & ((1 << CACHE_BITS) - 1);
    }

    /** Where on the MRO {@code name} is defined, or null. */
    public PyType definingClass(String name) {
        for (PyType t : mro) if (t.dict.containsKey(name)) return t;
        return null;
    }

    // ---- version tags ----

    /** Mirrors Objects/typeobject.c: assign_version_tag; 0 is never returned. */
    public int versionTag() {
        if (versionTag == 0) {
            for (int i = mro.length - 1; i > 0; i--) mro[i].versionTag();
            versionTag = nextVersionTag++;
        }
        return versionTag;
    }

    /** The tag as it is now, 0 if unassigned (what a specializer guard compares against). */
    public int currentVersionTag() {
        return versionTag;
    }

    /** Mirrors Objects/typeobject.c: type_modified: invalidates this type and all subclasses. */
    public void modified() {
        if (versionTag == 0) return;
        versionTag = 0;
        for (PyType sub : subclasses()) sub.modified();
    }

    private void addSubclass(PyType t) {
        subclasses.add(new WeakReference<>(t));
    }

    public List<PyType> subclasses() {
        List<PyType> out = new ArrayList<>();
        subclasses.removeIf(r -> r.get() == null);
        for (WeakReference<PyType> r : subclasses) out.add(r.get());
        return out;
    }

    // ---- mutation ----

    /** Mirrors Objects/typeobject.c: type_setattro; value null deletes. */
    public void setTypeAttr(String attr, Object value) {
        if (!heap) {
            throw Exceptions.typeError("cannot set '" + attr + "' attribute of immutable type '" + name + "'");
        }
        Object metaAttr = Py.type(this).lookup(attr);
        if (metaAttr != null) {
            Slots.DescrSet set = Py.type(metaAttr).descrSet;
            if (set != null) {
                set.set(metaAttr, this, value);
                return;
            }
        }
        if (value == null) {
            if (dict.remove(attr) == null) {
                throw Exceptions.attributeError("type object '" + name + "' has no attribute '" + attr + "'");
            }
        } else {
            dict.put(attr, value);
        }
        modified();
        if (attr.startsWith("__") && attr.endsWith("__")) updateSlotRecursive(attr);
    }

    private void updateSlotRecursive(String attr) {
        updateSlot(attr);
        for (PyType sub : subclasses()) sub.updateSlotRecursive(attr);
    }

    /**
     * Fills missing slots as Objects/typeobject.c's type_ready_inherit calls inherit_slots for each
     * class of the MRO in turn: a slot comes from the first one that defines it (differs from its
     * own base), so in {@code class C(Mixin, list)} list's slots are not hidden by the mixin's
     * copies of object's.
     */
    void inheritNativeSlots() {
        for (int m = 1; m < mro.length; m++) {
            PyType b = mro[m], bb = b.base;
            for (int i = 0; i < BinOp.COUNT; i++) {
                if (nb[i] == null && defines(b.nb[i], bb == null ? null : bb.nb[i])) nb[i] = b.nb[i];
                if (nbInplace[i] == null && defines(b.nbInplace[i], bb == null ? null : bb.nbInplace[i])) {
                    nbInplace[i] = b.nbInplace[i];
                }
            }
            for (SlotDef d : SlotDef.ALL) {
                if (d.get(this) == null && defines(d.get(b), bb == null ? null : d.get(bb))) d.set(this, d.get(b));
            }
        }
    }

    /** SLOTDEFINED: a class defines a slot it has and did not merely inherit from its base. */
    private static boolean defines(Object slot, Object baseSlot) {
        return slot != null && slot != baseSlot;
    }

    /**
     * With several bases, a dunder of a heap class after the first base never reached
     * inheritNativeSlots (which copies from the base): look such dunders up along the MRO, as
     * CPython's fixup_slot_dispatchers does for every slot.
     */
    private void updateSlotsFromLaterBases() {
        LinkedHashSet<String> dunders = new LinkedHashSet<>();
        for (PyType t : mro) {
            if (t == this || !t.heap) continue;
            for (String key : t.dict.keySet()) {
                if (key.startsWith("__") && key.endsWith("__") && !dict.containsKey(key)) dunders.add(key);
            }
        }
        for (String dunder : dunders) updateSlot(dunder);
    }

    /**
     * Mirrors Objects/typeobject.c: update_one_slot: the first class on the MRO defining one of
     * the slot's dunders decides: a builtin class gives its native slot, a heap class the
     * generic dunder caller.
     */
    void updateSlot(String dunder) {
        if (!heap) return;
        for (BinOp op : BinOp.VALUES) {
            if (dunder.equals(op.dunder) || dunder.equals(op.rdunder)) {
                PyType owner = firstDefining(op.dunder, op.rdunder);
                nb[op.ordinal()] = owner == null ? null : owner.heap ? HeapSlots.binary(op) : owner.nb[op.ordinal()];
                return;
            }
            if (dunder.equals(op.idunder)) {
                PyType owner = firstDefining(op.idunder);
                nbInplace[op.ordinal()] = owner == null ? null
                        : owner.heap ? HeapSlots.inplace(op) : owner.nbInplace[op.ordinal()];
                return;
            }
        }
        for (SlotDef d : SlotDef.ALL) {
            if (!d.handles(dunder)) continue;
            PyType owner = firstDefining(d.dunders);
            Object generic;
            if (owner == null) {
                generic = null;
            } else if (!owner.heap) {
                generic = d.get(owner);
            } else if (d == SlotDef.HASH && owner.dict.get("__hash__") == Py.None) {
                generic = ObjectType.UNHASHABLE;
            } else {
                generic = d.generic;
            }
            d.set(this, generic);
        }
    }

    private PyType firstDefining(String... dunders) {
        for (PyType t : mro) {
            for (String d : dunders) if (t.dict.containsKey(d)) return t;
        }
        return null;
    }

    @Override
    public String toString() {
        return "<class '" + fullName() + "'>";
    }

    /** module.qualname, or just the qualname for builtins (as type_repr prints). */
    public String fullName() {
        Object mod = dict.get("__module__");
        if (mod instanceof String m && !m.equals("builtins")) return m + "." + qualname;
        return qualname;
    }
}
