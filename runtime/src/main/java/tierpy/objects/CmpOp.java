package tierpy.objects;

/** Mirrors Include/object.h: Py_LT..Py_GE and Objects/object.c: _Py_SwappedOp. */
public enum CmpOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"),
    GT(">", "__gt__"), GE(">=", "__ge__");

    public final String symbol;
    public final String dunder;

    CmpOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    public CmpOp swapped() {
        return switch (this) {
            case LT -> GT; case LE -> GE; case EQ -> EQ; case NE -> NE; case GT -> LT; case GE -> LE;
        };
    }

    /** Applies the operator to the sign of a three-way comparison. */
    public boolean test(int cmp) {
        return switch (this) {
            case LT -> cmp < 0; case LE -> cmp <= 0; case EQ -> cmp == 0; case NE -> cmp != 0;
            case GT -> cmp > 0; case GE -> cmp >= 0;
        };
    }
}
