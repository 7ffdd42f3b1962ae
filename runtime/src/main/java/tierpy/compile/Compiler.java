package tierpy.compile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import tierpy.ast.Mod;
import tierpy.ast.Stmt;
import tierpy.code.CodeObject;
import tierpy.code.Const;
import tierpy.parse.Mode;
import tierpy.parse.Parser;
import tierpy.parse.PySyntaxError;

/**
 * Mirrors Python/compile.c: the compiler driver. It builds the symbol table, keeps the stack of
 * compilation units (one per code object being built, with its names, constants and local-variable
 * tables), and turns each finished unit into a code object through the CFG optimizer and the
 * assembler. Compile-time warnings are collected on {@link #warnings} for the VM to emit.
 */
public final class Compiler {
    public enum ScopeType { MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, ANNOTATIONS }

    /** A SyntaxWarning (or other warning) raised while compiling, to be emitted later. */
    public record Warning(String category, String message, String filename, int lineno) {}

    /** Frame-block kinds (compile.c fblocktype). */
    enum FBlockType {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP, POP_VALUE,
        EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION, ASYNC_FOR_LOOP
    }

    /** _PyCompile_FBlockInfo. */
    record FBlock(FBlockType type, int block, int exit, Object datum, Location loc) {}

    /** Code-unit metadata and state (struct compiler_unit). */
    static final class Unit {
        final Symtable.Entry ste;
        final ScopeType scopeType;
        final String name;
        String qualname;
        final String privateName;
        final Map<Object, Integer> consts = new LinkedHashMap<>();
        final List<Object> constValues = new ArrayList<>();
        final Map<String, Integer> names = new LinkedHashMap<>();
        final Map<String, Integer> varnames = new LinkedHashMap<>();
        final Map<String, Integer> cellvars = new LinkedHashMap<>();
        final Map<String, Integer> freevars = new LinkedHashMap<>();
        final Map<String, Boolean> fasthidden = new LinkedHashMap<>();
        int argcount, posonlyargcount, kwonlyargcount;
        final int firstlineno;
        InstrSequence seq = new InstrSequence();
        InstrSequence stashedSeq;
        final List<FBlock> fblocks = new ArrayList<>();
        int inInlinedComp;
        boolean inConditionalBlock;
        final TreeSet<String> staticAttributes;
        List<Stmt.AnnAssign> deferredAnnotations;
        List<Integer> conditionalAnnotationIndices;
        int nextConditionalAnnotationIndex;

        Unit(Symtable.Entry ste, ScopeType scopeType, String name, String privateName, int firstlineno) {
            this.ste = ste;
            this.scopeType = scopeType;
            this.name = name;
            this.privateName = privateName;
            this.firstlineno = firstlineno;
            this.staticAttributes = scopeType == ScopeType.CLASS ? new TreeSet<>() : null;
        }
    }

    final String filename;
    final Symtable symtable;
    final int optimize;
    final boolean interactive;
    final boolean futureAnnotations;
    public final List<Warning> warnings = new ArrayList<>();
    private final List<Unit> stack = new ArrayList<>();
    Unit u;

    private Compiler(String filename, Symtable symtable, int optimize, boolean interactive, boolean futureAnnotations) {
        this.filename = filename;
        this.symtable = symtable;
        this.optimize = optimize;
        this.interactive = interactive;
        this.futureAnnotations = futureAnnotations;
    }

    /** The result of compiling a module: its code object and the warnings raised on the way. */
    public record Result(CodeObject code, List<Warning> warnings) {}

    /** compile(source, filename, mode): parse and compile; the parser's SyntaxWarnings come first in the result. */
    public static Result compile(String source, String filename, String mode, int optimize) {
        List<Warning> parserWarnings = new ArrayList<>();
        Result result = compile(source, filename, mode, optimize, false, parserWarnings::add);
        parserWarnings.addAll(result.warnings());
        return new Result(result.code(), Collections.unmodifiableList(parserWarnings));
    }

    /**
     * As {@link #compile(String, String, String, int)} (module code may await with {@code topLevelAwait},
     * PyCF_ALLOW_TOP_LEVEL_AWAIT), handing the parser's SyntaxWarnings (invalid
     * escape sequences, "1if") to {@code parserWarnings} as they are found, even when a SyntaxError follows.
     */
    public static Result compile(String source, String filename, String mode, int optimize, boolean topLevelAwait,
                                 java.util.function.Consumer<Warning> parserWarnings) {
        Mode m = Mode.of(mode);
        if (m == null) throw new IllegalArgumentException("compile() mode must be 'exec', 'eval' or 'single'");
        Mod mod = Parser.parse(source, filename, m,
                (message, lineno, colOffset) -> parserWarnings.accept(new Warning("SyntaxWarning", message, filename, lineno)));
        return compile(mod, filename, optimize, topLevelAwait);
    }

    public static Result compile(Mod mod, String filename, int optimize) {
        return compile(mod, filename, optimize, false);
    }

