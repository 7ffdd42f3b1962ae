package tierpy.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import tierpy.modules.Input;
import tierpy.modules.ProgramRunner;

/**
 * How the command line hands Python source to the interpreter (Modules/main.c: pymain_run_file,
 * pymain_run_command, pymain_run_module, pymain_run_stdin and the interactive loop).
 */
final class Launch {
    private Launch() {}

    static int runSource(String source, String filename, String[] argv) {
        return ProgramRunner.run(source, filename, argv, System.out, System.err);
    }

    static int runFile(String path, String[] argv) {
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            System.err.println("tierpy: can't open file '" + file.toAbsolutePath() + "': [Errno 2] No such file or directory");
            return 2;
        }
        String source;
        try {
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("tierpy: can't open file '" + file.toAbsolutePath() + "': " + e.getMessage());
            return 2;
        }
        return runSource(source, path, argv);
    }

    static int runStdin(String[] argv) {
        try {
            String source = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            return runSource(source, "<stdin>", argv);
        } catch (IOException e) {
            System.err.println("tierpy: cannot read stdin: " + e.getMessage());
            return 1;
        }
    }

    /** {@code -m module} for a module that is a file in the current directory. */
    static int runModuleSource(String module, String[] argv) {
        Path file = Path.of(module.replace('.', '/') + ".py");
        // after the current directory, the standard library (`-m timeit`), as runpy finds it on sys.path
        if (!Files.isRegularFile(file)) file = tierpy.vm.Imports.libSource(module.replace('.', '/'));
        if (file == null) {
            System.err.println("tierpy: No module named " + module);
            return 1;
        }
        String[] args = argv.clone();
        String[] withPath = new String[args.length + 1];
        withPath[0] = file.toAbsolutePath().toString();
        System.arraycopy(args, 0, withPath, 1, args.length);
        try {
            return runSource(Files.readString(file, StandardCharsets.UTF_8), file.toString(), withPath);
        } catch (IOException e) {
            System.err.println("tierpy: can't open file '" + file.toAbsolutePath() + "': " + e.getMessage());
            return 1;
        }
    }

    /**
     * The interactive prompt: statements are read until complete, then run in one persistent __main__.
     * Without a terminal, stdin is read as a program, as CPython does.
     */
    static int interactive() {
        if (System.console() == null) return runStdin(new String[] {""});
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Input.setReader(in);
        return tierpy.modules.Repl.run(in, System.out, System.err);
    }
}
