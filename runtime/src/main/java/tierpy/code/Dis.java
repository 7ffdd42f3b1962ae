package tierpy.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Mirrors Lib/dis.py of CPython 3.14: instruction decoding (_unpack_opargs, ArgResolver,
 * get_instructions), the text format (Formatter: labels, line column, positions, caches, offsets,
 * exception table), recursive disassembly, code_info, findlinestarts and findlabels.
 */
public final class Dis {
    private Dis() {}

    private static final int OPNAME_WIDTH = 20;
    private static final int OPARG_WIDTH = 5;
    private static final String NO_LINENO = "  --";

    /** Options of dis.dis / python -m dis (-C, -S, -O, -P); depth null means unlimited. */
    public record Options(boolean showCaches, boolean adaptive, boolean showOffsets, boolean showPositions, Integer depth) {
        public static final Options DEFAULT = new Options(false, false, false, false, null);
    }

    /** dis.Instruction: argval is a Java value (Integer offset, String name, constant, ...). */
    public record Instruction(String opname, int opcode, Integer arg, Object argval, String argrepr, int offset,
            int startOffset, boolean startsLine, Integer lineNumber, Integer label, CodeObject.Position positions,
            List<CacheInfo> cacheInfo) {
        public int baseOpcode() {
            return Opcodes.DEOPT[opcode];
        }

        public String baseOpname() {
            return Opcodes.OPNAME[baseOpcode()];
        }

        public int cacheOffset() {
            return offset + 2;
        }

        public int endOffset() {
            return cacheOffset() + Opcodes.cacheEntries(opcode) * 2;
        }

        public boolean isJumpTarget() {
            return label != null;
        }

        public Integer jumpTarget() {
            return arg == null ? null : jumpTargetOf(opcode, arg, offset);
        }
    }

    /** One inline cache field: name, size in code units and its raw little-endian bytes. */
    public record CacheInfo(String name, int size, byte[] data) {}

    /** A decoded instruction before argument resolution (dis._unpack_opargs). */
    private record RawInstr(int offset, int startOffset, int opcode, Integer arg) {}

    static int deopt(int op) {
        return op < Opcodes.DEOPT.length ? Opcodes.DEOPT[op] : op;
    }

    private static boolean inList(int[] list, int op) {
        for (int x : list) if (x == op) return true;
        return false;
    }

    private static boolean isBackwardJump(int op) {
        return op == Opcodes.JUMP_BACKWARD || op == Opcodes.JUMP_BACKWARD_NO_INTERRUPT || op == Opcodes.END_ASYNC_FOR;
    }

    static Integer jumpTargetOf(int op, int arg, int offset) {
        int deop = deopt(op);
        if (!inList(Opcodes.DIS_HASJUMP, deop)) return null;
        int signed = isBackwardJump(deop) ? -arg : arg;
        return offset + 2 + signed * 2 + 2 * Opcodes.cacheEntries(deop);
    }

    private static List<RawInstr> unpackOpargs(byte[] code) {
        List<RawInstr> out = new ArrayList<>();
        int extendedArg = 0;
        int extendedArgsCount = 0;
        int caches = 0;
        for (int i = 0; i < code.length; i += 2) {
            if (caches > 0) {
                caches--;
                continue;
            }
            int op = code[i] & 0xff;
            int deop = deopt(op);
            caches = Opcodes.cacheEntries(deop);
            Integer arg;
            if (inList(Opcodes.DIS_HASARG, deop)) {
                arg = (code[i + 1] & 0xff) | extendedArg;
                extendedArg = deop == Opcodes.EXTENDED_ARG ? arg << 8 : 0;
            } else {
                arg = null;
                extendedArg = 0;
            }
            if (deop == Opcodes.EXTENDED_ARG) {
                extendedArgsCount++;
                out.add(new RawInstr(i, i, op, arg));
            } else {
                out.add(new RawInstr(i, i - extendedArgsCount * 2, op, arg));
                extendedArgsCount = 0;
            }
        }
        return out;
    }

    /** dis.findlabels: jump target offsets in order of first appearance. */
    public static List<Integer> findLabels(byte[] code) {
        List<Integer> labels = new ArrayList<>();
        for (RawInstr r : unpackOpargs(code)) {
            if (r.arg() == null) continue;
            Integer target = jumpTargetOf(r.opcode(), r.arg(), r.offset());
            if (target != null && !labels.contains(target)) labels.add(target);
        }
        return labels;
    }

