package tierpy.embed;

/**
 * A user variable for {@code %who} / {@code %whos}: a name the user bound, not the names the shell
 * itself defines ({@code In}, {@code Out}, {@code _}, {@code _1}, {@code __builtins__}, modules...).
 *
 * @param name     the binding's name
 * @param typeName {@code type(value).__name__}
 * @param summary  IPython's Data/Info column (IPython/core/magics/namespace.py: whos): {@code n=len(v)}
 *                 for dict, list and tuple; otherwise {@code str(v)} with newlines as {@code \n},
 *                 cut to its first and last 25 characters around {@code <...>} when 50 or longer
 */
public record Variable(String name, String typeName, String summary) {}
