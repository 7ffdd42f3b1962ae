package tierpy.objects;

/**
 * Mirrors Objects/descrobject.c: mappingproxy, the read-only view a class's {@code __dict__}
 * returns. A proxy of a type reads the type's dict live; other proxies forward to any mapping.
 */
public final class MappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin(Py.TYPE, "mappingproxy", Py.OBJECT);

    private final PyType owner;
    private final Object mapping;

    private MappingProxy(PyType owner, Object mapping) {
        super(TYPE);
        this.owner = owner;
        this.mapping = mapping;
    }

    /** The {@code __dict__} of a class. */
    public static MappingProxy of(PyType owner) {
        return new MappingProxy(owner, null);
    }

    /** The proxied mapping: a snapshot of a type's dict, or the wrapped mapping itself. */
    private Object target() {
        if (owner == null) return mapping;
        PyDict d = new PyDict();
        owner.dict.forEach(d::setItem);
        return d;
    }

    private static MappingProxy self(Object o) {
        return (MappingProxy) o;
    }

    static {
        PyType t = TYPE;
        t.collectionFlags = PyType.MAPPING;
        t.acceptableBase = false;
        t.tpNew = (type, a, off, n, kw) -> {
            Args.noKeywords("mappingproxy", kw);
            Args.check("mappingproxy", n, kw, 1, 1);
            Object m = a[off];
            if (Py.type(m).getitem == null || m instanceof PyList || m instanceof PyTuple) {
                throw Exceptions.typeError("mappingproxy() argument must be a mapping, not " + Py.type(m).name);
            }
            return new MappingProxy(null, m);
        };
        t.getitem = (o, key) -> {
            MappingProxy p = self(o);
            if (p.owner == null) return Abstract.getitem(p.mapping, key);
            Object v = key instanceof String s ? p.owner.dict.get(s) : null;
            if (v == null) throw Exceptions.keyError(key);
            return v;
        };
        t.contains = (o, key) -> {
            MappingProxy p = self(o);
            if (p.owner == null) return Abstract.contains(p.mapping, key);
            return key instanceof String s && p.owner.dict.containsKey(s);
        };
        t.len = o -> self(o).owner != null ? self(o).owner.dict.size() : Abstract.len(self(o).mapping);
        t.iter = o -> Abstract.iter(self(o).target());
        t.repr = o -> "mappingproxy(" + Abstract.repr(self(o).target()) + ")";
        t.str = o -> Abstract.str(self(o).target());
        t.richcompare = (o, w, op) -> Abstract.richCompare(self(o).target(), w, op);
        Def.methodV(t, "get", (o, a, off, n, kw) ->
                Abstract.vectorcall(Abstract.getattr(self(o).target(), "get"), a, off, n, kw));
        for (String name : new String[] {"keys", "values", "items", "copy", "__reversed__"}) {
            Def.method0(t, name, o -> Abstract.call(Abstract.getattr(self(o).target(), name)));
        }
        t.nb[BinOp.OR.ordinal()] = (v, w) -> v instanceof MappingProxy p ? Abstract.or(p.target(), w)
                : Abstract.or(v, self(w).target());
        Py.finish(t);
    }
}
