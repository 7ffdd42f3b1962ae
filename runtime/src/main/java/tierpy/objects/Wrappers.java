package tierpy.objects;

/**
 * Mirrors Objects/descrobject.c: property (property_descr_get/set, getter/setter/deleter,
 * __set_name__), Objects/funcobject.c: classmethod and staticmethod, and
 * Objects/classobject.c: method (a callable bound to an object). They wrap any callable, so
 * they work for builtin functions now and for Python functions once those exist.
 */
public final class Wrappers {
    private Wrappers() {}

    /** A bound method: calling it calls func(self, *args). */
    public static final class Method extends PyObject {
        public final Object func;
        public final Object self;

        public Method(Object func, Object self) {
            super(Py.METHOD);
            this.func = func;
            this.self = self;
        }
    }

    /** property(fget, fset, fdel, doc) with the name given by __set_name__. */
    public static final class Property extends PyInstance {
        Object fget = Py.None, fset = Py.None, fdel = Py.None, doc = Py.None;
        Object name = Py.None;

        /** The getter (None when unset), what LOAD_ATTR_PROPERTY calls. */
        public Object fget() {
            return fget;
        }

        Property(PyType type) {
            super(type);
        }
    }

    /** classmethod(f) / staticmethod(f). */
    public static final class FuncWrapper extends PyInstance {
        Object func;

        FuncWrapper(PyType type) {
            super(type);
        }
    }

    private static PyException missing(Property p, Object obj, String what) {
        String named = p.name instanceof String n ? "property '" + n + "'" : "property";
        return Exceptions.attributeError(named + " of '" + Py.type(obj).name + "' object has no " + what);
    }

    static void install() {
        PyType m = Py.METHOD;
        m.call = (c, a, off, n, kw) -> {
            Method bm = (Method) c;
            int nkw = kw == null ? 0 : kw.length;
            Object[] all = new Object[n + nkw + 1];
            all[0] = bm.self;
            System.arraycopy(a, off, all, 1, n + nkw);
            return Abstract.vectorcall(bm.func, all, 0, n + 1, kw);
        };
        m.repr = v -> {
            Method bm = (Method) v;
            Object qn = Abstract.getattrOrNull(bm.func, "__qualname__");
            if (qn == null) qn = Abstract.getattrOrNull(bm.func, "__name__");
            return "<bound method " + (qn instanceof String s ? s : "?") + " of " + Abstract.repr(bm.self) + ">";
        };
        m.richcompare = (v, w, op) -> {
            if (!(w instanceof Method b) || (op != CmpOp.EQ && op != CmpOp.NE)) return Py.NotImplemented;
            Method a = (Method) v;
            boolean eq = a.self == b.self && Abstract.eq(a.func, b.func);
            return Py.bool(eq == (op == CmpOp.EQ));
        };
        m.hash = v -> {
            Method bm = (Method) v;
            long h = System.identityHashCode(bm.self) ^ Abstract.hash(bm.func);
            return h == -1 ? -2 : h;
        };
        m.getattro = (self, name) -> {
            Object r = ObjectType.genericGetAttr(self, name);
            return r != null ? r : Abstract.getattrOrNull(((Method) self).func, name);
        };
        Def.getter(m, "__func__", v -> ((Method) v).func);
        Def.getter(m, "__self__", v -> ((Method) v).self);
        m.tpNew = (type, a, off, n, kw) -> {
            Args.check("method", n, kw, 2, 2);
            if (Py.type(a[off]).call == null) throw Exceptions.typeError("first argument must be callable");
            if (a[off + 1] == Py.None) throw Exceptions.typeError("instance must not be None");
            return new Method(a[off], a[off + 1]);
        };

        installProperty(Py.PROPERTY);
        installFuncWrapper(Py.CLASSMETHOD, true);
        installFuncWrapper(Py.STATICMETHOD, false);
    }

