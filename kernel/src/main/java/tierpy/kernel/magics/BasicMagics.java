package tierpy.kernel.magics;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** %lsmagic, %magic, %quickref and %history (mirrors IPython/core/magics/basic.py and history.py). */
final class BasicMagics {
    private BasicMagics() {}

    static void register(MagicShell shell, InputHistory history) {
        shell.add(new Magic("lsmagic", true, false, "List currently available magic functions.", "",
                (args, body, context) -> context.result(PyRepr.textObject("LSMagic", lsmagic(shell.all())))));
        shell.add(new Magic("magic", true, false, "Print information about the magic function system.", "",
                (args, body, context) -> context.print(magicHelp(shell.all()))));
        shell.add(new Magic("quickref", true, false, "Show a quick reference sheet", "",
                (args, body, context) -> context.print(QUICKREF)));
        shell.add(new Magic("history", true, false, "Print input history of this session.",
                "%history [-n] [RANGES]\n\n-n: print line numbers for each input.\n"
                        + "RANGES: line numbers N or inclusive ranges N-M, e.g. 4 6-8.",
                (args, body, context) -> {
                    MagicOptions options = MagicOptions.parse(args, "n");
                    context.print(history(select(history.currentSessionInputs(), options.rest()), options.has('n')));
                }));
    }

    static String lsmagic(List<Magic> magics) {
        String line = magics.stream().filter(Magic::line).map(m -> "%" + m.name()).collect(Collectors.joining("  "));
        String cell = magics.stream().filter(Magic::cell).map(m -> "%%" + m.name()).collect(Collectors.joining("  "));
        return "Available line magics:\n" + line + "\n\nAvailable cell magics:\n" + cell
                + "\n\nAutomagic is OFF, % prefix IS needed for line magics.";
    }

    private static String magicHelp(List<Magic> magics) {
        StringBuilder out = new StringBuilder("""
                IPython's 'magic' functions, as tierpy provides them
                ===================================================

                Magic functions are prefixed by % (line magics: the rest of the line is their argument) or
                %% (cell magics: the first line holds the arguments, the rest of the cell is their body).
                Stage magics (%ast, %dis, ...) show what tierpy does with your code at each stage.

                """);
        for (Magic magic : magics) {
            String prefix = magic.line() ? "%" : "%%";
            out.append(prefix).append(magic.name()).append(":\n    ")
                    .append(magic.help().replace("\n", "\n    ")).append("\n\n");
        }
        return out.toString();
    }

    /** The lines named by {@code ranges} ("4 6-8"), in the order named; all lines when none are. */
    static List<InputHistory.Line> select(List<InputHistory.Line> lines, String ranges) throws UsageError {
        if (ranges.isBlank()) return lines;
        List<InputHistory.Line> selected = new java.util.ArrayList<>();
        for (String range : ranges.strip().split("\\s+")) {
            Matcher m = RANGE.matcher(range);
            if (!m.matches()) throw new UsageError("%history: cannot read the range " + range);
            int start = Integer.parseInt(m.group(1));
            int stop = m.group(2) == null ? start : Integer.parseInt(m.group(2));
            lines.stream().filter(l -> l.number() >= start && l.number() <= stop).forEach(selected::add);
        }
        return selected;
    }

    private static final Pattern RANGE = Pattern.compile("(\\d+)(?:-(\\d+))?");

    /** IPython's %history layout: {@code "%4d: "} before each input with -n; multi-line inputs start below it. */
    static String history(List<InputHistory.Line> inputs, boolean numbers) {
        StringBuilder out = new StringBuilder();
        for (InputHistory.Line line : inputs) {
            if (numbers) out.append(String.format("%4d:", line.number())).append(line.source().contains("\n") ? "\n" : " ");
            out.append(line.source()).append('\n');
        }
        return out.toString();
    }

    private static final String QUICKREF = """
            tierpy -- Python 3.14 on the JVM, with IPython's habits
            =======================================================

            Magics
            ------
            %lsmagic                 list the magics
            %magic                   help on every magic
            %time STMT / %%time      CPU and wall time of one run
            %timeit STMT / %%timeit  mean and spread over many runs (-n N -r R -p P -q -o)
            %who, %whos              your variables
            %reset -f                delete your variables
            %history -n [4 6-8]      this session's inputs
            %env [VAR[=VALUE]]       environment variables
            %pwd, %cd DIR            working directory
            %run FILE                run a Python file in the notebook's namespace
            %%writefile [-a] FILE    write the cell to a file
            %load FILE               replace the cell with a file's contents
            %%bash, %%sh, !CMD       shell commands in the working directory
            %%html, %%markdown, %%latex, %%svg, %%javascript   the cell as rich output
            %ast EXPR / %%ast        the syntax tree, as ast.dump(..., indent=4)
            %dis NAME / %%dis        the bytecode, as dis.dis (-a adaptive, -c caches, -p positions)
            %stats [FAMILY | reset]  specialization statistics per family (attempts, failures, hits, misses)

            History
            -------
            _, __, ___               the last three results
            _N, Out[N], In[N]        result and input of cell N
            """;
}
