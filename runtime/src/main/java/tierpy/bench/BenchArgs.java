package tierpy.bench;

/** The options the file benchmarks share: {@code [--size MB] [--runs N] [FILE]}. */
record BenchArgs(double sizeMb, int runs, String file) {
    /** Parses args; prints the usage and the error and returns null when they are wrong. */
    static BenchArgs parse(String[] args, String usage, String command, double defaultSizeMb) {
        double sizeMb = defaultSizeMb;
        int runs = 5;
        String file = null;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--size" -> sizeMb = ParseBench.number(ParseBench.value(args, ++i, "--size"), "--size");
                    case "--runs" -> runs = (int) ParseBench.number(ParseBench.value(args, ++i, "--runs"), "--runs");
                    default -> {
                        if (args[i].startsWith("-") || file != null) {
                            throw new IllegalArgumentException("unrecognized argument " + args[i]);
                        }
                        file = args[i];
                    }
                }
            }
            if (runs < 1 || sizeMb <= 0) throw new IllegalArgumentException("--size and --runs must be positive");
        } catch (RuntimeException e) {
            System.err.println(usage);
            System.err.println("tierpy -m tierpy_bench " + command + ": error: " + e.getMessage());
            return null;
        }
        return new BenchArgs(sizeMb, runs, file);
    }

    static boolean wantsHelp(String[] args) {
        for (String a : args) if (a.equals("-h") || a.equals("--help")) return true;
        return false;
    }
}
