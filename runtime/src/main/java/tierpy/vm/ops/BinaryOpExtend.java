package tierpy.vm.ops;

/**
 * Mirrors Python/specialize.c (3.14): binaryop_extend_descrs, the table BINARY_OP_EXTEND points into:
 * bitwise operators on two compact ints, and + - * / between a float and a compact int (either side).
 * The inline cache holds the descriptor's index in {@link #DESCRIPTORS} where CPython keeps a pointer.
 */
public enum BinaryOpExtend {
    OR(7, Operands.COMPACT_INTS), AND(1, Operands.COMPACT_INTS), XOR(12, Operands.COMPACT_INTS),
    INPLACE_OR(20, Operands.COMPACT_INTS), INPLACE_AND(14, Operands.COMPACT_INTS), INPLACE_XOR(25, Operands.COMPACT_INTS),
    FLOAT_INT_ADD(0, Operands.FLOAT_INT), FLOAT_INT_SUBTRACT(10, Operands.FLOAT_INT),
    FLOAT_INT_TRUE_DIVIDE(11, Operands.FLOAT_NONZERO_INT), FLOAT_INT_MULTIPLY(5, Operands.FLOAT_INT),
    INT_FLOAT_ADD(0, Operands.INT_FLOAT), INT_FLOAT_SUBTRACT(10, Operands.INT_FLOAT),
    INT_FLOAT_TRUE_DIVIDE(11, Operands.INT_NONZERO_FLOAT), INT_FLOAT_MULTIPLY(5, Operands.INT_FLOAT);

    public static final BinaryOpExtend[] DESCRIPTORS = values();

    /** The BINARY_OP oparg (NB_*) the descriptor serves. */
    public final int oparg;
    private final Operands operands;

    BinaryOpExtend(int oparg, Operands operands) {
        this.oparg = oparg;
        this.operands = operands;
    }

    /** The guards of specialize.c: which operand types a descriptor accepts. */
    private enum Operands {
        COMPACT_INTS, FLOAT_INT, FLOAT_NONZERO_INT, INT_FLOAT, INT_NONZERO_FLOAT;

        boolean accept(Object l, Object r) {
            return switch (this) {
                case COMPACT_INTS -> NumberOps.isCompactInt(l) && NumberOps.isCompactInt(r);
                case FLOAT_INT -> l instanceof Double && NumberOps.isCompactInt(r);
                case FLOAT_NONZERO_INT -> l instanceof Double && NumberOps.isCompactInt(r) && (Long) r != 0;
                case INT_FLOAT -> NumberOps.isCompactInt(l) && r instanceof Double;
                case INT_NONZERO_FLOAT -> NumberOps.isCompactInt(l) && r instanceof Double d && d != 0.0;
            };
        }
    }

    /** The first descriptor for {@code oparg} whose guard accepts the operands, or null. */
    public static BinaryOpExtend find(int oparg, Object left, Object right) {
        for (BinaryOpExtend d : DESCRIPTORS) {
            if (d.oparg == oparg && d.guard(left, right)) return d;
        }
        return null;
    }

    public boolean guard(Object left, Object right) {
        return operands.accept(left, right);
    }

    public Object apply(Object left, Object right) {
        // Each arm boxes on its own: a switch mixing long and double arms would promote the ints to double.
        return switch (this) {
            case OR, INPLACE_OR -> (Object) ((Long) left | (Long) right);
            case AND, INPLACE_AND -> (Object) ((Long) left & (Long) right);
            case XOR, INPLACE_XOR -> (Object) ((Long) left ^ (Long) right);
            case FLOAT_INT_ADD, INT_FLOAT_ADD -> (Object) (asDouble(left) + asDouble(right));
            case FLOAT_INT_SUBTRACT, INT_FLOAT_SUBTRACT -> (Object) (asDouble(left) - asDouble(right));
            case FLOAT_INT_MULTIPLY, INT_FLOAT_MULTIPLY -> (Object) (asDouble(left) * asDouble(right));
            case FLOAT_INT_TRUE_DIVIDE, INT_FLOAT_TRUE_DIVIDE -> (Object) (asDouble(left) / asDouble(right));
        };
    }

    /** Compact ints convert to double exactly. */
    private static double asDouble(Object v) {
        return v instanceof Long l ? (double) l : (Double) v;
    }
}