    /**
     * _PyAST_Compile: compile an AST module to a code object. With {@code topLevelAwait}
     * (PyCF_ALLOW_TOP_LEVEL_AWAIT) module code may await; it is then a CO_COROUTINE code whose
     * execution returns a coroutine.
     */
    public static Result compile(Mod mod, String filename, int optimize, boolean topLevelAwait) {
        boolean futureAnnotations = FutureFeatures.hasAnnotations(mod);
        List<Warning> warnings = new ArrayList<>();
        mod = AstPreprocess.run(mod, filename, optimize, warnings);
        Symtable st = Symtable.build(mod, filename, futureAnnotations, topLevelAwait, optimize >= 2);
        Compiler c = new Compiler(filename, st, optimize, mod instanceof Mod.Interactive, futureAnnotations);
        c.warnings.addAll(warnings);
        CodeObject code = new Codegen(c).module(mod);
        return new Result(code, Collections.unmodifiableList(c.warnings));
    }

    PySyntaxError error(Location loc, String message) {
        return new PySyntaxError("SyntaxError", message, filename, loc.lineno(), loc.colOffset() + 1, loc.endLineno(),
                loc.endColOffset() + 1, null);
    }

    /** Nonzero while codegen emits a finally body a second time (the exception path): no duplicate warnings. */
    private int disableWarning;

    void warn(Location loc, String message) {
        if (disableWarning == 0) warnings.add(new Warning("SyntaxWarning", message, filename, loc.lineno()));
    }

    // ---- scopes ----

    /** _PyCompile_EnterScope. */
    void enterScope(String name, ScopeType scopeType, Object key, int lineno, String privateName, int argcount,
            int posonlyargcount, int kwonlyargcount) {
        Symtable.Entry ste = symtable.lookup(key);
        // a scope without its own private name (any but a class) mangles like its parent
        String inherited = privateName != null ? privateName : u != null ? u.privateName : null;
        Unit unit = new Unit(ste, scopeType, name, inherited, lineno);
        unit.argcount = argcount;
        unit.posonlyargcount = posonlyargcount;
        unit.kwonlyargcount = kwonlyargcount;
        for (String v : ste.varnames) unit.varnames.put(v, unit.varnames.size());
        dictByType(ste, Symtable.CELL, Symtable.DEF_COMP_CELL, 0, unit.cellvars);
        if (ste.needsClassClosure) unit.cellvars.putIfAbsent("__class__", unit.cellvars.size());
        if (ste.needsClassdict) unit.cellvars.putIfAbsent("__classdict__", unit.cellvars.size());
        if (ste.hasConditionalAnnotations) {
            unit.cellvars.putIfAbsent("__conditional_annotations__", unit.cellvars.size());
        }
        dictByType(ste, Symtable.FREE, Symtable.DEF_FREE_CLASS, unit.cellvars.size(), unit.freevars);
        if (u != null) stack.add(u);
        u = unit;
        if (scopeType != ScopeType.MODULE) setQualname();
    }

    /** dictbytype: names of a scope (or with a flag), sorted, numbered from offset. */
    private static void dictByType(Symtable.Entry ste, int scope, int flag, int offset, Map<String, Integer> out) {
        TreeSet<String> sorted = new TreeSet<>(ste.symbols.keySet());
        int i = 0;
        for (String name : sorted) {
            if (ste.scope(name) == scope || (ste.flags(name) & flag) != 0) out.put(name, offset + i++);
        }
    }

