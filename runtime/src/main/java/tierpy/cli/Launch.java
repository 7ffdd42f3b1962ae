package tierpy.cli;

/**
 * How the command line hands Python source to the interpreter. Until the VM lands
 * (the VM issue), running code reports that plainly instead of pretending.
 */
final class Launch {
    private Launch() {}

    static int runSource(String source, String filename, String[] argv) {
        return notYet();
    }

    static int runFile(String path, String[] argv) {
        java.nio.file.Path file = java.nio.file.Path.of(path);
        if (!java.nio.file.Files.isRegularFile(file)) {
            System.err.println("tierpy: can't open file '" + file.toAbsolutePath() + "': [Errno 2] No such file or directory");
            return 2;
        }
        return notYet();
    }

    static int runStdin(String[] argv) {
        return notYet();
    }

    static int runModuleSource(String module, String[] argv) {
        System.err.println("tierpy: No module named " + module);
        return 1;
    }

    static int interactive() {
        return notYet();
    }

    private static int notYet() {
        System.err.println("tierpy: the bytecode interpreter is not part of this build yet");
        return 1;
    }
}
