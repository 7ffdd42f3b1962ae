package tierpy.objects;

import java.util.Set;

/**
 * Mirrors Objects/genericaliasobject.c: types.GenericAlias, what {@code list[int]} returns: the
 * origin class with its arguments; attributes other than its own come from the origin, and calling
 * it makes an instance of the origin.
 */
public final class GenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin(Py.TYPE, "GenericAlias", Py.OBJECT);

    final Object origin;
    final PyTuple args;

    public GenericAlias(Object origin, Object args) {
        super(TYPE);
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    /** ga_getattro's attr_exceptions: the names the alias answers itself. */
    private static final Set<String> OWN = Set.of("__class__", "__bases__", "__origin__", "__args__", "__unpacked__",
            "__parameters__", "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
            "__copy__", "__deepcopy__");

    /** ga_repr_item. */
    private static String reprItem(Object p) {
        if (p == Py.Ellipsis) return "...";
        if (p instanceof GenericAlias) return Abstract.repr(p);
        if (p instanceof PyList list) {
            StringBuilder b = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) b.append(i > 0 ? ", " : "").append(reprItem(list.get(i)));
            return b.append(']').toString();
        }
        Object qualname = Abstract.getattrOrNull(p, "__qualname__");
        Object module = Abstract.getattrOrNull(p, "__module__");
        if (qualname == null || module == null || Abstract.getattrOrNull(p, "__origin__") != null
                && Abstract.getattrOrNull(p, "__args__") != null) {
            return Abstract.repr(p);
        }
        if (module.equals("builtins")) return Abstract.str(qualname);
        return Abstract.str(module) + "." + Abstract.str(qualname);
    }

    private static GenericAlias self(Object o) {
        return (GenericAlias) o;
    }

    static {
        PyType t = TYPE;
        t.dict.put("__module__", "types");
        t.tpNew = (type, a, off, n, kw) -> {
            Args.check("GenericAlias", n, kw, 2, 2);
            return new GenericAlias(a[off], a[off + 1]);
        };
        t.repr = o -> {
            GenericAlias g = self(o);
            StringBuilder b = new StringBuilder(reprItem(g.origin)).append('[');
            if (g.args.size() == 0) b.append("()");
            for (int i = 0; i < g.args.size(); i++) b.append(i > 0 ? ", " : "").append(reprItem(g.args.get(i)));
            return b.append(']').toString();
        };
        t.call = (o, a, off, n, kw) -> {
            Object made = Abstract.vectorcall(self(o).origin, a, off, n, kw);
            try {
                Abstract.setattr(made, "__orig_class__", o);
            } catch (PyException e) {
                if (!e.matches(Exceptions.AttributeError) && !e.matches(Exceptions.TypeError)) throw e;
            }
            return made;
        };
        t.getattro = (o, name) -> {
            if (!OWN.contains(name)) return Abstract.getattr(self(o).origin, name);
            return switch (name) {
                case "__origin__" -> self(o).origin;
                case "__args__" -> self(o).args;
                case "__parameters__" -> PyTuple.EMPTY;
                case "__unpacked__" -> Boolean.FALSE;
                default -> ObjectType.genericGetAttr(o, name);
            };
        };
        t.richcompare = (o, w, op) -> {
            if (!(w instanceof GenericAlias other) || (op != CmpOp.EQ && op != CmpOp.NE)) return Py.NotImplemented;
            GenericAlias g = self(o);
            boolean eq = Abstract.eq(g.origin, other.origin) && Abstract.eq(g.args, other.args);
            return Py.bool(eq == (op == CmpOp.EQ));
        };
        t.hash = o -> Abstract.hash(self(o).origin) ^ Abstract.hash(self(o).args);
        // ga_getitem: tierpy's aliases have no type parameters to substitute
        t.getitem = (o, key) -> {
            throw Exceptions.typeError(Abstract.repr(o) + " is not a generic class");
        };
        Def.method1(t, "__mro_entries__", (o, bases) -> PyTuple.of(self(o).origin));
        Def.method1(t, "__instancecheck__", (o, x) -> {
            throw Exceptions.typeError("isinstance() argument 2 cannot be a parameterized generic");
        });
        Def.method1(t, "__subclasscheck__", (o, x) -> {
            throw Exceptions.typeError("issubclass() argument 2 cannot be a parameterized generic");
        });
        Py.finish(t);
    }

    /** Gives the builtin generic containers {@code __class_getitem__} (Py_GenericAlias). */
    static void install(PyType... types) {
        for (PyType c : types) {
            Def.classMethod(c, "__class_getitem__", (cls, a, off, n, kw) -> {
                Args.check("__class_getitem__", n, kw, 1, 1);
                return new GenericAlias(cls, a[off]);
            });
        }
    }
}
