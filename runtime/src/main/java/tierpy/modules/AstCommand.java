package tierpy.modules;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tierpy.ast.AstDump;
import tierpy.ast.Mod;
import tierpy.parse.Mode;
import tierpy.parse.Parser;
import tierpy.parse.PySyntaxError;
import tierpy.parse.SourceTooComplexError;
import tierpy.parse.SyntaxErrorFormatter;

/**
 * Mirrors Lib/ast.py: main, the {@code python -m ast} command: parse a file (or stdin) and print
 * {@code ast.dump} of it, with the options and argparse-style usage errors of CPython 3.14.
 */
public final class AstCommand {
    private static final String PROG = "tierpy -m ast";
    private static final String USAGE = """
            usage: tierpy -m ast [-h] [-m {exec,single,eval,func_type}]
                                 [--no-type-comments] [-a] [-i INDENT]
                                 [--feature-version VERSION] [-O LEVEL] [--show-empty]
                                 [infile]
            """;
    private static final String HELP = USAGE + """

            positional arguments:
              infile                the file to parse; defaults to stdin

            options:
              -h, --help            show this help message and exit
              -m, --mode {exec,single,eval,func_type}
                                    specify what kind of code must be parsed
              --no-type-comments    don't add information about type comments
              -a, --include-attributes
                                    include attributes such as line numbers and column
                                    offsets
              -i, --indent INDENT   indentation of nodes (number of spaces)
              --feature-version VERSION
                                    Python version in the format 3.x (for example, 3.10)
              -O, --optimize LEVEL  optimization level for parser (default -1)
              --show-empty          show empty lists and fields in dump output
            """;
    private static final List<String> MODES = List.of("exec", "single", "eval", "func_type");

    /** An option of the command: its spellings, and the metavar-less name used in error messages. */
    private enum Option {
        HELP("-h", "--help", false),
        MODE("-m", "--mode", true),
        NO_TYPE_COMMENTS(null, "--no-type-comments", false),
        INCLUDE_ATTRIBUTES("-a", "--include-attributes", false),
        INDENT("-i", "--indent", true),
        FEATURE_VERSION(null, "--feature-version", true),
        OPTIMIZE("-O", "--optimize", true),
        SHOW_EMPTY(null, "--show-empty", false);

        final String shortName;
        final String longName;
        final boolean takesValue;

        Option(String shortName, String longName, boolean takesValue) {
            this.shortName = shortName;
            this.longName = longName;
            this.takesValue = takesValue;
        }

        /** argparse's name for the option in errors: "-i/--indent". */
        String displayName() {
            return shortName == null ? longName : shortName + "/" + longName;
        }
    }

    /** An argparse usage error: printed after the usage line, exit status 2. */
    private static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    /** The parsed command line. */
    private static final class Arguments {
        String infile = "-";
        String mode = "exec";
        boolean includeAttributes;
        int indent = 3;
        String featureVersion;
        int optimize = -1;
        boolean showEmpty;
        boolean help;
    }

    private AstCommand() {}

    public static int main(String[] args) {
        return run(args, System.in, System.out, System.err);
    }

    static int run(String[] args, InputStream stdin, PrintStream out, PrintStream err) {
        Arguments arguments;
        try {
            arguments = parseArguments(args);
            if (arguments.help) {
                out.print(HELP);
                return 0;
            }
            checkFeatureVersion(arguments.featureVersion);
        } catch (UsageError e) {
            err.print(USAGE + PROG + ": error: " + e.getMessage() + "\n");
            return 2;
        }
        if (arguments.optimize > 0) {
            err.print(PROG + ": error: -O/--optimize levels above 0 (optimized ASTs) are not supported by tierpy yet\n");
            return 2;
        }
        String name;
        byte[] source;
        try {
            if (arguments.infile.equals("-")) {
                name = "<stdin>";
                source = stdin.readAllBytes();
            } else {
                name = arguments.infile;
                source = Files.readAllBytes(Path.of(arguments.infile));
            }
        } catch (NoSuchFileException e) {
            err.print("Traceback (most recent call last):\nFileNotFoundError: [Errno 2] No such file or directory: "
                    + tierpy.ast.PyRepr.str(arguments.infile) + "\n");
            return 1;
        } catch (IOException e) {
            err.print("Traceback (most recent call last):\nOSError: " + e.getMessage() + "\n");
            return 1;
        }
        Mod tree;
        try {
            tree = Parser.parse(decode(source), name, Mode.of(arguments.mode));
        } catch (PySyntaxError e) {
            // CPython's traceback also lists the frames of runpy and ast.py; tierpy has none to show.
            err.print("Traceback (most recent call last):\n" + SyntaxErrorFormatter.format(e));
            return 1;
        } catch (SourceTooComplexError e) {
            err.print("Traceback (most recent call last):\nMemoryError: " + e.getMessage() + "\n");
            return 1;
        }
        out.print(AstDump.dump(tree, true, arguments.includeAttributes, arguments.indent, arguments.showEmpty) + "\n");
        return 0;
    }