    /** dis.findlinestarts: (offset, line) pairs where the line changes; line -1 is None. */
    public static Map<Integer, Integer> findLineStarts(CodeObject co) {
        Map<Integer, Integer> starts = new LinkedHashMap<>();
        boolean first = true;
        int last = 0;
        for (CodeObject.LineRange r : co.lines()) {
            if (first || r.line() != last) {
                starts.put(r.start(), r.line());
                last = r.line();
                first = false;
            }
        }
        return starts;
    }

    /** co_code as Python shows it: specialized opcodes replaced by their base, caches zeroed. */
    public static byte[] deoptimizedCode(CodeObject co) {
        byte[] out = co.code.clone();
        int i = 0;
        while (i < out.length) {
            int base = deopt(out[i] & 0xff);
            out[i] = (byte) base;
            int caches = Opcodes.cacheEntries(base);
            for (int k = 0; k < caches; k++) {
                out[i + 2 + 2 * k] = 0;
                out[i + 3 + 2 * k] = 0;
            }
            i += 2 + 2 * caches;
        }
        return out;
    }

    /** co_code_adaptive as bytes: each code unit little-endian, as CPython lays out _Py_CODEUNIT. */
    public static byte[] adaptiveBytes(char[] units) {
        byte[] out = new byte[2 * units.length];
        for (int i = 0; i < units.length; i++) {
            out[2 * i] = (byte) units[i];
            out[2 * i + 1] = (byte) (units[i] >> 8);
        }
        return out;
    }

    private static Map<Integer, Integer> labelsMap(byte[] original, List<CodeObject.ExceptionEntry> entries) {
        TreeSet<Integer> labels = new TreeSet<>(findLabels(original));
        for (CodeObject.ExceptionEntry e : entries) {
            labels.add(e.start());
            labels.add(e.end());
            labels.add(e.target());
        }
        Map<Integer, Integer> map = new TreeMap<>();
        int n = 1;
        for (int offset : labels) map.put(offset, n++);
        return map;
    }

    /** dis.get_instructions(co, adaptive=...). */
    public static List<Instruction> getInstructions(CodeObject co, boolean adaptive) {
        return instructions(co, adaptive, labelsMap(deoptimizedCode(co), List.of()), 0);
    }

    private static List<Instruction> instructions(CodeObject co, boolean adaptive, Map<Integer, Integer> labels,
            int lineOffset) {
        byte[] original = deoptimizedCode(co);
        byte[] code = adaptive && co.adaptive != null ? adaptiveBytes(co.adaptive) : original;
        Map<Integer, Integer> linestarts = findLineStarts(co);
        List<CodeObject.Position> positions = co.positions();
        List<Instruction> out = new ArrayList<>();
        Integer localLine = null;
        for (RawInstr r : unpackOpargs(original)) {
            boolean startsLine = linestarts.containsKey(r.offset());
            if (startsLine) {
                int line = linestarts.get(r.offset());
                localLine = line < 0 ? null : line;
            }
            Integer lineNumber = localLine == null ? null : localLine + lineOffset;
            int unit = r.offset() / 2;
            CodeObject.Position pos = unit < positions.size() ? positions.get(unit) : CodeObject.Position.NONE;
            int deop = deopt(r.opcode());
            int op = code[r.offset()] & 0xff;
            Object[] resolved = argvalArgrepr(co, labels, op, r.arg(), r.offset());
            int caches = Opcodes.cacheEntries(deop);
            List<CacheInfo> cacheInfo = null;
            if (caches > 0) {
                cacheInfo = new ArrayList<>();
                int cacheOffset = r.offset();
                for (Map.Entry<String, Integer> field : Opcodes.CACHE_FORMAT.get(Opcodes.OPNAME[deop])) {
                    int size = field.getValue();
                    byte[] data = java.util.Arrays.copyOfRange(code, cacheOffset + 2, cacheOffset + 2 + 2 * size);
                    cacheOffset += size * 2;
                    cacheInfo.add(new CacheInfo(field.getKey(), size, data));
                }
            }
            out.add(new Instruction(Opcodes.OPNAME[op], op, r.arg(), resolved[0], (String) resolved[1], r.offset(),
                    r.startOffset(), startsLine, lineNumber, labels.get(r.offset()), pos, cacheInfo));
        }
        return out;
    }

