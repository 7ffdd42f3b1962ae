package tierpy.embed;

/** A stage of the pipeline a magic can show; the magic's name is the lower-case constant. */
public enum Stage {
    /** {@code ast.dump(tree, indent=4)}. */
    AST,
    /** {@code dis.dis}: bytecode, optionally adaptive (specialized) with caches and positions. */
    DIS,
    /** Tier 2 micro-op traces (executors). */
    UOPS,
    /** JIT-compiled traces. */
    JIT,
    /** Specialization and execution counters. */
    STATS;

    public String magicName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
