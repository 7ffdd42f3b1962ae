package tierpy.embed;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tierpy.ast.AstDump;
import tierpy.code.CodeObject;
import tierpy.code.Dis;
import tierpy.compile.Compiler;
import tierpy.objects.Exceptions;
import tierpy.objects.Py;
import tierpy.objects.PyDict;
import tierpy.objects.PyException;
import tierpy.objects.PyType;
import tierpy.parse.Mode;
import tierpy.parse.Parser;
import tierpy.parse.PySyntaxError;
import tierpy.vm.PyCode;
import tierpy.vm.PyFunction;
import tierpy.vm.SpecializationStats;

/**
 * Mirrors Lib/ast.py (dump with indent=4 of ast.parse) and Lib/dis.py (dis.dis of source, a
 * function, a method or a class) for the stage magics, through the one formatter of each stage
 * ({@link AstDump}, {@link Dis}, {@link SpecializationStats#format}).
 */
final class StageViews {
    private StageViews() {}

    static final Set<Stage> STAGES = EnumSet.of(Stage.AST, Stage.DIS, Stage.STATS);

    static StageView show(StageRequest request, PyDict namespace) throws PythonException {
        try {
            return switch (request.stage()) {
                case AST -> new StageView(AstDump.dump(Parser.parse(request.source(), "<unknown>", Mode.EXEC), true, false, 4, false) + "\n", List.of());
                case DIS -> dis(request, namespace);
                case STATS -> stats(request.source().strip());
                default -> throw new PythonException(PythonError.of("NotImplementedError",
                        "the " + request.stage().magicName() + " stage is not part of this build yet"));
            };
        } catch (PySyntaxError e) {
            throw new PythonException(Errors.of(e));
        } catch (PyException e) {
            throw new PythonException(Errors.of(e));
        }
    }

    /** The specialization statistics ({@link SpecializationStats#format}); {@code reset} zeroes them. */
    private static StageView stats(String argument) throws PythonException {
        if (argument.equals("reset")) {
            SpecializationStats.reset();
            return new StageView("Specialization statistics reset.\n", List.of());
        }
        try {
            return new StageView(SpecializationStats.format(argument.isEmpty() ? null : argument), List.of());
        } catch (IllegalArgumentException e) {
            throw new PythonException(PythonError.of("ValueError", e.getMessage()));
        }
    }

    private static StageView dis(StageRequest request, PyDict namespace) {
        Set<String> flags = request.flags();
        Dis.Options options = new Dis.Options(flags.contains("show_caches"), flags.contains("adaptive"), false,
                flags.contains("show_positions"), null);
        if (request.target() != StageRequest.Target.NAME) {
            return view(List.of(Map.entry("", Compiler.compile(request.source(), "<dis>", "exec", 0).code())), options);
        }
        String name = request.source().strip();
        Object o = Names.resolve(namespace, name);
        if (o == null) {
            throw Exceptions.raise(Exceptions.NameError, "name '" + name.split("\\.")[0] + "' is not defined");
        }
        CodeObject code = codeOf(o);
        if (code != null) return view(List.of(Map.entry("", code)), options);
        if (o instanceof PyType type) {
            List<Map.Entry<String, CodeObject>> methods = new ArrayList<>();
            type.dict.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                CodeObject c = codeOf(e.getValue());
                if (c != null) methods.add(Map.entry(e.getKey(), c));
            });
            return view(methods, options);
        }
        if (o instanceof String source) return view(List.of(Map.entry("", Compiler.compile(source, "<dis>", "exec", 0).code())), options);
        throw Exceptions.typeError("don't know how to disassemble " + Py.type(o).name + " objects");
    }

    private static CodeObject codeOf(Object o) {
        PyFunction f = Names.function(o);
        if (f != null) return f.code.co;
        if (o instanceof PyCode c) return c.co;
        return null;
    }

    /** dis.dis text (a class lists each method under "Disassembly of NAME:") and the same instructions as rows. */
    private static StageView view(List<Map.Entry<String, CodeObject>> codes, Dis.Options options) {
        StringBuilder text = new StringBuilder();
        List<StageView.InstructionRow> rows = new ArrayList<>();
        for (Map.Entry<String, CodeObject> entry : codes) {
            if (!entry.getKey().isEmpty()) {
                text.append("Disassembly of ").append(entry.getKey()).append(":\n");
                rows.add(header("Disassembly of " + entry.getKey()));
            }
            text.append(Dis.dis(entry.getValue(), options));
            if (!entry.getKey().isEmpty()) text.append('\n');
            addRows(entry.getValue(), options.adaptive(), rows, true);
        }
        return new StageView(text.toString(), rows);
    }

    private static void addRows(CodeObject co, boolean adaptive, List<StageView.InstructionRow> rows, boolean top) {
        if (!top) rows.add(header("Disassembly of " + co));
        for (Dis.Instruction i : Dis.getInstructions(co, adaptive)) {
            rows.add(new StageView.InstructionRow(i.startsLine() ? i.lineNumber() : null, i.offset(),
                    i.label() == null ? null : "L" + i.label(), i.opname(), i.baseOpname(), i.arg(), i.argrepr()));
        }
        for (Object c : co.consts) {
            if (c instanceof CodeObject nested) addRows(nested, adaptive, rows, false);
        }
    }

    private static StageView.InstructionRow header(String title) {
        return new StageView.InstructionRow(null, 0, null, null, null, null, title);
    }
}