    /** ArgResolver.get_argval_argrepr. */
    private static Object[] argvalArgrepr(CodeObject co, Map<Integer, Integer> labels, int op, Integer arg, int offset) {
        if (arg == null) return new Object[] {null, ""};
        int deop = deopt(op);
        Object argval = arg;
        String argrepr = "";
        if (inList(Opcodes.DIS_HASCONST, deop)) {
            argval = co.consts.get(arg);
            argrepr = Const.repr(argval);
        } else if (inList(Opcodes.DIS_HASNAME, deop)) {
            int index = deop == Opcodes.LOAD_GLOBAL || deop == Opcodes.LOAD_ATTR ? arg >> 1
                    : deop == Opcodes.LOAD_SUPER_ATTR ? arg >> 2 : arg;
            String name = co.names.get(index);
            argval = name;
            argrepr = name;
            if ((arg & 1) != 0 && deop == Opcodes.LOAD_GLOBAL) argrepr += " + NULL";
            if ((arg & 1) != 0 && (deop == Opcodes.LOAD_ATTR || deop == Opcodes.LOAD_SUPER_ATTR)) argrepr += " + NULL|self";
        } else if (inList(Opcodes.DIS_HASJUMP, deop) || inList(Opcodes.DIS_HASEXC, deop)) {
            Integer target = jumpTargetOf(op, arg, offset);
            argval = target;
            argrepr = (deop == Opcodes.END_ASYNC_FOR ? "from" : "to") + " L" + labels.get(target);
        } else if (deop == Opcodes.LOAD_FAST_LOAD_FAST || deop == Opcodes.LOAD_FAST_BORROW_LOAD_FAST_BORROW
                || deop == Opcodes.STORE_FAST_LOAD_FAST || deop == Opcodes.STORE_FAST_STORE_FAST) {
            String first = co.varnameFromOparg(arg >> 4);
            String second = co.varnameFromOparg(arg & 15);
            argval = List.of(first, second);
            argrepr = first + ", " + second;
        } else if (inList(Opcodes.DIS_HASLOCAL, deop) || inList(Opcodes.DIS_HASFREE, deop)) {
            argval = co.varnameFromOparg(arg);
            argrepr = (String) argval;
        } else if (deop == Opcodes.COMPARE_OP) {
            argval = Opcodes.CMP_OP[arg >> 5];
            argrepr = (arg & Opcodes.COMPARE_TO_BOOL_BIT) != 0 ? "bool(" + argval + ")" : (String) argval;
        } else if (deop == Opcodes.CONVERT_VALUE) {
            argrepr = Opcodes.CONVERT_VALUE_NAMES[arg];
            argval = argrepr.isEmpty() ? null : argrepr;
        } else if (deop == Opcodes.SET_FUNCTION_ATTRIBUTE) {
            List<String> set = new ArrayList<>();
            for (int i = 0; i < Opcodes.FUNCTION_ATTR_FLAGS.length; i++) {
                if ((arg & (1 << i)) != 0) set.add(Opcodes.FUNCTION_ATTR_FLAGS[i]);
            }
            argrepr = String.join(", ", set);
        } else if (deop == Opcodes.BINARY_OP) {
            argrepr = Opcodes.NB_OP_SYMBOLS[arg];
        } else if (deop == Opcodes.CALL_INTRINSIC_1) {
            argrepr = Opcodes.INTRINSIC_1[arg];
        } else if (deop == Opcodes.CALL_INTRINSIC_2) {
            argrepr = Opcodes.INTRINSIC_2[arg];
        } else if (deop == Opcodes.LOAD_COMMON_CONSTANT) {
            String name = Opcodes.COMMON_CONSTANTS[arg];
            // all and any are builtin functions; the others are types, shown by __name__.
            argrepr = name.equals("all") || name.equals("any") ? "<built-in function " + name + ">" : name;
        } else if (deop == Opcodes.LOAD_SPECIAL) {
            argrepr = Opcodes.SPECIAL_METHOD_NAMES[arg];
        } else if (deop == Opcodes.IS_OP) {
            argrepr = arg != 0 ? "is not" : "is";
        } else if (deop == Opcodes.CONTAINS_OP) {
            argrepr = arg != 0 ? "not in" : "in";
        }
        return new Object[] {argval, argrepr};
    }

    /** dis.dis(code): the code object, then every nested code object in co_consts. */
    public static String dis(CodeObject co, Options options) {
        StringBuilder out = new StringBuilder();
        disassembleRecursive(co, options, options.depth(), out);
        return out.toString();
    }