    /** Source bytes as text: UTF-8 (the default source encoding), without a byte order mark. */
    private static String decode(byte[] source) {
        String text = new String(source, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Arguments parseArguments(String[] args) throws UsageError {
        Arguments arguments = new Arguments();
        List<String> positionals = new ArrayList<>();
        boolean onlyPositionals = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (onlyPositionals || !arg.startsWith("-") || arg.equals("-")) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                onlyPositionals = true;
                continue;
            }
            if (arg.startsWith("--")) {
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                Option option = longOption(name, arg);
                String value = equals < 0 ? null : arg.substring(equals + 1);
                if (!option.takesValue && value != null) {
                    throw new UsageError("argument " + option.displayName() + ": ignored explicit argument "
                            + tierpy.ast.PyRepr.str(value));
                }
                i = applyWithValue(arguments, option, value, args, i);
                if (arguments.help) {
                    return arguments;
                }
                continue;
            }
            // A cluster of short options: flags may be followed by more flags or by an option's value.
            for (int at = 1; at < arg.length(); ) {
                Option option = shortOption("-" + arg.charAt(at));
                if (option == null) {
                    throw new UsageError("unrecognized arguments: " + arg);
                }
                at++;
                if (option.takesValue) {
                    i = applyWithValue(arguments, option, at < arg.length() ? arg.substring(at) : null, args, i);
                    break;
                }
                apply(arguments, option, null);
            }
            if (arguments.help) {
                return arguments;  // argparse prints the help as soon as it meets -h
            }
        }
        if (positionals.size() > 1) {
            throw new UsageError("unrecognized arguments: " + String.join(" ", positionals.subList(1, positionals.size())));
        }
        if (!positionals.isEmpty()) {
            arguments.infile = positionals.get(0);
        }
        return arguments;
    }

    /** Applies an option that may take its value from the next argument; returns the index consumed. */
    private static int applyWithValue(Arguments arguments, Option option, String value, String[] args, int i)
            throws UsageError {
        if (option.takesValue && value == null) {
            if (i + 1 >= args.length || looksLikeOption(args[i + 1])) {
                throw new UsageError("argument " + option.displayName() + ": expected one argument");
            }
            value = args[++i];
        }
        apply(arguments, option, value);
        return i;
    }

    /** argparse takes "-x" as an option but "-1" as a (negative number) value. */
    private static boolean looksLikeOption(String arg) {
        return arg.startsWith("-") && !arg.equals("-") && !arg.matches("-\\d+|-\\d*\\.\\d+");
    }

    private static Option shortOption(String name) {
        for (Option option : Option.values()) {
            if (name.equals(option.shortName)) {
                return option;
            }
        }
        return null;
    }

    /** A long option by its full name or an unambiguous prefix (argparse's allow_abbrev). */
    private static Option longOption(String name, String arg) throws UsageError {
        List<Option> matches = new ArrayList<>();
        for (Option option : Option.values()) {
            if (option.longName.equals(name)) {
                return option;
            }
            if (option.longName.startsWith(name)) {
                matches.add(option);
            }
        }
        if (matches.size() == 1) {
            return matches.get(0);
        }
        if (matches.isEmpty()) {
            throw new UsageError("unrecognized arguments: " + arg);
        }
        List<String> names = matches.stream().map(o -> o.longName).toList();
        throw new UsageError("ambiguous option: " + arg + " could match " + String.join(", ", names));
    }

    private static void apply(Arguments arguments, Option option, String value) throws UsageError {
        switch (option) {
            case HELP -> arguments.help = true;
            case MODE -> {
                if (!MODES.contains(value)) {
                    throw new UsageError("argument -m/--mode: invalid choice: " + tierpy.ast.PyRepr.str(value)
                            + " (choose from " + String.join(", ", MODES) + ")");
                }
                arguments.mode = value;
            }
            case NO_TYPE_COMMENTS -> { }  // tierpy's parser does not produce type comments either way
            case INCLUDE_ATTRIBUTES -> arguments.includeAttributes = true;
            case INDENT -> arguments.indent = intValue(option, value);
            case FEATURE_VERSION -> arguments.featureVersion = value;
            case OPTIMIZE -> arguments.optimize = intValue(option, value);
            case SHOW_EMPTY -> arguments.showEmpty = true;
        }
    }

    /** Python's int() of a command-line string: optional sign, digits, underscores between digits. */
    private static int intValue(Option option, String value) throws UsageError {
        String digits = value.strip();
        if (digits.matches("[+-]?\\d+(_\\d+)*")) {
            try {
                return Integer.parseInt(digits.replace("_", ""));
            } catch (NumberFormatException tooLarge) {
                // falls through to the error: a dump indent this large cannot be honoured anyway
            }
        }
        throw new UsageError("argument " + option.displayName() + ": invalid int value: " + tierpy.ast.PyRepr.str(value));
    }

    /** main()'s check of --feature-version: "major.minor", both ints. */
    private static void checkFeatureVersion(String featureVersion) throws UsageError {
        if (featureVersion == null || featureVersion.isEmpty()) {
            return;
        }
        String[] parts = featureVersion.split("\\.", 2);
        if (parts.length != 2 || !parts[0].strip().matches("[+-]?\\d+") || !parts[1].strip().matches("[+-]?\\d+")) {
            throw new UsageError("Invalid format for --feature-version; expected format 3.x (for example, 3.10)");
        }
    }
}
