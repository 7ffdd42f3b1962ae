package tierpy.objects;

/**
 * Mirrors Include/opcode.h NB_* operator numbering (the oparg of BINARY_OP) and the
 * nb_* slot names of Objects/typeobject.c: slotdefs.
 */
public enum BinOp {
    ADD("+", "add"), AND("&", "and"), FLOOR_DIVIDE("//", "floordiv"), LSHIFT("<<", "lshift"),
    MATRIX_MULTIPLY("@", "matmul"), MULTIPLY("*", "mul"), REMAINDER("%", "mod"), OR("|", "or"),
    POWER("**", "pow"), RSHIFT(">>", "rshift"), SUBTRACT("-", "sub"), TRUE_DIVIDE("/", "truediv"),
    XOR("^", "xor"), DIVMOD(null, "divmod");

    public static final BinOp[] VALUES = values();
    public static final int COUNT = VALUES.length;

    /** Operator as shown in "unsupported operand type(s) for X". */
    public final String symbol;
    public final String dunder;
    public final String rdunder;
    /** In-place dunder, or null (divmod has none). */
    public final String idunder;

    BinOp(String symbol, String stem) {
        this.symbol = symbol == null ? "divmod()" : symbol.equals("**") ? "** or pow()" : symbol;
        this.dunder = "__" + stem + "__";
        this.rdunder = "__r" + stem + "__";
        this.idunder = symbol == null ? null : "__i" + stem + "__";
    }

    public String inplaceSymbol() {
        return this == POWER ? "**=" : symbol + "=";
    }
}