    private static void installProperty(PyType t) {
        t.tpNew = (type, a, off, n, kw) -> new Property(type);
        t.init = (self, a, off, n, kw) -> {
            Object[] p = Args.bind("property", a, off, n, kw, new String[] {"fget", "fset", "fdel", "doc"}, 4, 0);
            Property prop = (Property) self;
            prop.fget = p[0] == null ? Py.None : p[0];
            prop.fset = p[1] == null ? Py.None : p[1];
            prop.fdel = p[2] == null ? Py.None : p[2];
            prop.doc = p[3] == null || p[3] == Py.None
                    ? (prop.fget == Py.None ? Py.None : orNone(Abstract.getattrOrNull(prop.fget, "__doc__")))
                    : p[3];
            return Py.None;
        };
        t.descrGet = (d, obj, type) -> {
            if (obj == null) return d;
            Property p = (Property) d;
            if (p.fget == Py.None) throw missing(p, obj, "getter");
            return Abstract.call(p.fget, obj);
        };
        t.descrSet = (d, obj, value) -> {
            Property p = (Property) d;
            Object f = value == null ? p.fdel : p.fset;
            if (f == Py.None) throw missing(p, obj, value == null ? "deleter" : "setter");
            if (value == null) Abstract.call(f, obj);
            else Abstract.call(f, obj, value);
        };
        Def.getter(t, "fget", v -> ((Property) v).fget);
        Def.getter(t, "fset", v -> ((Property) v).fset);
        Def.getter(t, "fdel", v -> ((Property) v).fdel);
        // property_get___isabstractmethod__: abstract when any of its functions is
        Def.getter(t, "__isabstractmethod__", v -> {
            Property p = (Property) v;
            for (Object f : new Object[] {p.fget, p.fset, p.fdel}) {
                Object r = f == Py.None ? null : Abstract.getattrOrNull(f, "__isabstractmethod__");
                if (r != null && Abstract.isTrue(r)) return true;
            }
            return false;
        });
        Def.getter(t, "__name__", v -> {
            Property p = (Property) v;
            if (p.name != Py.None) return p.name;
            Object n = p.fget == Py.None ? null : Abstract.getattrOrNull(p.fget, "__name__");
            if (n == null) throw Exceptions.attributeError("'property' object has no attribute '__name__'");
            return n;
        });
        Def.getset(t, "__doc__", v -> ((Property) v).doc, (v, x) -> ((Property) v).doc = x == null ? Py.None : x);
        Def.getter(t, "__isabstractmethod__", v -> {
            Property p = (Property) v;
            return Py.bool(isAbstractMethod(p.fget) || isAbstractMethod(p.fset) || isAbstractMethod(p.fdel));
        });
        Def.methodV(t, "__set_name__", (self, a, off, n, kw) -> {
            Args.check("__set_name__", n, kw, 2, 2);
            ((Property) self).name = a[off + 1];
            return Py.None;
        });
        for (String accessor : new String[] {"getter", "setter", "deleter"}) {
            Def.method1(t, accessor, (self, f) -> {
                Property old = (Property) self;
                Object fget = accessor.equals("getter") ? f : old.fget;
                Object fset = accessor.equals("setter") ? f : old.fset;
                Object fdel = accessor.equals("deleter") ? f : old.fdel;
                Property copy = (Property) Abstract.call(Py.type(self), fget, fset, fdel, old.doc);
                copy.name = old.name;
                return copy;
            });
        }
    }

    private static Object orNone(Object o) {
        return o == null ? Py.None : o;
    }

    private static void installFuncWrapper(PyType t, boolean classmethod) {
        t.tpNew = (type, a, off, n, kw) -> new FuncWrapper(type);
        t.init = (self, a, off, n, kw) -> {
            Args.check(t.name, n, kw, 1, 1);
            ((FuncWrapper) self).func = a[off];
            return Py.None;
        };
        t.descrGet = classmethod
                ? (d, obj, type) -> new Method(((FuncWrapper) d).func, type != null ? type : Py.type(obj))
                : (d, obj, type) -> ((FuncWrapper) d).func;
        if (!classmethod) t.call = (c, a, off, n, kw) -> Abstract.vectorcall(((FuncWrapper) c).func, a, off, n, kw);
        t.repr = v -> "<" + Py.type(v).name + "(" + Abstract.repr(((FuncWrapper) v).func) + ")>";
        Def.getter(t, "__func__", v -> ((FuncWrapper) v).func);
        Def.getter(t, "__wrapped__", v -> ((FuncWrapper) v).func);
        Def.getter(t, "__isabstractmethod__", v -> Py.bool(isAbstractMethod(((FuncWrapper) v).func)));
    }

    /** Mirrors Objects/object.c: _PyObject_IsAbstract. */
    private static boolean isAbstractMethod(Object f) {
        Object r = f == null ? null : Abstract.getattrOrNull(f, "__isabstractmethod__");
        return r != null && Abstract.isTrue(r);
    }
}
