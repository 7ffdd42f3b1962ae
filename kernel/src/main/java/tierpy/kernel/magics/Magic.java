package tierpy.kernel.magics;

import tierpy.embed.PythonException;

/**
 * One magic (mirrors IPython/core/magic.py: line_magic / cell_magic registrations).
 *
 * @param name    without the % prefix
 * @param line    callable as {@code %name}
 * @param cell    callable as {@code %%name}
 * @param summary the first line of its help
 * @param usage   the rest of its help
 */
public record Magic(String name, boolean line, boolean cell, String summary, String usage, Body body) {

    /** A magic's work; {@code cellBody} is null when called as a line magic. */
    @FunctionalInterface
    public interface Body {
        void run(String args, String cellBody, CellContext context) throws UsageError, PythonException;
    }

    public String help() {
        return usage.isEmpty() ? summary : summary + "\n\n" + usage;
    }
}