    private static void disassembleRecursive(CodeObject co, Options options, Integer depth, StringBuilder out) {
        disassemble(co, options, -1, out);
        if (depth == null || depth > 0) {
            Integer next = depth == null ? null : depth - 1;
            for (Object c : co.consts) {
                if (c instanceof CodeObject nested) {
                    out.append('\n');
                    out.append("Disassembly of ").append(nested).append(":\n");
                    disassembleRecursive(nested, options, next, out);
                }
            }
        }
    }

    /** dis.disassemble(co, lasti): one code object, with its exception table. */
    public static void disassemble(CodeObject co, Options options, int lasti, StringBuilder out) {
        Map<Integer, Integer> linestarts = findLineStarts(co);
        List<CodeObject.ExceptionEntry> entries = co.exceptionEntries();
        int linenoWidth = options.showPositions() ? positionsWidth(co) : linenoWidth(linestarts);
        byte[] original = deoptimizedCode(co);
        Map<Integer, Integer> labels = labelsMap(original, entries);
        int labelWidth = 4 + Integer.toString(labels.size()).length();
        int offsetWidth = options.showOffsets() ? Integer.toString(Math.max(original.length - 2, 9999)).length() : 0;
        for (Instruction instr : instructions(co, options.adaptive(), labels, 0)) {
            boolean current = instr.offset() <= lasti && lasti <= instr.offset() + 2 * Opcodes.cacheEntries(instr.baseOpcode());
            printInstruction(instr, current, linenoWidth, labelWidth, offsetWidth, options, out);
        }
        if (!entries.isEmpty()) {
            out.append("ExceptionTable:\n");
            for (CodeObject.ExceptionEntry e : entries) {
                out.append("  L").append(labels.get(e.start())).append(" to L").append(labels.get(e.end()))
                        .append(" -> L").append(labels.get(e.target())).append(" [").append(e.depth()).append(']')
                        .append(e.lasti() ? " lasti" : "").append('\n');
            }
        }
    }

    private static int linenoWidth(Map<Integer, Integer> linestarts) {
        int max = -1;
        boolean hasNone = false;
        for (int line : linestarts.values()) {
            if (line < 0) hasNone = true;
            else if (line > 0) max = Math.max(max, line);
        }
        if (max == -1) return 0;
        int width = Math.max(3, Integer.toString(max).length());
        if (width < NO_LINENO.length() && hasNone) width = NO_LINENO.length();
        return width;
    }

    private static int positionsWidth(CodeObject co) {
        boolean hasValue = false;
        int valuesWidth = 0;
        for (CodeObject.Position p : co.positions()) {
            int[] parts = {p.lineno(), p.endLineno(), p.colOffset(), p.endColOffset()};
            int width = 0;
            for (int v : parts) {
                if (v >= 0) hasValue = true;
                width += v < 0 ? 1 : Integer.toString(v).length();
            }
            valuesWidth = Math.max(width, valuesWidth);
        }
        return hasValue ? 1 + Math.max(NO_LINENO.length(), 3 + valuesWidth) : 0;
    }

    private static void printInstruction(Instruction instr, boolean current, int linenoWidth, int labelWidth,
            int offsetWidth, Options options, StringBuilder out) {
        printLine(instr, current, linenoWidth, labelWidth, offsetWidth, options.showPositions(), out);
        if (options.showCaches() && instr.cacheInfo() != null) {
            int offset = instr.offset();
            for (CacheInfo info : instr.cacheInfo()) {
                for (int i = 0; i < info.size(); i++) {
                    offset += 2;
                    String argrepr = i == 0 ? info.name() + ": " + littleEndian(info.data()) : "";
                    Instruction cache = new Instruction("CACHE", Opcodes.CACHE, 0, null, argrepr, offset, offset, false,
                            null, null, instr.positions(), null);
                    printLine(cache, false, linenoWidth, labelWidth, offsetWidth, options.showPositions(), out);
                }
            }
        }
    }

    private static java.math.BigInteger littleEndian(byte[] data) {
        byte[] big = new byte[data.length + 1];
        for (int i = 0; i < data.length; i++) big[data.length - i] = data[i];
        return new java.math.BigInteger(big);
    }

