package tierpy.parse;

/** Mirrors Grammar/python.gram's start rules (file, eval, interactive, func_type) as compile()'s modes. */
public enum Mode {
    EXEC, EVAL, SINGLE, FUNC_TYPE;

    /** The mode for compile()'s mode string ("exec", "eval", "single", "func_type"), or null. */
    public static Mode of(String name) {
        return switch (name) {
            case "exec" -> EXEC;
            case "eval" -> EVAL;
            case "single" -> SINGLE;
            case "func_type" -> FUNC_TYPE;
            default -> null;
        };
    }
}