    /** compiler_set_qualname. */
    private void setQualname() {
        String base = null;
        if (stack.size() > 1) {
            Unit parent = stack.get(stack.size() - 1);
            if (parent.scopeType == ScopeType.ANNOTATIONS) {
                // a type-parameter scope: the grandparent names the function
                if (stack.size() == 2) {
                    u.qualname = u.name;
                    return;
                }
                parent = stack.get(stack.size() - 2);
            }
            boolean forceGlobal = false;
            if (u.scopeType == ScopeType.FUNCTION || u.scopeType == ScopeType.ASYNC_FUNCTION
                    || u.scopeType == ScopeType.CLASS) {
                String mangled = Symtable.mangle(parent.privateName, u.name);
                forceGlobal = parent.ste.scope(mangled) == Symtable.GLOBAL_EXPLICIT;
            }
            if (!forceGlobal) {
                boolean functionLike = parent.scopeType == ScopeType.FUNCTION
                        || parent.scopeType == ScopeType.ASYNC_FUNCTION || parent.scopeType == ScopeType.LAMBDA;
                base = functionLike ? parent.qualname + ".<locals>" : parent.qualname;
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    /** _PyCompile_ExitScope. */
    void exitScope() {
        u = stack.isEmpty() ? null : stack.remove(stack.size() - 1);
    }

    /** _PyCompile_MaybeAddStaticAttributeToClass: the nearest enclosing class collects self.X stores. */
    void addStaticAttribute(String attr) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            Unit unit = stack.get(i);
            if (unit.scopeType == ScopeType.CLASS) {
                unit.staticAttributes.add(attr);
                return;
            }
        }
    }

    // ---- metadata ----

    /** _PyCompile_AddConst. */
    int addConst(Object value) {
        Object key = Const.key(value);
        Integer index = u.consts.get(key);
        if (index != null) return index;
        int i = u.consts.size();
        u.consts.put(key, i);
        u.constValues.add(value);
        return i;
    }

    static int dictAdd(Map<String, Integer> dict, String name) {
        Integer index = dict.get(name);
        if (index != null) return index;
        int i = dict.size();
        dict.put(name, i);
        return i;
    }

    String maybeMangle(String name) {
        return Symtable.maybeMangle(u.privateName, u.ste.mangledNames, name);
    }

    enum OpType { FAST, GLOBAL, DEREF, NAME }

    /** _PyCompile_ResolveNameop: the kind of access; the index is added for non-FAST kinds. */
    OpType resolveNameop(String mangled, int scope, int[] arg) {
        Map<String, Integer> dict = u.names;
        OpType type = OpType.NAME;
        switch (scope) {
            case Symtable.FREE -> {
                dict = u.freevars;
                type = OpType.DEREF;
            }
            case Symtable.CELL -> {
                dict = u.cellvars;
                type = OpType.DEREF;
            }
            case Symtable.LOCAL -> {
                if (u.ste.isFunctionLike()) type = OpType.FAST;
                else if (Boolean.TRUE.equals(u.fasthidden.get(mangled))) type = OpType.FAST;
            }
            case Symtable.GLOBAL_IMPLICIT -> {
                if (u.ste.isFunctionLike()) type = OpType.GLOBAL;
            }
            case Symtable.GLOBAL_EXPLICIT -> type = OpType.GLOBAL;
            default -> { }
        }
        if (type != OpType.FAST) arg[0] = dictAdd(dict, mangled);
        return type;
    }

    /** _PyCompile_GetRefType. */
    int refType(String name) {
        if (u.scopeType == ScopeType.CLASS && (name.equals("__class__") || name.equals("__classdict__")
                || name.equals("__conditional_annotations__"))) {
            return Symtable.CELL;
        }
        int scope = u.ste.scope(name);
        if (scope == 0) throw new IllegalStateException("_PyST_GetScope(name='" + name + "') failed");
        return scope;
    }

    /** _PyCompile_LookupArg: the closure index of a free variable of a nested code object. */
    int lookupArg(String name) {
        int reftype = refType(name);
        Integer arg = reftype == Symtable.CELL ? u.cellvars.get(name) : u.freevars.get(name);
        if (arg == null) throw new IllegalStateException("compiler_lookup_arg(name='" + name + "') failed");
        return arg;
    }

    // ---- frame blocks ----

    void pushFBlock(Location loc, FBlockType type, int block, int exit, Object datum) {
        if (u.fblocks.size() >= 20) throw error(loc, "too many statically nested blocks");
        u.fblocks.add(new FBlock(type, block, exit, datum, loc));
        if (type == FBlockType.FINALLY_END) disableWarning++;
    }

    void popFBlock(FBlockType type) {
        FBlock top = u.fblocks.remove(u.fblocks.size() - 1);
        if (top.type() != type) throw new IllegalStateException("fblock mismatch " + top.type() + " vs " + type);
        if (type == FBlockType.FINALLY_END) disableWarning--;
    }

    FBlock topFBlock() {
        return u.fblocks.isEmpty() ? null : u.fblocks.get(u.fblocks.size() - 1);
    }

    // ---- assembling ----

    /** compute_code_flags. */
    int codeFlags() {
        Symtable.Entry ste = u.ste;
        int flags = 0;
        if (ste.isFunctionLike()) {
            flags |= CodeObject.CO_NEWLOCALS | CodeObject.CO_OPTIMIZED;
            if (ste.nested) flags |= CodeObject.CO_NESTED;
            if (ste.generator && !ste.coroutine) flags |= CodeObject.CO_GENERATOR;
            if (ste.generator && ste.coroutine) flags |= CodeObject.CO_ASYNC_GENERATOR;
            if (ste.varargs) flags |= CodeObject.CO_VARARGS;
            if (ste.varkeywords) flags |= CodeObject.CO_VARKEYWORDS;
            if (ste.hasDocstring) flags |= CodeObject.CO_HAS_DOCSTRING;
            if (ste.method) flags |= CodeObject.CO_METHOD;
        }
        if (ste.coroutine && !ste.generator) flags |= CodeObject.CO_COROUTINE;
        return flags;
    }

    /** _PyCompile_OptimizeAndAssemble: add the implicit return, optimize, assemble. */
    CodeObject optimizeAndAssemble(boolean addNone) {
        int flags = codeFlags();
        if (addNone) u.seq.addop(tierpy.code.Opcodes.LOAD_CONST, addConst(Const.NONE), Location.NO_LOCATION);
        u.seq.addop(tierpy.code.Opcodes.RETURN_VALUE, 0, Location.NO_LOCATION);
        return Assembler.assembleUnit(this, u, flags);
    }
}
