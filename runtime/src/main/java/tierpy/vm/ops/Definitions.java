package tierpy.vm.ops;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Mirrors Tools/cases_generator/analyzer.py: reads the annotated op classes once and gives every
 * consumer (the Tier 1 generator, the metadata test, later the trace projector and the JIT) the same
 * view of ops, instructions and families.
 */
public final class Definitions {
    /** Every class that declares ops, macros or families. */
    static final List<Class<?>> CLASSES = List.of(
            StackOps.class, LocalOps.class, NameOps.class, NumberOps.class, CompareOps.class, JumpOps.class,
            IterOps.class, CallOps.class, FunctionOps.class, BuildOps.class, AttrOps.class, ExceptionOps.class,
            GeneratorOps.class, ModuleOps.class, WithOps.class, MatchOps.class, TemplateOps.class, FrameOps.class, AsyncOps.class);

    /** One op: {@code op(...)} or the op half of an {@code inst(...)}. */
    public record OpDef(String name, Method method, StackEffect effect, Set<Flag> flags, Jump jump,
            boolean specializing, boolean hasOparg) {
        /** A guard decides whether to deoptimize and touches nothing. */
        public boolean isGuard() {
            return (flags.contains(Flag.DEOPT) || flags.contains(Flag.EXIT)) && method.getReturnType() == boolean.class
                    && jump == Jump.NONE;
        }
    }

    /** One part of an instruction: an op run with an oparg expression, or {@code unused/N} (or {@code rewind/-N}) caches. */
    public record Part(OpDef op, String oparg, int unusedCaches) {
        public int cacheSize() {
            return op == null ? unusedCaches : op.effect.cacheSize();
        }
    }

    /** One Tier 1 instruction: {@code inst(...)} or {@code macro(...)}. */
    public record InstDef(String name, List<Part> parts, Exit exit, Class<?> owner) {
        public int cacheSize() {
            return parts.stream().mapToInt(Part::cacheSize).sum();
        }

        public Jump jump() {
            for (Part p : parts) {
                if (p.op != null && p.op.jump != Jump.NONE) return p.op.jump;
            }
            return Jump.NONE;
        }
    }

    public record FamilyDef(String name, List<String> members) {}

    public final Map<String, OpDef> ops = new LinkedHashMap<>();
    public final Map<String, InstDef> instructions = new LinkedHashMap<>();
    public final Map<String, FamilyDef> families = new LinkedHashMap<>();
    /** Specialized instruction name to its family's base instruction. */
    public final Map<String, String> deopt = new LinkedHashMap<>();

    private static Definitions instance;

    public static synchronized Definitions get() {
        if (instance == null) instance = new Definitions();
        return instance;
    }

    private Definitions() {
        List<Runnable> macros = new ArrayList<>();
        for (Class<?> c : CLASSES) {
            for (Method m : c.getDeclaredMethods()) {
                Op op = m.getAnnotation(Op.class);
                Inst inst = m.getAnnotation(Inst.class);
                if (op == null && inst == null) continue;
                if (!Modifier.isStatic(m.getModifiers())) throw new IllegalStateException(m + " must be static");
                OpDef def = op != null
                        ? opDef(op.name(), m, op.stack(), op.flags(), op.jump(), op.specializing())
                        : opDef("_" + inst.name(), m, inst.stack(), inst.flags(), inst.jump(), false);
                put(ops, def.name, def);
                if (inst != null) put(instructions, inst.name(), new InstDef(inst.name(), List.of(new Part(def, "oparg", 0)), inst.exit(), c));
            }
            for (Macro macro : c.getAnnotationsByType(Macro.class)) macros.add(() -> addMacro(macro, c));
            for (Family family : c.getAnnotationsByType(Family.class)) {
                put(families, family.name(), new FamilyDef(family.name(), List.of(family.members())));
                for (String member : family.members()) deopt.put(member, family.name());
            }
        }
        macros.forEach(Runnable::run);
    }

    private static OpDef opDef(String name, Method m, String stack, Flag[] flags, Jump jump, boolean specializing) {
        boolean hasOparg = false;
        for (var annotations : m.getParameterAnnotations()) {
            for (var a : annotations) hasOparg |= a instanceof Oparg;
        }
        hasOparg |= stack.contains("oparg");
        Set<Flag> set = flags.length == 0 ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(List.of(flags));
        // Entering a frame is not a jump in CPython's metadata.
        if (jump != Jump.NONE && jump != Jump.PUSH_FRAME && jump != Jump.DISPATCH_INLINED) set.add(Flag.JUMP);
        m.setAccessible(true);
        return new OpDef(name, m, StackEffect.parse(stack), Set.copyOf(set), jump, specializing, hasOparg);
    }

    private void addMacro(Macro macro, Class<?> owner) {
        String[] sides = macro.value().split("=", 2);
        String name = sides[0].trim();
        List<Part> parts = new ArrayList<>();
        for (String raw : sides[1].split("\\+(?![^(]*\\))")) {
            String s = raw.trim();
            if (s.startsWith("unused/") || s.startsWith("rewind/")) {
                // rewind/-N steps back over caches the next op reads again (CPython's BINARY_OP_EXTEND).
                parts.add(new Part(null, null, Integer.parseInt(s.substring(7))));
                continue;
            }
            String oparg = "oparg";
            int paren = s.indexOf('(');
            if (paren >= 0) {
                oparg = s.substring(paren + 1, s.lastIndexOf(')')).trim();
                s = s.substring(0, paren).trim();
            }
            OpDef op = ops.containsKey(s) ? ops.get(s) : ops.get("_" + s);
            if (op == null) throw new IllegalStateException("macro " + name + ": unknown op " + s);
            parts.add(new Part(op, oparg, 0));
        }
        put(instructions, name, new InstDef(name, List.copyOf(parts), macro.exit(), owner));
    }

    private static <T> void put(Map<String, T> map, String key, T value) {
        if (map.putIfAbsent(key, value) != null) throw new IllegalStateException("defined twice: " + key);
    }
}
