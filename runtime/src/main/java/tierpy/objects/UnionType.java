package tierpy.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Mirrors Objects/unionobject.c: what {@code int | str} returns. In 3.14 it is {@code typing.Union}
 * (and {@code types.UnionType} names the same class): flattened, de-duplicated arguments, None
 * standing for NoneType; isinstance and issubclass read it as the tuple of its members.
 */
public final class UnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin(Py.TYPE, "Union", Py.OBJECT);

    final PyTuple args;

    private UnionType(PyTuple args) {
        super(TYPE);
        this.args = args;
    }

    /** is_unionable: None, classes, generic aliases and unions. */
    private static boolean unionable(Object o) {
        return o == Py.None || o instanceof PyType || o instanceof GenericAlias || o instanceof UnionType;
    }

    /** _Py_union_type_or: the nb_or of type, GenericAlias and Union, NotImplemented for other operands. */
    static Object or(Object left, Object right) {
        if (!unionable(left) || !unionable(right)) return Py.NotImplemented;
        List<Object> members = new ArrayList<>();
        for (Object side : new Object[] {left, right}) {
            if (side instanceof UnionType u) {
                for (int i = 0; i < u.args.size(); i++) addUnique(members, u.args.get(i));
            } else {
                addUnique(members, side == Py.None ? Py.NONE_TYPE : side);
            }
        }
        return members.size() == 1 ? members.get(0) : new UnionType(PyTuple.of(members.toArray()));
    }

    private static void addUnique(List<Object> members, Object arg) {
        for (Object m : members) {
            if (m == arg || Abstract.eq(m, arg)) return;
        }
        members.add(arg);
    }

    /** union_repr_item: None for NoneType, builtins by bare name, other classes by module.qualname. */
    private static String reprItem(Object arg) {
        if (arg == Py.NONE_TYPE) return "None";
        if (arg instanceof PyType t) {
            Object module = t.dict.get("__module__");
            String qualname = Abstract.str(Abstract.getattr(t, "__qualname__"));
            return module == null || "builtins".equals(module) ? qualname : Abstract.str(module) + "." + qualname;
        }
        return Abstract.repr(arg);
    }

    private static UnionType self(Object o) {
        return (UnionType) o;
    }

    /** The members: isinstance and issubclass treat a union as this tuple (object_isinstance). */
    public PyTuple args() {
        return args;
    }

    private static PySet frozen(PyTuple args) {
        PySet set = new PySet(Py.FROZENSET);
        for (int i = 0; i < args.size(); i++) set.add(args.get(i));
        return set;
    }

    static {
        PyType t = TYPE;
        t.dict.put("__module__", "typing");
        t.acceptableBase = false;
        t.nb[BinOp.OR.ordinal()] = UnionType::or;
        t.repr = o -> {
            StringBuilder b = new StringBuilder();
            PyTuple args = self(o).args;
            for (int i = 0; i < args.size(); i++) b.append(i > 0 ? " | " : "").append(reprItem(args.get(i)));
            return b.toString();
        };
        t.richcompare = (o, w, op) -> {
            if (!(w instanceof UnionType other) || (op != CmpOp.EQ && op != CmpOp.NE)) return Py.NotImplemented;
            boolean eq = Abstract.eq(frozen(self(o).args), frozen(other.args));
            return Py.bool(eq == (op == CmpOp.EQ));
        };
        t.hash = o -> Abstract.hash(frozen(self(o).args));
        Def.getter(t, "__args__", o -> self(o).args);
        Def.getter(t, "__parameters__", o -> PyTuple.EMPTY);
        Py.finish(t);
    }

    /** Gives {@code type} and GenericAlias their {@code |}; call before their slots are finished. */
    static void install() {
        Py.TYPE.nb[BinOp.OR.ordinal()] = UnionType::or;
        GenericAlias.TYPE.nb[BinOp.OR.ordinal()] = UnionType::or;
    }
}
