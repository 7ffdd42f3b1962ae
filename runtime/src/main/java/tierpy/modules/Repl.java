package tierpy.modules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;

import tierpy.objects.PyException;
import tierpy.parse.PySyntaxError;
import tierpy.parse.SyntaxErrorFormatter;
import tierpy.vm.Compile;
import tierpy.vm.Imports;
import tierpy.vm.PyModule;
import tierpy.vm.Runner;
import tierpy.vm.SourceLines;

/** Mirrors Python/pythonrun.c: PyRun_InteractiveLoop with the plain {@code >>> } / {@code ... } prompts. */
public final class Repl {
    private Repl() {}

    public static int run(BufferedReader in, PrintStream out, PrintStream err) {
        return Runner.onInterpreterThread(() -> loop(in, out, err), null);
    }

    private static int loop(BufferedReader in, PrintStream out, PrintStream err) {
        Modules.init();
        Imports.reset();
        Sys.configure(new String[] {""}, out, err);
        Imports.importModule("sys");
        PyModule main = Runner.newMain(null);
        int counter = 0;
        for (;;) {
            String source = readStatement(in, out);
            if (source == null) {
                out.println();
                return 0;
            }
            if (source.isBlank()) continue;
            String filename = "<stdin-" + (++counter) + ">";
            SourceLines.register(filename, source);
            try {
                Runner.exec(Compile.compile(source, filename, "single", err), main.dict);
            } catch (PySyntaxError e) {
                err.print(SyntaxErrorFormatter.format(e));
            } catch (PyException e) {
                if (Runner.isSystemExit(e)) return ProgramRunner.handleUncaught(e, err);
                ProgramRunner.handleUncaught(e, err);
            }
            out.flush();
        }
    }

    /** One statement: a line, plus continuation lines while a block or bracket is open. Null at EOF. */
    private static String readStatement(BufferedReader in, PrintStream out) {
        StringBuilder b = new StringBuilder();
        String prompt = ">>> ";
        try {
            for (;;) {
                out.print(prompt);
                out.flush();
                String line = in.readLine();
                if (line == null) return b.isEmpty() ? null : b.toString();
                b.append(line).append('\n');
                boolean block = line.stripTrailing().endsWith(":") || (!prompt.equals(">>> ") && !line.isBlank());
                if (!block && openBrackets(b) <= 0) return b.toString();
                if (line.isBlank() && openBrackets(b) <= 0) return b.toString();
                prompt = "... ";
            }
        } catch (IOException e) {
            return null;
        }
    }

    private static int openBrackets(CharSequence s) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') depth++;
            else if (c == ')' || c == ']' || c == '}') depth--;
        }
        return depth;
    }
}
