package tierpy.kernel.magics;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import tierpy.embed.InputException;
import tierpy.embed.Variable;

/** %who, %whos and %reset (mirrors IPython/core/magics/namespace.py: NamespaceMagics). */
final class NamespaceMagics {
    private static final int COLUMN_GAP = 3;

    private NamespaceMagics() {}

    static void register(MagicShell shell) {
        shell.add(new Magic("who", true, false, "Print all interactive variables, with some minimal formatting.",
                "%who [type ...]: only variables of the given type names.",
                (args, body, context) -> context.print(who(filter(context.session().variables(), args), !args.isBlank()))));
        shell.add(new Magic("whos", true, false, "Like %who, but gives some extra information about each variable.",
                "%whos [type ...]", (args, body, context) ->
                        context.print(whos(filter(context.session().variables(), args), !args.isBlank()))));
        shell.add(new Magic("reset", true, false, "Resets the namespace by removing all names defined by the user.",
                "-f: force reset without asking for confirmation.", (args, body, context) -> {
                    MagicOptions options = MagicOptions.parse(args, "fs");
                    if (!options.has('f') && !confirmed(context)) {
                        context.print("Nothing done.\n");
                        return;
                    }
                    context.session().reset();
                }));
    }

    private static boolean confirmed(CellContext context) {
        try {
            String answer = context.sink().input("Once deleted, variables cannot be recovered. Proceed (y/[n])? ", false);
            return answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
        } catch (InputException e) {
            return false;
        }
    }

    private static List<Variable> filter(List<Variable> variables, String typeNames) {
        Set<String> types = Arrays.stream(typeNames.strip().split("\\s+")).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return variables.stream().filter(v -> types.isEmpty() || types.contains(v.typeName()))
                .sorted(Comparator.comparing(Variable::name)).toList();
    }

    static String who(List<Variable> variables, boolean filtered) {
        if (variables.isEmpty()) return emptyMessage(filtered);
        StringBuilder out = new StringBuilder();
        int count = 0;
        for (Variable v : variables) {
            out.append(v.name()).append("\t ");
            if (++count > 8) {
                count = 0;
                out.append('\n');
            }
        }
        return out.append('\n').toString();
    }

    static String whos(List<Variable> variables, boolean filtered) {
        if (variables.isEmpty()) return emptyMessage(filtered);
        int nameWidth = Math.max("Variable".length(), variables.stream().mapToInt(v -> v.name().length()).max().orElse(0)) + COLUMN_GAP;
        int typeWidth = Math.max("Type".length(), variables.stream().mapToInt(v -> v.typeName().length()).max().orElse(0)) + COLUMN_GAP;
        StringBuilder out = new StringBuilder();
        out.append(pad("Variable", nameWidth)).append(pad("Type", typeWidth)).append(" Data/Info\n")
                .append("-".repeat(nameWidth + typeWidth + "Data/Info".length() + 1)).append('\n');
        for (Variable v : variables) {
            out.append(pad(v.name(), nameWidth)).append(pad(v.typeName(), typeWidth)).append(' ').append(v.summary()).append('\n');
        }
        return out.toString();
    }

    private static String emptyMessage(boolean filtered) {
        return filtered ? "No variables match your requested type.\n" : "Interactive namespace is empty.\n";
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