    /** Formatter.print_instruction_line. */
    private static void printLine(Instruction instr, boolean current, int linenoWidth, int labelWidth, int offsetWidth,
            boolean showPositions, StringBuilder out) {
        if (linenoWidth > 0 && instr.startsLine() && instr.offset() > 0) out.append('\n');
        List<String> fields = new ArrayList<>();
        if (linenoWidth > 0) {
            if (showPositions) {
                CodeObject.Position p = instr.positions();
                String text;
                if (p == null) {
                    text = " ".repeat(linenoWidth);
                } else {
                    if (p.lineno() < 0 && p.endLineno() < 0 && p.colOffset() < 0 && p.endColOffset() < 0) {
                        text = NO_LINENO;
                    } else {
                        text = q(p.lineno()) + ":" + q(p.colOffset()) + "-" + q(p.endLineno()) + ":" + q(p.endColOffset());
                    }
                    text = padRight(text, linenoWidth);
                }
                fields.add(text);
            } else if (instr.startsLine()) {
                fields.add(padLeft(instr.lineNumber() == null ? NO_LINENO : instr.lineNumber().toString(), linenoWidth));
            } else {
                fields.add(" ".repeat(linenoWidth));
            }
        }
        fields.add(instr.label() != null ? padLeft("L" + instr.label() + ":", labelWidth) : " ".repeat(labelWidth));
        if (offsetWidth > 0) fields.add(padLeft(Integer.toString(instr.offset()), offsetWidth) + "  ");
        fields.add(current ? "-->" : "   ");
        fields.add(padRight(instr.opname(), OPNAME_WIDTH));
        if (instr.arg() != null) {
            int excess = Math.max(0, instr.opname().length() - OPNAME_WIDTH);
            fields.add(padLeft(instr.arg().toString(), OPARG_WIDTH - excess));
            if (!instr.argrepr().isEmpty()) fields.add("(" + instr.argrepr() + ")");
        }
        out.append(String.join(" ", fields).stripTrailing()).append('\n');
    }

    private static String q(int v) {
        return v < 0 ? "?" : Integer.toString(v);
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }

    private static String padRight(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static final String[][] FLAG_NAMES = {
        {"1", "OPTIMIZED"}, {"2", "NEWLOCALS"}, {"4", "VARARGS"}, {"8", "VARKEYWORDS"}, {"16", "NESTED"},
        {"32", "GENERATOR"}, {"64", "NOFREE"}, {"128", "COROUTINE"}, {"256", "ITERABLE_COROUTINE"},
        {"512", "ASYNC_GENERATOR"}, {"67108864", "HAS_DOCSTRING"}, {"134217728", "METHOD"}};

    /** dis.pretty_flags. */
    public static String prettyFlags(int flags) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            int flag = 1 << i;
            if ((flags & flag) != 0) {
                String name = "0x" + Integer.toHexString(flag);
                for (String[] entry : FLAG_NAMES) {
                    if (Integer.parseInt(entry[0]) == flag) name = entry[1];
                }
                names.add(name);
                flags ^= flag;
                if (flags == 0) return String.join(", ", names);
            }
        }
        names.add("0x" + Integer.toHexString(flags));
        return String.join(", ", names);
    }

    /** dis.code_info. */
    public static String codeInfo(CodeObject co) {
        List<String> lines = new ArrayList<>();
        lines.add("Name:              " + co.name);
        lines.add("Filename:          " + co.filename);
        lines.add("Argument count:    " + co.argcount);
        lines.add("Positional-only arguments: " + co.posonlyargcount);
        lines.add("Kw-only arguments: " + co.kwonlyargcount);
        lines.add("Number of locals:  " + co.nlocals());
        lines.add("Stack size:        " + co.stacksize);
        lines.add("Flags:             " + prettyFlags(co.flags));
        if (!co.consts.isEmpty()) {
            lines.add("Constants:");
            for (int i = 0; i < co.consts.size(); i++) lines.add(String.format("%4d: %s", i, Const.repr(co.consts.get(i))));
        }
        addNames(lines, "Names:", co.names);
        addNames(lines, "Variable names:", co.varnames());
        addNames(lines, "Free variables:", co.freevars());
        addNames(lines, "Cell variables:", co.cellvars());
        return String.join("\n", lines);
    }

    private static void addNames(List<String> lines, String title, List<String> names) {
        if (names.isEmpty()) return;
        lines.add(title);
        for (int i = 0; i < names.size(); i++) lines.add(String.format("%4d: %s", i, names.get(i)));
    }
}
