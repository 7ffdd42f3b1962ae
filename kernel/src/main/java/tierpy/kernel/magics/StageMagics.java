package tierpy.kernel.magics;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import tierpy.embed.PythonException;
import tierpy.embed.Session;
import tierpy.embed.Stage;
import tierpy.embed.StageRequest;
import tierpy.embed.StageRequest.Target;
import tierpy.embed.StageView;
import tierpy.kernel.display.StageRendering;

/**
 * The stage magics: {@code %ast}, {@code %dis} and, as the runtime grows them, {@code %uops},
 * {@code %jit}, {@code %stats}. Each is one {@link Session#introspect} call whose text is the same
 * formatter {@code import ast} / {@code import dis} use, displayed with an HTML rendering beside it.
 */
final class StageMagics {
    /** Per stage: option letters to the flag names the session understands. */
    private static final Map<Stage, Map<Character, String>> FLAGS = Map.of(
            Stage.AST, Map.of(),
            Stage.DIS, Map.of('a', "adaptive", 'c', "show_caches", 'p', "show_positions"),
            Stage.UOPS, Map.of(),
            Stage.JIT, Map.of(),
            Stage.STATS, Map.of());

    private static final Map<Stage, String> DESCRIPTIONS = Map.of(
            Stage.AST, "Show the syntax tree of an expression or of the cell, as ast.dump(tree, indent=4).",
            Stage.DIS, "Show the bytecode of a named function, class or module, or of the cell, as dis.dis.",
            Stage.UOPS, "Show the Tier 2 micro-op traces (executors) of a named function.",
            Stage.JIT, "Show the JIT-compiled traces of a named function.",
            Stage.STATS, "Show the specializing interpreter's statistics (pystats): per instruction family the"
                    + " specialization attempts, successes and failures by kind, the hits, misses and deopts of its"
                    + " specialized forms and their hit rate.");

    private static final Map<Stage, String> USAGES = Map.of(
            Stage.AST, "%ast EXPRESSION\n%%ast\ncode...",
            Stage.DIS, "%dis [-a] [-c] [-p] NAME\n%%dis [-a] [-c] [-p]\ncode...\n\n-a: adaptive (specialized) instructions\n"
                    + "-c: show inline caches\n-p: show source positions",
            Stage.UOPS, "%uops NAME",
            Stage.JIT, "%jit NAME",
            Stage.STATS, "%stats [FAMILY | reset]\n\nFAMILY: only that family (LOAD_ATTR, CALL, ...)\n"
                    + "reset: set every counter back to zero");

    private StageMagics() {}

    static void register(MagicShell shell, Session session) {
        for (Stage stage : Stage.values()) {
            // The counters belong to the whole session, not to a cell: %stats is a line magic only.
            shell.add(new Magic(stage.magicName(), true, stage != Stage.STATS, DESCRIPTIONS.get(stage), USAGES.get(stage),
                    (args, body, context) -> show(stage, args, body, context)));
        }
    }

    private static void show(Stage stage, String args, String body, CellContext context) throws UsageError, PythonException {
        if (!context.session().stages().contains(stage)) {
            throw new UsageError("%" + stage.magicName() + " is not available: this build of tierpy has no "
                    + stage.magicName() + " stage yet");
        }
        Map<Character, String> known = FLAGS.get(stage);
        StringBuilder spec = new StringBuilder();
        known.keySet().forEach(spec::append);
        MagicOptions options = MagicOptions.parse(args, spec.toString());
        Set<String> flags = new HashSet<>();
        known.forEach((letter, flag) -> {
            if (options.has(letter)) flags.add(flag);
        });
        StageRequest request;
        if (body != null) {
            request = new StageRequest(stage, Target.CELL, body, flags);
        } else {
            if (options.rest().isEmpty() && stage != Stage.STATS) throw new UsageError("Usage: " + USAGES.get(stage).lines().findFirst().orElse(""));
            request = new StageRequest(stage, stage == Stage.AST ? Target.EXPRESSION : Target.NAME, options.rest(), flags);
        }
        StageView view = context.session().introspect(request);
        context.sink().display(StageRendering.of(view), false);
    }
}
