package tierpy.compile;

import static tierpy.code.Opcodes.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tierpy.ast.Alias;
import tierpy.ast.Arg;
import tierpy.ast.Arguments;
import tierpy.ast.BoolOperator;
import tierpy.ast.CmpOperator;
import tierpy.ast.Comprehension;
import tierpy.ast.ConstantSingleton;
import tierpy.ast.ExceptHandler;
import tierpy.ast.Expr;
import tierpy.ast.ExprContext;
import tierpy.ast.Keyword;
import tierpy.ast.MatchCase;
import tierpy.ast.Mod;
import tierpy.ast.Operator;
import tierpy.ast.Pattern;
import tierpy.ast.Stmt;
import tierpy.ast.TypeParam;
import tierpy.ast.UnaryOperator;
import tierpy.ast.WithItem;
import tierpy.code.CodeObject;
import tierpy.code.Const;
import tierpy.compile.Compiler.FBlock;
import tierpy.compile.Compiler.FBlockType;
import tierpy.compile.Compiler.ScopeType;

/**
 * Mirrors Python/codegen.c of CPython 3.14: the AST visitor that emits pseudo-instructions into
 * the current unit's {@link InstrSequence}, one method per codegen_* function.
 */
final class Codegen {
    private static final int STACK_USE_GUIDELINE = 30;
    private static final int RESUME_AT_FUNC_START = 0;
    private static final int RESUME_AFTER_YIELD = 1;
    private static final int RESUME_AFTER_YIELD_FROM = 2;
    private static final int RESUME_AFTER_AWAIT = 3;
    private static final int ANNOTATE_FORMAT_VALUE_WITH_FAKE_GLOBALS = 2;
    private static final int NO_LABEL = -1;

    private static final int COMP_GENEXP = 0;
    private static final int COMP_LISTCOMP = 1;
    private static final int COMP_SETCOMP = 2;
    private static final int COMP_DICTCOMP = 3;

    private static final Location NO_LOCATION = Location.NO_LOCATION;

    private final Compiler c;

    Codegen(Compiler c) {
        this.c = c;
    }

    // ---- emitting ----

    private InstrSequence seq() {
        return c.u.seq;
    }

    private void addop(int op, Location loc) {
        seq().addop(op, 0, loc);
    }

    private void addopI(int op, int arg, Location loc) {
        seq().addop(op, arg, loc);
    }

    private void addopJ(int op, int label, Location loc) {
        seq().addop(op, label, loc);
    }

    private int newLabel() {
        return seq().newLabel();
    }

    private void useLabel(int label) {
        seq().useLabel(label);
    }

    private void loadConst(Object value, Location loc) {
        addopI(LOAD_CONST, c.addConst(value), loc);
    }

    private void addopN(int op, String name, Map<String, Integer> dict, Location loc) {
        addopI(op, Compiler.dictAdd(dict, name), loc);
    }

    private static final int LOAD_METHOD = -1;
    private static final int LOAD_SUPER_METHOD = -2;
    private static final int LOAD_ZERO_SUPER_ATTR = -3;
    private static final int LOAD_ZERO_SUPER_METHOD = -4;

    /** codegen_addop_name: mangles, adds to co_names and encodes the LOAD_ATTR / LOAD_SUPER_ATTR flags. */
    private void addopName(int op, String name, Location loc) {
        int arg = Compiler.dictAdd(c.u.names, c.maybeMangle(name));
        switch (op) {
            case LOAD_ATTR -> arg <<= 1;
            case LOAD_METHOD -> {
                op = LOAD_ATTR;
                arg = (arg << 1) | 1;
            }
            case LOAD_SUPER_ATTR -> arg = (arg << 2) | 2;
            case LOAD_SUPER_METHOD -> {
                op = LOAD_SUPER_ATTR;
                arg = (arg << 2) | 3;
            }
            case LOAD_ZERO_SUPER_ATTR -> {
                op = LOAD_SUPER_ATTR;
                arg <<= 2;
            }
            case LOAD_ZERO_SUPER_METHOD -> {
                op = LOAD_SUPER_ATTR;
                arg = (arg << 2) | 1;
            }
            default -> { }
        }
        addopI(op, arg, loc);
    }

    private static Location loc(tierpy.ast.Located node) {
        return Location.of(node);
    }

    private static Object constValue(Expr.Constant e) {
        return Const.fromAst(e.value());
    }

    /** _PyAST_GetDocString: the first statement, if it is a string constant. */
    static String docstring(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant c
                && c.value() instanceof String s) {
            return s;
        }
        return null;
    }

    /** _PyCompile_CleanDoc: expand tabs, drop the common indentation of lines after the first. */
    static String cleanDoc(String doc) {
        doc = expandTabs(doc);
        String[] lines = doc.split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int indent = 0;
            while (indent < line.length() && line.charAt(indent) == ' ') indent++;
            if (indent < line.length()) margin = Math.min(margin, indent);
        }
        if (margin == Integer.MAX_VALUE) margin = 0;
        StringBuilder sb = new StringBuilder(lines[0].replaceFirst("^ +", ""));
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            int drop = 0;
            while (drop < margin && drop < line.length() && line.charAt(drop) == ' ') drop++;
            sb.append('\n').append(line, drop, line.length());
        }
        return sb.toString();
    }

    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder sb = new StringBuilder();
        int col = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\t') {
                int spaces = 8 - (col % 8);
                sb.append(" ".repeat(spaces));
                col += spaces;
            } else {
                sb.append(ch);
                col = ch == '\n' || ch == '\r' ? 0 : col + 1;
            }
        }
        return sb.toString();
    }

    // ---- module / scopes ----

    /** compiler_codegen + compiler_mod: compile the whole module. */
    CodeObject module(Mod mod) {
        enterScope("<module>", ScopeType.MODULE, mod, 1, null, 0, 0, 0);
        boolean addNone = true;
        switch (mod) {
            case Mod.Module m -> {
                Location loc = m.body().isEmpty() ? new Location(1, 1, 0, 0) : loc(m.body().get(0));
                moduleBody(loc, m.body(), false);
            }
            case Mod.Interactive i -> {
                Location loc = i.body().isEmpty() ? new Location(1, 1, 0, 0) : loc(i.body().get(0));
                moduleBody(loc, i.body(), true);
            }
            case Mod.Expression e -> {
                visitExpr(e.body());
                addNone = false;
            }
            case Mod.FunctionType f -> throw new IllegalArgumentException("this compiler does not handle FunctionTypes");
        }
        CodeObject co = c.optimizeAndAssemble(addNone);
        c.exitScope();
        return co;
    }

    /** codegen_enter_scope: enter the unit and emit RESUME (and the module's annotations placeholder). */
    private void enterScope(String name, ScopeType scopeType, Object key, int lineno, String privateName, int argcount,
            int posonly, int kwonly) {
        c.enterScope(name, scopeType, key, lineno, privateName, argcount, posonly, kwonly);
        Location loc = new Location(scopeType == ScopeType.MODULE ? 0 : lineno, lineno, 0, 0);
        addopI(RESUME, RESUME_AT_FUNC_START, loc);
        if (scopeType == ScopeType.MODULE) addop(ANNOTATIONS_PLACEHOLDER, loc);
    }

    /** _PyCodegen_Module. */
    private void moduleBody(Location loc, List<Stmt> stmts, boolean interactive) {
        if (c.u.ste.hasConditionalAnnotations) {
            addopI(BUILD_SET, 0, loc);
            addopN(STORE_NAME, "__conditional_annotations__", c.u.names, loc);
        }
        body(loc, stmts, interactive);
    }

    /** codegen_body: docstring, statements, then the deferred __annotate__. */
    private void body(Location loc, List<Stmt> stmts, boolean interactive) {
        Symtable.Entry ste = c.u.ste;
        if (c.futureAnnotations && ste.annotationsUsed) addop(SETUP_ANNOTATIONS, loc);
        if (stmts.isEmpty()) return;
        int first = 0;
        if (!interactive && ste.hasDocstring) {
            first = 1;
            Stmt.Expr st = (Stmt.Expr) stmts.get(0);
            loadConst(cleanDoc(docstring(stmts)), loc(st.value()));
            nameop(NO_LOCATION, "__doc__", ExprContext.Store);
        }
        for (int i = first; i < stmts.size(); i++) visitStmt(stmts.get(i));
        if (!c.futureAnnotations) processDeferredAnnotations(loc);
    }

    /** codegen_setup_annotations_scope: enter __annotate__ and reject formats it cannot compute. */
    private void setupAnnotationsScope(Location loc, Object key, String name) {
        enterScope(name, ScopeType.ANNOTATIONS, key, loc.lineno(), null, 0, 1, 0);
        addopI(LOAD_FAST, 0, loc);
        loadConst((long) ANNOTATE_FORMAT_VALUE_WITH_FAKE_GLOBALS, loc);
        addopI(COMPARE_OP, (4 << 5) | CMP_OP_MASK[4], loc);
        int body = newLabel();
        addopJ(POP_JUMP_IF_FALSE, body, loc);
        addopI(LOAD_COMMON_CONSTANT, CONSTANT_NOTIMPLEMENTEDERROR, loc);
        addopI(RAISE_VARARGS, 1, loc);
        useLabel(body);
    }

    /** codegen_leave_annotations_scope. */
    private void leaveAnnotationsScope(Location loc) {
        addop(RETURN_VALUE, loc);
        CodeObject co = c.optimizeAndAssemble(true).withFirstLocalName("format");
        c.exitScope();
        makeClosure(loc, co, 0);
    }

    /** codegen_deferred_annotations_body. */
    private void deferredAnnotationsBody(Location loc, List<Stmt.AnnAssign> annotations, List<Integer> condIndices,
            ScopeType scopeType) {
        addopI(BUILD_MAP, 0, loc);
        for (int i = 0; i < annotations.size(); i++) {
            Stmt.AnnAssign st = annotations.get(i);
            String mangled = Symtable.mangle(c.u.privateName, ((Expr.Name) st.target()).id());
            int idx = condIndices.get(i);
            int notSet = newLabel();
            if (idx != -1) {
                loadConst((long) idx, loc(st));
                if (scopeType == ScopeType.CLASS) {
                    addopN(LOAD_DEREF, "__conditional_annotations__", c.u.freevars, loc(st));
                } else {
                    addopI(LOAD_GLOBAL, Compiler.dictAdd(c.u.names, "__conditional_annotations__") << 1, loc(st));
                }
                addopI(CONTAINS_OP, 0, loc(st));
                addopJ(POP_JUMP_IF_FALSE, notSet, loc(st));
            }
            visitExpr(st.annotation());
            addopI(COPY, 2, loc(st));
            loadConst(mangled, loc(st));
            addop(STORE_SUBSCR, loc);
            useLabel(notSet);
        }
    }

    /** codegen_process_deferred_annotations: build __annotate__ for a module or class body. */
    private void processDeferredAnnotations(Location loc) {
        Compiler.Unit unit = c.u;
        if (unit.deferredAnnotations == null) return;
        List<Stmt.AnnAssign> deferred = unit.deferredAnnotations;
        List<Integer> indices = unit.conditionalAnnotationIndices;
        ScopeType scopeType = unit.scopeType;
        boolean separate = scopeType == ScopeType.MODULE;
        if (separate) {
            unit.stashedSeq = unit.seq;
            unit.seq = new InstrSequence();
        }
        Symtable.Entry ste = unit.ste;
        setupAnnotationsScope(loc, c.symtable.annotationKey(ste), ste.annotationBlock.name);
        deferredAnnotationsBody(loc, deferred, indices, scopeType);
        leaveAnnotationsScope(loc);
        nameop(loc, ste.type == Symtable.BlockType.CLASS ? "__annotate_func__" : "__annotate__", ExprContext.Store);
        if (separate) {
            InstrSequence annotations = unit.seq;
            unit.seq = unit.stashedSeq;
            unit.stashedSeq = null;
            unit.seq.annotationsCode = annotations;
        }
    }

    /** codegen_make_closure: load the free-variable cells, the code, then MAKE_FUNCTION and attributes. */
    private void makeClosure(Location loc, CodeObject co, int flags) {
        List<String> free = co.freevars();
        if (!free.isEmpty()) {
            int first = co.localsplusnames.size() - free.size();
            for (int i = first; i < co.localsplusnames.size(); i++) {
                addopI(LOAD_CLOSURE, c.lookupArg(co.localsplusnames.get(i)), loc);
            }
            flags |= MAKE_FUNCTION_CLOSURE;
            addopI(BUILD_TUPLE, free.size(), loc);
        }
        loadConst(co, loc);
        addop(MAKE_FUNCTION, loc);
        for (int flag : new int[] {MAKE_FUNCTION_CLOSURE, MAKE_FUNCTION_ANNOTATIONS, MAKE_FUNCTION_ANNOTATE,
            MAKE_FUNCTION_KWDEFAULTS, MAKE_FUNCTION_DEFAULTS}) {
            if ((flags & flag) != 0) addopI(SET_FUNCTION_ATTRIBUTE, flag, loc);
        }
    }

    private void decorators(List<Expr> decos) {
        decos.forEach(this::visitExpr);
    }

    private void applyDecorators(List<Expr> decos) {
        for (int i = decos.size() - 1; i >= 0; i--) addopI(CALL, 0, loc(decos.get(i)));
    }

    /** codegen_kwonlydefaults: true when a dict of defaults was pushed. */
    private boolean kwonlyDefaults(Location loc, List<Arg> kwonlyargs, List<Expr> kwDefaults) {
        int count = 0;
        for (int i = 0; i < kwonlyargs.size(); i++) {
            Expr d = kwDefaults.get(i);
            if (d != null) {
                count++;
                loadConst(c.maybeMangle(kwonlyargs.get(i).arg()), loc);
                visitExpr(d);
            }
        }
        if (count > 0) {
            addopI(BUILD_MAP, count, loc);
            return true;
        }
        return false;
    }

    private void argAnnotation(String id, Expr annotation, int[] len, Location loc) {
        if (annotation == null) return;
        loadConst(c.maybeMangle(id), loc);
        if (c.futureAnnotations) {
            loadConst(Unparse.expr(annotation), loc(annotation));
        } else if (annotation instanceof Expr.Starred st) {
            visitExpr(st.value());
            addopI(UNPACK_SEQUENCE, 1, loc);
        } else {
            visitExpr(annotation);
        }
        len[0]++;
    }

    private void argAnnotations(List<Arg> args, int[] len, Location loc) {
        for (Arg a : args) argAnnotation(a.arg(), a.annotation(), len, loc);
    }

    /** codegen_function_annotations: the __annotate__ function of a def, or 0 when none is needed. */
    private int functionAnnotations(Location loc, Arguments args, Expr returns) {
        Symtable.Entry ste = c.symtable.lookup(args);
        if (!ste.annotationsUsed) return 0;
        setupAnnotationsScope(loc, args, ste.name);
        int[] len = {0};
        argAnnotations(args.args(), len, loc);
        argAnnotations(args.posonlyargs(), len, loc);
        if (args.vararg() != null) argAnnotation(args.vararg().arg(), args.vararg().annotation(), len, loc);
        argAnnotations(args.kwonlyargs(), len, loc);
        if (args.kwarg() != null) argAnnotation(args.kwarg().arg(), args.kwarg().annotation(), len, loc);
        argAnnotation("return", returns, len, loc);
        addopI(BUILD_MAP, len[0], loc);
        leaveAnnotationsScope(loc);
        return MAKE_FUNCTION_ANNOTATE;
    }

    /** codegen_default_arguments. */
    private int defaultArguments(Location loc, Arguments args) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            args.defaults().forEach(this::visitExpr);
            addopI(BUILD_TUPLE, args.defaults().size(), loc);
            flags |= MAKE_FUNCTION_DEFAULTS;
        }
        if (!args.kwonlyargs().isEmpty() && kwonlyDefaults(loc, args.kwonlyargs(), args.kwDefaults())) {
            flags |= MAKE_FUNCTION_KWDEFAULTS;
        }
        return flags;
    }

    /** codegen_wrap_in_stopiteration_handler. */
    private void wrapInStopIterationHandler() {
        int handler = newLabel();
        seq().insert(0, SETUP_CLEANUP, handler, NO_LOCATION);
        loadConst(Const.NONE, NO_LOCATION);
        addop(RETURN_VALUE, NO_LOCATION);
        useLabel(handler);
        addopI(CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, NO_LOCATION);
        addopI(RERAISE, 1, NO_LOCATION);
    }

    private void typeParamBoundOrDefault(Expr e, String name, Object key, boolean allowStarred) {
        loadConst(new Const.Tuple(List.of(1L)), loc(e));
        setupAnnotationsScope(loc(e), key, name);
        if (allowStarred && e instanceof Expr.Starred st) {
            visitExpr(st.value());
            addopI(UNPACK_SEQUENCE, 1, loc(e));
        } else {
            visitExpr(e);
        }
        addop(RETURN_VALUE, loc(e));
        CodeObject co = c.optimizeAndAssemble(true);
        c.exitScope();
        makeClosure(loc(e), co, MAKE_FUNCTION_DEFAULTS);
    }

    /** codegen_type_params. */
    private void typeParams(List<TypeParam> params) {
        boolean seenDefault = false;
        for (TypeParam tp : params) {
            Location loc = loc(tp);
            String name;
            switch (tp) {
                case TypeParam.TypeVar t -> {
                    name = t.name();
                    loadConst(name, loc);
                    if (t.bound() != null) {
                        typeParamBoundOrDefault(t.bound(), name, tp, false);
                        addopI(CALL_INTRINSIC_2, t.bound() instanceof Expr.Tuple ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                                : INTRINSIC_TYPEVAR_WITH_BOUND, loc);
                    } else {
                        addopI(CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, loc);
                    }
                    // the bound already took tp as its scope key
                    seenDefault = typeParamDefault(t.defaultValue(), name, c.symtable.defaultKey(tp), false, seenDefault, loc);
                }
                case TypeParam.TypeVarTuple t -> {
                    name = t.name();
                    loadConst(name, loc);
                    addopI(CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE, loc);
                    seenDefault = typeParamDefault(t.defaultValue(), name, tp, true, seenDefault, loc);
                }
                case TypeParam.ParamSpec p -> {
                    name = p.name();
                    loadConst(name, loc);
                    addopI(CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC, loc);
                    seenDefault = typeParamDefault(p.defaultValue(), name, tp, false, seenDefault, loc);
                }
            }
            addopI(COPY, 1, loc);
            nameop(loc, name, ExprContext.Store);
        }
        addopI(BUILD_TUPLE, params.size(), loc(params.get(0)));
    }

    /**
     * A type parameter's default, evaluated lazily like a bound; returns whether a default has been
     * seen so far, since a parameter without one may not follow one with it.
     */
    private boolean typeParamDefault(Expr value, String name, Object key, boolean allowStarred, boolean seenDefault,
            Location loc) {
        if (value == null) {
            if (seenDefault) throw c.error(loc, "non-default type parameter '" + name + "' follows default type parameter");
            return false;
        }
        typeParamBoundOrDefault(value, name, key, allowStarred);
        addopI(CALL_INTRINSIC_2, INTRINSIC_SET_TYPEPARAM_DEFAULT, loc);
        return true;
    }

    /** codegen_function_body. */
    private void functionBody(Stmt s, String name, Arguments args, List<Stmt> body, boolean isAsync, int funcflags,
            int firstlineno) {
        enterScope(name, isAsync ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, s, firstlineno, null,
                args.args().size(), args.posonlyargs().size(), args.kwonlyargs().size());
        Symtable.Entry ste = c.u.ste;
        int first = 0;
        if (ste.hasDocstring) {
            first = 1;
            c.addConst(cleanDoc(docstring(body)));
        }
        int start = newLabel();
        useLabel(start);
        boolean stopIteration = ste.coroutine || ste.generator;
        if (stopIteration) c.pushFBlock(NO_LOCATION, FBlockType.STOP_ITERATION, start, NO_LABEL, null);
        for (int i = first; i < body.size(); i++) visitStmt(body.get(i));
        if (stopIteration) {
            wrapInStopIterationHandler();
            c.popFBlock(FBlockType.STOP_ITERATION);
        }
        CodeObject co = c.optimizeAndAssemble(true);
        c.exitScope();
        makeClosure(loc(s), co, funcflags);
    }

    /** codegen_function. */
    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decos, Expr returns,
            List<TypeParam> typeParams, boolean isAsync) {
        decorators(decos);
        int firstlineno = decos.isEmpty() ? s.lineno() : decos.get(0).lineno();
        Location loc = loc(s);
        boolean generic = !typeParams.isEmpty();
        int funcflags = defaultArguments(loc, args);
        int numTypeParamArgs = 0;
        if (generic) {
            if ((funcflags & MAKE_FUNCTION_DEFAULTS) != 0) numTypeParamArgs++;
            if ((funcflags & MAKE_FUNCTION_KWDEFAULTS) != 0) numTypeParamArgs++;
            if (numTypeParamArgs == 2) addopI(SWAP, 2, loc);
            enterScope("<generic parameters of " + name + ">", ScopeType.ANNOTATIONS, typeParams, firstlineno, null,
                    numTypeParamArgs, 0, 0);
            typeParams(typeParams);
            for (int i = 0; i < numTypeParamArgs; i++) addopI(LOAD_FAST, i, loc);
        }
        funcflags |= functionAnnotations(loc, args, returns);
        functionBody(s, name, args, body, isAsync, funcflags, firstlineno);
        if (generic) {
            addopI(SWAP, 2, loc);
            addopI(CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
            CodeObject co = c.optimizeAndAssemble(false);
            c.exitScope();
            makeClosure(loc, co, 0);
            if (numTypeParamArgs > 0) {
                addopI(SWAP, numTypeParamArgs + 1, loc);
                addopI(CALL, numTypeParamArgs - 1, loc);
            } else {
                addop(PUSH_NULL, loc);
                addopI(CALL, 0, loc);
            }
        }
        applyDecorators(decos);
        nameop(loc, name, ExprContext.Store);
    }

    /** codegen_class_body. */
    private void classBody(Stmt.ClassDef s, int firstlineno) {
        enterScope(s.name(), ScopeType.CLASS, s, firstlineno, s.name(), 0, 0, 0);
        Location loc = new Location(firstlineno, firstlineno, 0, 0);
        nameop(loc, "__name__", ExprContext.Load);
        nameop(loc, "__module__", ExprContext.Store);
        loadConst(c.u.qualname, loc);
        nameop(loc, "__qualname__", ExprContext.Store);
        loadConst((long) c.u.firstlineno, loc);
        nameop(loc, "__firstlineno__", ExprContext.Store);
        if (!s.typeParams().isEmpty()) {
            nameop(loc, ".type_params", ExprContext.Load);
            nameop(loc, "__type_params__", ExprContext.Store);
        }
        if (c.u.ste.needsClassdict) {
            addop(LOAD_LOCALS, loc);
            addopN(STORE_DEREF, "__classdict__", c.u.cellvars, loc);
        }
        if (c.u.ste.hasConditionalAnnotations) {
            addopI(BUILD_SET, 0, loc);
            addopN(STORE_DEREF, "__conditional_annotations__", c.u.cellvars, loc);
        }
        body(loc, s.body(), false);
        loadConst(new Const.Tuple(new ArrayList<>(c.u.staticAttributes)), NO_LOCATION);
        nameop(NO_LOCATION, "__static_attributes__", ExprContext.Store);
        if (c.u.ste.needsClassdict) {
            addopI(LOAD_CLOSURE, c.u.cellvars.get("__classdict__"), NO_LOCATION);
            nameop(NO_LOCATION, "__classdictcell__", ExprContext.Store);
        }
        if (c.u.ste.needsClassClosure) {
            addopI(LOAD_CLOSURE, c.u.cellvars.get("__class__"), NO_LOCATION);
            addopI(COPY, 1, NO_LOCATION);
            nameop(NO_LOCATION, "__classcell__", ExprContext.Store);
        } else {
            loadConst(Const.NONE, NO_LOCATION);
        }
        addop(RETURN_VALUE, NO_LOCATION);
        CodeObject co = c.optimizeAndAssemble(true);
        c.exitScope();
        loc = loc(s);
        addop(LOAD_BUILD_CLASS, loc);
        addop(PUSH_NULL, loc);
        makeClosure(loc, co, 0);
        loadConst(s.name(), loc);
    }

    /** codegen_class. */
    private void classDef(Stmt.ClassDef s) {
        decorators(s.decoratorList());
        int firstlineno = s.decoratorList().isEmpty() ? s.lineno() : s.decoratorList().get(0).lineno();
        Location loc = loc(s);
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            enterScope("<generic parameters of " + s.name() + ">", ScopeType.ANNOTATIONS, s.typeParams(), firstlineno,
                    s.name(), 0, 0, 0);
            typeParams(s.typeParams());
            nameop(loc, ".type_params", ExprContext.Store);
        }
        classBody(s, firstlineno);
        if (generic) {
            nameop(loc, ".type_params", ExprContext.Load);
            addopI(CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, loc);
            nameop(loc, ".generic_base", ExprContext.Store);
            callHelper(loc, 2, s.bases(), ".generic_base", s.keywords());
            CodeObject co = c.optimizeAndAssemble(false);
            c.exitScope();
            makeClosure(loc, co, 0);
            addop(PUSH_NULL, loc);
            addopI(CALL, 0, loc);
        } else {
            callHelper(loc, 2, s.bases(), null, s.keywords());
        }
        applyDecorators(s.decoratorList());
        nameop(loc, s.name(), ExprContext.Store);
    }

    /** codegen_typealias. */
    private void typeAlias(Stmt.TypeAlias s) {
        Location loc = loc(s);
        String name = ((Expr.Name) s.name()).id();
        boolean generic = !s.typeParams().isEmpty();
        if (generic) {
            enterScope("<generic parameters of " + name + ">", ScopeType.ANNOTATIONS, s.typeParams(), loc.lineno(), null,
                    0, 0, 0);
            loadConst(name, loc);
            typeParams(s.typeParams());
        } else {
            loadConst(name, loc);
            loadConst(Const.NONE, loc);
        }
        loadConst(new Const.Tuple(List.of(1L)), loc);
        setupAnnotationsScope(loc, s, name);
        visitExpr(s.value());
        addop(RETURN_VALUE, loc);
        CodeObject co = c.optimizeAndAssemble(false);
        c.exitScope();
        makeClosure(loc, co, MAKE_FUNCTION_DEFAULTS);
        addopI(BUILD_TUPLE, 3, loc);
        addopI(CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, loc);
        if (generic) {
            CodeObject outer = c.optimizeAndAssemble(false);
            c.exitScope();
            makeClosure(loc, outer, 0);
            addop(PUSH_NULL, loc);
            addopI(CALL, 0, loc);
        }
        nameop(loc, name, ExprContext.Store);
    }

    // ---- comparisons and jumps ----

    private static boolean isConstTuple(List<Expr> elts) {
        for (Expr e : elts) if (!(e instanceof Expr.Constant)) return false;
        return true;
    }

    /** check_is_arg: false for a literal other than the named singletons. */
    private static boolean checkIsArg(Expr e) {
        if (e instanceof Expr.Tuple t) return !isConstTuple(t.elts());
        if (!(e instanceof Expr.Constant k)) return true;
        Object v = k.value();
        return v instanceof ConstantSingleton || v instanceof Boolean;
    }

    /** infer_type: the type name of a literal expression, or null. */
    private static String inferType(Expr e) {
        return switch (e) {
            case Expr.Tuple t -> "tuple";
            case Expr.List l -> "list";
            case Expr.ListComp l -> "list";
            case Expr.Dict d -> "dict";
            case Expr.DictComp d -> "dict";
            case Expr.Set s -> "set";
            case Expr.SetComp s -> "set";
            case Expr.GeneratorExp g -> "generator";
            case Expr.Lambda l -> "function";
            case Expr.TemplateStr t -> "string.templatelib.Template";
            case Expr.Interpolation i -> "string.templatelib.Template";
            case Expr.JoinedStr j -> "str";
            case Expr.FormattedValue f -> "str";
            case Expr.Constant k -> constTypeName(Const.fromAst(k.value()));
            default -> null;
        };
    }

    private static String constTypeName(Object v) {
        return switch (v) {
            case Boolean b -> "bool";
            case Long l -> "int";
            case java.math.BigInteger b -> "int";
            case Double d -> "float";
            case Const.Complex x -> "complex";
            case String s -> "str";
            case Const.Bytes b -> "bytes";
            case Const.Tuple t -> "tuple";
            case ConstantSingleton s -> s == ConstantSingleton.None ? "NoneType" : "ellipsis";
            default -> "object";
        };
    }

    /** codegen_check_compare: SyntaxWarning for "is" with a literal. */
    private void checkCompare(Expr.Compare e) {
        boolean left = checkIsArg(e.left());
        Expr leftExpr = e.left();
        for (int i = 0; i < e.ops().size(); i++) {
            CmpOperator op = e.ops().get(i);
            Expr rightExpr = e.comparators().get(i);
            boolean right = checkIsArg(rightExpr);
            if ((op == CmpOperator.Is || op == CmpOperator.IsNot) && (!right || !left)) {
                Expr literal = !left ? leftExpr : rightExpr;
                String msg = op == CmpOperator.Is ? "\"is\" with '%s' literal. Did you mean \"==\"?"
                        : "\"is not\" with '%s' literal. Did you mean \"!=\"?";
                c.warn(loc(e), msg.formatted(inferType(literal)));
                return;
            }
            left = right;
            leftExpr = rightExpr;
        }
    }

    private void addCompare(Location loc, CmpOperator op) {
        int cmp;
        switch (op) {
            case Eq -> cmp = 2;
            case NotEq -> cmp = 3;
            case Lt -> cmp = 0;
            case LtE -> cmp = 1;
            case Gt -> cmp = 4;
            case GtE -> cmp = 5;
            case Is -> {
                addopI(IS_OP, 0, loc);
                return;
            }
            case IsNot -> {
                addopI(IS_OP, 1, loc);
                return;
            }
            case In -> {
                addopI(CONTAINS_OP, 0, loc);
                return;
            }
            case NotIn -> {
                addopI(CONTAINS_OP, 1, loc);
                return;
            }
            default -> throw new IllegalStateException();
        }
        addopI(COMPARE_OP, (cmp << 5) | CMP_OP_MASK[cmp], loc);
    }

    /** codegen_jump_if: jump to next when e's truth equals cond. */
    private void jumpIf(Location loc, Expr e, int next, boolean cond) {
        switch (e) {
            case Expr.UnaryOp u when u.op() == UnaryOperator.Not -> {
                jumpIf(loc, u.operand(), next, !cond);
                return;
            }
            case Expr.BoolOp b -> {
                List<Expr> s = b.values();
                int n = s.size() - 1;
                boolean cond2 = b.op() == BoolOperator.Or;
                int next2 = next;
                if (cond2 != cond) next2 = newLabel();
                for (int i = 0; i < n; i++) jumpIf(loc, s.get(i), next2, cond2);
                jumpIf(loc, s.get(n), next, cond);
                if (next2 != next) useLabel(next2);
                return;
            }
            case Expr.IfExp i -> {
                int end = newLabel();
                int next2 = newLabel();
                jumpIf(loc, i.test(), next2, false);
                jumpIf(loc, i.body(), next, cond);
                addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
                useLabel(next2);
                jumpIf(loc, i.orelse(), next, cond);
                useLabel(end);
                return;
            }
            case Expr.Compare cmp when cmp.ops().size() > 1 -> {
                int n = cmp.ops().size() - 1;
                checkCompare(cmp);
                int cleanup = newLabel();
                visitExpr(cmp.left());
                Location l = loc(cmp);
                for (int i = 0; i < n; i++) {
                    visitExpr(cmp.comparators().get(i));
                    addopI(SWAP, 2, l);
                    addopI(COPY, 2, l);
                    addCompare(l, cmp.ops().get(i));
                    addop(TO_BOOL, l);
                    addopJ(POP_JUMP_IF_FALSE, cleanup, l);
                }
                visitExpr(cmp.comparators().get(n));
                addCompare(l, cmp.ops().get(n));
                addop(TO_BOOL, l);
                addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, l);
                int end = newLabel();
                addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
                useLabel(cleanup);
                addop(POP_TOP, l);
                if (!cond) addopJ(JUMP_NO_INTERRUPT, next, NO_LOCATION);
                useLabel(end);
                return;
            }
            default -> { }
        }
        visitExpr(e);
        addop(TO_BOOL, loc(e));
        addopJ(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, loc(e));
    }

    // ---- statements ----

    private void visitStmt(Stmt s) {
        switch (s) {
            case Stmt.FunctionDef f -> function(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    f.typeParams(), false);
            case Stmt.AsyncFunctionDef f -> function(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(),
                    f.typeParams(), true);
            case Stmt.ClassDef cd -> classDef(cd);
            case Stmt.TypeAlias t -> typeAlias(t);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Delete d -> d.targets().forEach(this::visitExpr);
            case Stmt.Assign a -> {
                visitExpr(a.value());
                int n = a.targets().size();
                for (int i = 0; i < n; i++) {
                    if (i < n - 1) addopI(COPY, 1, loc(s));
                    visitExpr(a.targets().get(i));
                }
            }
            case Stmt.AugAssign a -> augAssign(a);
            case Stmt.AnnAssign a -> annAssign(a);
            case Stmt.For f -> conditional(() -> forStmt(f));
            case Stmt.While w -> conditional(() -> whileStmt(w));
            case Stmt.If i -> conditional(() -> ifStmt(i));
            case Stmt.Match m -> conditional(() -> match(m));
            case Stmt.Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        visitExpr(r.cause());
                        n++;
                    }
                }
                addopI(RAISE_VARARGS, n, loc(s));
            }
            case Stmt.Try t -> conditional(() -> {
                if (!t.finalbody().isEmpty()) tryFinally(s, t.body(), t.handlers(), t.orelse(), t.finalbody(), false);
                else tryExcept(s, t.body(), t.handlers(), t.orelse());
            });
            case Stmt.TryStar t -> conditional(() -> {
                if (!t.finalbody().isEmpty()) tryFinally(s, t.body(), t.handlers(), t.orelse(), t.finalbody(), true);
                else tryStarExcept(s, t.body(), t.handlers(), t.orelse());
            });
            case Stmt.Assert a -> assertStmt(a);
            case Stmt.Import i -> importStmt(i);
            case Stmt.ImportFrom i -> fromImport(i);
            case Stmt.Global g -> { }
            case Stmt.Nonlocal n -> { }
            case Stmt.Expr e -> stmtExpr(loc(s), e.value());
            case Stmt.Pass p -> addop(NOP, loc(s));
            case Stmt.Break b -> breakStmt(loc(s));
            case Stmt.Continue cont -> continueStmt(loc(s));
            case Stmt.With w -> conditional(() -> with(w, w.items(), w.body(), 0, false));
            case Stmt.AsyncWith w -> conditional(() -> with(w, w.items(), w.body(), 0, true));
            case Stmt.AsyncFor f -> conditional(() -> asyncFor(f));
        }
    }

    private void conditional(Runnable body) {
        boolean saved = c.u.inConditionalBlock;
        c.u.inConditionalBlock = true;
        try {
            body.run();
        } finally {
            c.u.inConditionalBlock = saved;
        }
    }

    private void stmtExpr(Location loc, Expr value) {
        if (c.interactive && c.u.scopeType == ScopeType.MODULE) {
            visitExpr(value);
            addopI(CALL_INTRINSIC_1, INTRINSIC_PRINT, loc);
            addop(POP_TOP, NO_LOCATION);
            return;
        }
        if (value instanceof Expr.Constant) {
            addop(NOP, loc);
            return;
        }
        visitExpr(value);
        addop(POP_TOP, NO_LOCATION);
    }

    private void ifStmt(Stmt.If s) {
        int end = newLabel();
        int next = s.orelse().isEmpty() ? end : newLabel();
        jumpIf(loc(s), s.test(), next, false);
        s.body().forEach(this::visitStmt);
        if (!s.orelse().isEmpty()) {
            addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
            useLabel(next);
            s.orelse().forEach(this::visitStmt);
        }
        useLabel(end);
    }

    private void forStmt(Stmt.For s) {
        Location loc = loc(s);
        int start = newLabel();
        int body = newLabel();
        int cleanup = newLabel();
        int end = newLabel();
        c.pushFBlock(loc, FBlockType.FOR_LOOP, start, end, null);
        visitExpr(s.iter());
        loc = loc(s.iter());
        addop(GET_ITER, loc);
        useLabel(start);
        addopJ(FOR_ITER, cleanup, loc);
        addop(NOP, loc(s.target()));
        useLabel(body);
        visitExpr(s.target());
        s.body().forEach(this::visitStmt);
        addopJ(JUMP, start, NO_LOCATION);
        useLabel(cleanup);
        addop(END_FOR, NO_LOCATION);
        addop(POP_ITER, NO_LOCATION);
        c.popFBlock(FBlockType.FOR_LOOP);
        s.orelse().forEach(this::visitStmt);
        useLabel(end);
    }

    private void asyncFor(Stmt.AsyncFor s) {
        Location loc = loc(s);
        int start = newLabel();
        int send = newLabel();
        int except = newLabel();
        int end = newLabel();
        visitExpr(s.iter());
        addop(GET_AITER, loc(s.iter()));
        useLabel(start);
        c.pushFBlock(loc, FBlockType.ASYNC_FOR_LOOP, start, end, null);
        addopJ(SETUP_FINALLY, except, loc);
        addop(GET_ANEXT, loc);
        loadConst(Const.NONE, loc);
        useLabel(send);
        addYieldFrom(loc, true);
        addop(POP_BLOCK, loc);
        addop(NOT_TAKEN, loc);
        visitExpr(s.target());
        s.body().forEach(this::visitStmt);
        addopJ(JUMP, start, NO_LOCATION);
        c.popFBlock(FBlockType.ASYNC_FOR_LOOP);
        useLabel(except);
        addopJ(END_ASYNC_FOR, send, loc(s.iter()));
        s.orelse().forEach(this::visitStmt);
        useLabel(end);
    }

    private void whileStmt(Stmt.While s) {
        int loop = newLabel();
        int end = newLabel();
        int anchor = newLabel();
        useLabel(loop);
        c.pushFBlock(loc(s), FBlockType.WHILE_LOOP, loop, end, null);
        jumpIf(loc(s), s.test(), anchor, false);
        s.body().forEach(this::visitStmt);
        addopJ(JUMP, loop, NO_LOCATION);
        c.popFBlock(FBlockType.WHILE_LOOP);
        useLabel(anchor);
        s.orelse().forEach(this::visitStmt);
        useLabel(end);
    }

    private void returnStmt(Stmt.Return s) {
        Location loc = loc(s);
        Expr value = s.value();
        boolean preserveTos = value != null && !(value instanceof Expr.Constant);
        Symtable.Entry ste = c.u.ste;
        if (!ste.isFunctionLike()) throw c.error(loc, "'return' outside function");
        if (value != null && ste.coroutine && ste.generator) throw c.error(loc, "'return' with value in async generator");
        if (preserveTos) {
            visitExpr(value);
        } else if (value != null) {
            loc = loc(value);
            addop(NOP, loc);
        }
        if (value == null || value.lineno() != s.lineno()) {
            loc = loc(s);
            addop(NOP, loc);
        }
        Location[] ploc = {loc};
        unwindFBlockStack(ploc, preserveTos, null);
        loc = ploc[0];
        if (value == null) loadConst(Const.NONE, loc);
        else if (!preserveTos) loadConst(constValue((Expr.Constant) value), loc);
        addop(RETURN_VALUE, loc);
    }

    private void breakStmt(Location loc) {
        Location origin = loc;
        addop(NOP, loc);
        Location[] ploc = {loc};
        FBlock[] loop = {null};
        unwindFBlockStack(ploc, false, loop);
        if (loop[0] == null) throw c.error(origin, "'break' outside loop");
        unwindFBlock(ploc, loop[0], false);
        addopJ(JUMP, loop[0].exit(), ploc[0]);
    }

    private void continueStmt(Location loc) {
        Location origin = loc;
        addop(NOP, loc);
        Location[] ploc = {loc};
        FBlock[] loop = {null};
        unwindFBlockStack(ploc, false, loop);
        if (loop[0] == null) throw c.error(origin, "'continue' not properly in loop");
        addopJ(JUMP, loop[0].block(), ploc[0]);
    }

    private void callExitWithNones(Location loc) {
        loadConst(Const.NONE, loc);
        loadConst(Const.NONE, loc);
        loadConst(Const.NONE, loc);
        addopI(CALL, 3, loc);
    }

    /** codegen_add_yield_from. */
    private void addYieldFrom(Location loc, boolean await) {
        int send = newLabel();
        int fail = newLabel();
        int exit = newLabel();
        useLabel(send);
        addopJ(SEND, exit, loc);
        addopJ(SETUP_FINALLY, fail, loc);
        addopI(YIELD_VALUE, 1, loc);
        addop(POP_BLOCK, NO_LOCATION);
        addopI(RESUME, await ? RESUME_AFTER_AWAIT : RESUME_AFTER_YIELD_FROM, loc);
        addopJ(JUMP_NO_INTERRUPT, send, loc);
        useLabel(fail);
        addop(CLEANUP_THROW, loc);
        useLabel(exit);
        addop(END_SEND, loc);
    }

    private void popExceptAndReraise(Location loc) {
        addopI(COPY, 3, loc);
        addop(POP_EXCEPT, loc);
        addopI(RERAISE, 1, loc);
    }

    /** codegen_unwind_fblock. */
    @SuppressWarnings("unchecked")
    private void unwindFBlock(Location[] ploc, FBlock info, boolean preserveTos) {
        switch (info.type()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR, STOP_ITERATION -> { }
            case FOR_LOOP, ASYNC_FOR_LOOP -> {
                if (preserveTos) addopI(SWAP, 2, ploc[0]);
                addop(POP_TOP, ploc[0]);
            }
            case TRY_EXCEPT -> addop(POP_BLOCK, ploc[0]);
            case FINALLY_TRY -> {
                addop(POP_BLOCK, ploc[0]);
                if (preserveTos) c.pushFBlock(ploc[0], FBlockType.POP_VALUE, NO_LABEL, NO_LABEL, null);
                ((List<Stmt>) info.datum()).forEach(this::visitStmt);
                if (preserveTos) c.popFBlock(FBlockType.POP_VALUE);
                ploc[0] = NO_LOCATION;
            }
            case FINALLY_END -> {
                if (preserveTos) addopI(SWAP, 2, ploc[0]);
                addop(POP_TOP, ploc[0]);
                if (preserveTos) addopI(SWAP, 2, ploc[0]);
                addop(POP_BLOCK, ploc[0]);
                addop(POP_EXCEPT, ploc[0]);
            }
            case WITH, ASYNC_WITH -> {
                ploc[0] = info.loc();
                addop(POP_BLOCK, ploc[0]);
                if (preserveTos) {
                    addopI(SWAP, 3, ploc[0]);
                    addopI(SWAP, 2, ploc[0]);
                }
                callExitWithNones(ploc[0]);
                if (info.type() == FBlockType.ASYNC_WITH) {
                    awaitResult(2, ploc[0]);
                }
                addop(POP_TOP, ploc[0]);
                ploc[0] = NO_LOCATION;
            }
            case HANDLER_CLEANUP -> {
                if (info.datum() != null) addop(POP_BLOCK, ploc[0]);
                if (preserveTos) addopI(SWAP, 2, ploc[0]);
                addop(POP_BLOCK, ploc[0]);
                addop(POP_EXCEPT, ploc[0]);
                if (info.datum() != null) {
                    loadConst(Const.NONE, ploc[0]);
                    nameop(ploc[0], (String) info.datum(), ExprContext.Store);
                    nameop(ploc[0], (String) info.datum(), ExprContext.Del);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) addopI(SWAP, 2, ploc[0]);
                addop(POP_TOP, ploc[0]);
            }
        }
    }

    /** codegen_unwind_fblock_stack: unwind to the innermost loop (loop != null) or all blocks. */
    private void unwindFBlockStack(Location[] ploc, boolean preserveTos, FBlock[] loop) {
        FBlock top = c.topFBlock();
        if (top == null) return;
        if (top.type() == FBlockType.EXCEPTION_GROUP_HANDLER) {
            throw c.error(ploc[0], "'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if (loop != null && (top.type() == FBlockType.WHILE_LOOP || top.type() == FBlockType.FOR_LOOP
                || top.type() == FBlockType.ASYNC_FOR_LOOP)) {
            loop[0] = top;
            return;
        }
        c.popFBlock(top.type());
        unwindFBlock(ploc, top, preserveTos);
        unwindFBlockStack(ploc, preserveTos, loop);
        c.pushFBlock(top.loc(), top.type(), top.block(), top.exit(), top.datum());
    }

    /** codegen_try_finally (and codegen_try_star_finally). */
    private void tryFinally(Stmt s, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
            List<Stmt> finalbody, boolean star) {
        Location loc = loc(s);
        int bodyLabel = newLabel();
        int end = newLabel();
        int exit = newLabel();
        int cleanup = newLabel();
        addopJ(SETUP_FINALLY, end, loc);
        useLabel(bodyLabel);
        c.pushFBlock(loc, FBlockType.FINALLY_TRY, bodyLabel, end, finalbody);
        if (!handlers.isEmpty()) {
            if (star) tryStarExcept(s, body, handlers, orelse);
            else tryExcept(s, body, handlers, orelse);
        } else {
            body.forEach(this::visitStmt);
        }
        addop(POP_BLOCK, NO_LOCATION);
        c.popFBlock(FBlockType.FINALLY_TRY);
        finalbody.forEach(this::visitStmt);
        addopJ(JUMP_NO_INTERRUPT, exit, NO_LOCATION);
        useLabel(end);
        loc = NO_LOCATION;
        addopJ(SETUP_CLEANUP, cleanup, loc);
        addop(PUSH_EXC_INFO, loc);
        c.pushFBlock(loc, FBlockType.FINALLY_END, end, NO_LABEL, null);
        finalbody.forEach(this::visitStmt);
        c.popFBlock(FBlockType.FINALLY_END);
        addopI(RERAISE, 0, loc);
        useLabel(cleanup);
        popExceptAndReraise(loc);
        useLabel(exit);
    }

    /** The guarded body shared by try/except and try/except*: SETUP_FINALLY, body, POP_BLOCK. */
    private void tryBody(Location loc, List<Stmt> body, int except) {
        int bodyLabel = newLabel();
        addopJ(SETUP_FINALLY, except, loc);
        useLabel(bodyLabel);
        c.pushFBlock(loc, FBlockType.TRY_EXCEPT, bodyLabel, NO_LABEL, null);
        body.forEach(this::visitStmt);
        c.popFBlock(FBlockType.TRY_EXCEPT);
        addop(POP_BLOCK, NO_LOCATION);
    }

    /** name = None; del name (artificial): an except handler's name does not outlive it. */
    private void clearHandlerName(String name) {
        loadConst(Const.NONE, NO_LOCATION);
        nameop(NO_LOCATION, name, ExprContext.Store);
        nameop(NO_LOCATION, name, ExprContext.Del);
    }

    /** codegen_try_except. */
    private void tryExcept(Stmt s, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        Location loc = loc(s);
        int except = newLabel();
        int end = newLabel();
        int cleanup = newLabel();
        tryBody(loc, body, except);
        orelse.forEach(this::visitStmt);
        addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
        int n = handlers.size();
        useLabel(except);
        addopJ(SETUP_CLEANUP, cleanup, NO_LOCATION);
        addop(PUSH_EXC_INFO, NO_LOCATION);
        c.pushFBlock(loc, FBlockType.EXCEPTION_HANDLER, NO_LABEL, NO_LABEL, null);
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = handlers.get(i);
            Location hloc = loc(handler);
            if (handler.type() == null && i < n - 1) throw c.error(hloc, "default 'except:' must be last");
            except = newLabel();
            if (handler.type() != null) {
                visitExpr(handler.type());
                addop(CHECK_EXC_MATCH, hloc);
                addopJ(POP_JUMP_IF_FALSE, except, hloc);
            }
            if (handler.name() != null) {
                int cleanupEnd = newLabel();
                int cleanupBody = newLabel();
                nameop(hloc, handler.name(), ExprContext.Store);
                addopJ(SETUP_CLEANUP, cleanupEnd, hloc);
                useLabel(cleanupBody);
                c.pushFBlock(hloc, FBlockType.HANDLER_CLEANUP, cleanupBody, NO_LABEL, handler.name());
                handler.body().forEach(this::visitStmt);
                c.popFBlock(FBlockType.HANDLER_CLEANUP);
                addop(POP_BLOCK, NO_LOCATION);
                addop(POP_BLOCK, NO_LOCATION);
                addop(POP_EXCEPT, NO_LOCATION);
                clearHandlerName(handler.name());
                addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
                useLabel(cleanupEnd);
                clearHandlerName(handler.name());
                addopI(RERAISE, 1, NO_LOCATION);
            } else {
                int cleanupBody = newLabel();
                addop(POP_TOP, hloc);
                useLabel(cleanupBody);
                c.pushFBlock(hloc, FBlockType.HANDLER_CLEANUP, cleanupBody, NO_LABEL, null);
                handler.body().forEach(this::visitStmt);
                c.popFBlock(FBlockType.HANDLER_CLEANUP);
                addop(POP_BLOCK, NO_LOCATION);
                addop(POP_EXCEPT, NO_LOCATION);
                addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
            }
            useLabel(except);
        }
        c.popFBlock(FBlockType.EXCEPTION_HANDLER);
        addopI(RERAISE, 0, NO_LOCATION);
        useLabel(cleanup);
        popExceptAndReraise(NO_LOCATION);
        useLabel(end);
    }

    /** codegen_try_star_except. */
    private void tryStarExcept(Stmt s, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse) {
        Location loc = loc(s);
        int except = newLabel();
        int orelseLabel = newLabel();
        int end = newLabel();
        int cleanup = newLabel();
        int reraiseStar = newLabel();
        tryBody(loc, body, except);
        addopJ(JUMP_NO_INTERRUPT, orelseLabel, NO_LOCATION);
        int n = handlers.size();
        useLabel(except);
        addopJ(SETUP_CLEANUP, cleanup, NO_LOCATION);
        addop(PUSH_EXC_INFO, NO_LOCATION);
        c.pushFBlock(loc, FBlockType.EXCEPTION_GROUP_HANDLER, NO_LABEL, NO_LABEL, "except handler");
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = handlers.get(i);
            Location hloc = loc(handler);
            except = newLabel();
            int exceptWithError = newLabel();
            int noMatch = newLabel();
            if (i == 0) {
                addopI(BUILD_LIST, 0, hloc);
                addopI(COPY, 2, hloc);
            }
            if (handler.type() != null) {
                visitExpr(handler.type());
                addop(CHECK_EG_MATCH, hloc);
                addopI(COPY, 1, hloc);
                addopJ(POP_JUMP_IF_NONE, noMatch, hloc);
            }
            int cleanupEnd = newLabel();
            int cleanupBody = newLabel();
            if (handler.name() != null) nameop(hloc, handler.name(), ExprContext.Store);
            else addop(POP_TOP, hloc);
            addopJ(SETUP_CLEANUP, cleanupEnd, hloc);
            useLabel(cleanupBody);
            c.pushFBlock(hloc, FBlockType.HANDLER_CLEANUP, cleanupBody, NO_LABEL, handler.name());
            handler.body().forEach(this::visitStmt);
            c.popFBlock(FBlockType.HANDLER_CLEANUP);
            addop(POP_BLOCK, NO_LOCATION);
            if (handler.name() != null) {
                clearHandlerName(handler.name());
            }
            addopJ(JUMP_NO_INTERRUPT, except, NO_LOCATION);
            useLabel(cleanupEnd);
            if (handler.name() != null) {
                clearHandlerName(handler.name());
            }
            addopI(LIST_APPEND, 3, NO_LOCATION);
            addop(POP_TOP, NO_LOCATION);
            addopJ(JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
            useLabel(except);
            addop(NOP, NO_LOCATION);
            addopJ(JUMP_NO_INTERRUPT, exceptWithError, NO_LOCATION);
            useLabel(noMatch);
            addop(POP_TOP, hloc);
            useLabel(exceptWithError);
            if (i == n - 1) {
                addopI(LIST_APPEND, 1, NO_LOCATION);
                addopJ(JUMP_NO_INTERRUPT, reraiseStar, NO_LOCATION);
            }
        }
        c.popFBlock(FBlockType.EXCEPTION_GROUP_HANDLER);
        int reraise = newLabel();
        useLabel(reraiseStar);
        addopI(CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, NO_LOCATION);
        addopI(COPY, 1, NO_LOCATION);
        addopJ(POP_JUMP_IF_NOT_NONE, reraise, NO_LOCATION);
        addop(POP_TOP, NO_LOCATION);
        addop(POP_BLOCK, NO_LOCATION);
        addop(POP_EXCEPT, NO_LOCATION);
        addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
        useLabel(reraise);
        addop(POP_BLOCK, NO_LOCATION);
        addopI(SWAP, 2, NO_LOCATION);
        addop(POP_EXCEPT, NO_LOCATION);
        addopI(RERAISE, 0, NO_LOCATION);
        useLabel(cleanup);
        popExceptAndReraise(NO_LOCATION);
        useLabel(orelseLabel);
        orelse.forEach(this::visitStmt);
        useLabel(end);
    }

    /** codegen_import_as. */
    private void importAs(Location loc, String name, String asname) {
        int dot = name.indexOf('.');
        if (dot >= 0) {
            while (true) {
                int pos = dot + 1;
                dot = name.indexOf('.', pos);
                String attr = name.substring(pos, dot >= 0 ? dot : name.length());
                addopN(IMPORT_FROM, attr, c.u.names, loc);
                if (dot < 0) break;
                addopI(SWAP, 2, loc);
                addop(POP_TOP, loc);
            }
            nameop(loc, asname, ExprContext.Store);
            addop(POP_TOP, loc);
            return;
        }
        nameop(loc, asname, ExprContext.Store);
    }

    private void importStmt(Stmt.Import s) {
        Location loc = loc(s);
        for (Alias alias : s.names()) {
            loadConst(0L, loc);
            loadConst(Const.NONE, loc);
            addopName(IMPORT_NAME, alias.name(), loc);
            if (alias.asname() != null) {
                importAs(loc, alias.name(), alias.asname());
            } else {
                int dot = alias.name().indexOf('.');
                nameop(loc, dot >= 0 ? alias.name().substring(0, dot) : alias.name(), ExprContext.Store);
            }
        }
    }

    private void fromImport(Stmt.ImportFrom s) {
        Location loc = loc(s);
        loadConst((long) s.level(), loc);
        List<Object> names = new ArrayList<>();
        for (Alias a : s.names()) names.add(a.name());
        loadConst(new Const.Tuple(names), loc);
        addopName(IMPORT_NAME, s.module() != null ? s.module() : "", loc);
        for (int i = 0; i < s.names().size(); i++) {
            Alias alias = s.names().get(i);
            if (i == 0 && alias.name().startsWith("*")) {
                addopI(CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, loc);
                addop(POP_TOP, NO_LOCATION);
                return;
            }
            addopName(IMPORT_FROM, alias.name(), loc);
            nameop(loc, alias.asname() != null ? alias.asname() : alias.name(), ExprContext.Store);
        }
        addop(POP_TOP, loc);
    }

    private void assertStmt(Stmt.Assert s) {
        Expr test = s.test();
        if ((test instanceof Expr.Tuple t && !t.elts().isEmpty())
                || (test instanceof Expr.Constant k && Const.fromAst(k.value()) instanceof Const.Tuple ct
                    && !ct.items().isEmpty())) {
            c.warn(loc(s), "assertion is always true, perhaps remove parentheses?");
        }
        if (c.optimize > 0) return;
        int end = newLabel();
        jumpIf(loc(s), test, end, true);
        addopI(LOAD_COMMON_CONSTANT, CONSTANT_ASSERTIONERROR, loc(s));
        if (s.msg() != null) {
            visitExpr(s.msg());
            addopI(CALL, 0, loc(s));
        }
        addopI(RAISE_VARARGS, 1, loc(test));
        useLabel(end);
    }

    // ---- names ----

    /** codegen_nameop. */
    private void nameop(Location loc, String name, ExprContext ctx) {
        String mangled = c.maybeMangle(name);
        int scope = c.u.ste.scope(mangled);
        int[] arg = {0};
        Compiler.OpType type = c.resolveNameop(mangled, scope, arg);
        Symtable.Entry ste = c.u.ste;
        int op;
        switch (type) {
            case DEREF -> {
                switch (ctx) {
                    case Load -> {
                        if (ste.type == Symtable.BlockType.CLASS && c.u.inInlinedComp == 0) {
                            op = LOAD_FROM_DICT_OR_DEREF;
                            addop(LOAD_LOCALS, loc);
                        } else if (ste.canSeeClassScope) {
                            op = LOAD_FROM_DICT_OR_DEREF;
                            addopN(LOAD_DEREF, "__classdict__", c.u.freevars, loc);
                        } else {
                            op = LOAD_DEREF;
                        }
                    }
                    case Store -> op = STORE_DEREF;
                    default -> op = DELETE_DEREF;
                }
            }
            case FAST -> {
                op = switch (ctx) {
                    case Load -> LOAD_FAST;
                    case Store -> STORE_FAST;
                    default -> DELETE_FAST;
                };
                addopN(op, mangled, c.u.varnames, loc);
                return;
            }
            case GLOBAL -> {
                switch (ctx) {
                    case Load -> {
                        if (ste.canSeeClassScope && scope == Symtable.GLOBAL_IMPLICIT) {
                            op = LOAD_FROM_DICT_OR_GLOBALS;
                            addopN(LOAD_DEREF, "__classdict__", c.u.freevars, loc);
                        } else {
                            op = LOAD_GLOBAL;
                        }
                    }
                    case Store -> op = STORE_GLOBAL;
                    default -> op = DELETE_GLOBAL;
                }
            }
            default -> op = switch (ctx) {
                case Load -> ste.type == Symtable.BlockType.CLASS && c.u.inInlinedComp > 0 ? LOAD_GLOBAL : LOAD_NAME;
                case Store -> STORE_NAME;
                default -> DELETE_NAME;
            };
        }
        addopI(op, op == LOAD_GLOBAL ? arg[0] << 1 : arg[0], loc);
    }

    // ---- expressions ----

    private void boolOp(Expr.BoolOp e) {
        Location loc = loc(e);
        int jumpi = e.op() == BoolOperator.And ? JUMP_IF_FALSE : JUMP_IF_TRUE;
        int end = newLabel();
        List<Expr> s = e.values();
        int n = s.size() - 1;
        for (int i = 0; i < n; i++) {
            visitExpr(s.get(i));
            addopJ(jumpi, end, loc);
            addop(POP_TOP, loc);
        }
        visitExpr(s.get(n));
        useLabel(end);
    }

    /** starunpack_helper_impl. */
    private void starunpackHelper(Location loc, List<Expr> elts, String injectedArg, int pushed, int build, int add,
            int extend, boolean tuple) {
        int n = elts.size();
        boolean big = n + pushed + (injectedArg != null ? 1 : 0) > STACK_USE_GUIDELINE;
        boolean seenStar = false;
        for (Expr elt : elts) {
            if (elt instanceof Expr.Starred) {
                seenStar = true;
                break;
            }
        }
        if (!seenStar && !big) {
            elts.forEach(this::visitExpr);
            if (injectedArg != null) {
                nameop(loc, injectedArg, ExprContext.Load);
                n++;
            }
            addopI(tuple ? BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        boolean built = false;
        if (big) {
            addopI(build, pushed, loc);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred st) {
                if (!built) {
                    addopI(build, i + pushed, loc);
                    built = true;
                }
                visitExpr(st.value());
                addopI(extend, 1, loc);
            } else {
                visitExpr(elt);
                if (built) addopI(add, 1, loc);
            }
        }
        if (injectedArg != null) {
            nameop(loc, injectedArg, ExprContext.Load);
            addopI(add, 1, loc);
        }
        if (tuple) addopI(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
    }

    private void unpackHelper(Location loc, List<Expr> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Expr.Starred && !seenStar) {
                if (i >= (1 << 8) || n - i - 1 >= (Integer.MAX_VALUE >> 8)) {
                    throw c.error(loc, "too many expressions in star-unpacking assignment");
                }
                addopI(UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            } else if (elt instanceof Expr.Starred) {
                throw c.error(loc, "multiple starred expressions in assignment");
            }
        }
        if (!seenStar) addopI(UNPACK_SEQUENCE, n, loc);
    }

    private void assignmentHelper(Location loc, List<Expr> elts) {
        unpackHelper(loc, elts);
        for (Expr elt : elts) visitExpr(elt instanceof Expr.Starred st ? st.value() : elt);
    }

    private void subdict(Expr.Dict e, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        Location loc = loc(e);
        if (big) addopI(BUILD_MAP, 0, loc);
        for (int i = begin; i < end; i++) {
            visitExpr(e.keys().get(i));
            visitExpr(e.values().get(i));
            if (big) addopI(MAP_ADD, 1, loc);
        }
        if (!big) addopI(BUILD_MAP, n, loc);
    }

    private void dict(Expr.Dict e) {
        Location loc = loc(e);
        int n = e.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            boolean unpacking = e.keys().get(i) == null;
            if (unpacking) {
                if (elements > 0) {
                    subdict(e, i - elements, i);
                    if (haveDict) addopI(DICT_UPDATE, 1, loc);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    addopI(BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                visitExpr(e.values().get(i));
                addopI(DICT_UPDATE, 1, loc);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(e, i - elements, i + 1);
                if (haveDict) addopI(DICT_UPDATE, 1, loc);
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(e, n - elements, n);
            if (haveDict) addopI(DICT_UPDATE, 1, loc);
            haveDict = true;
        }
        if (!haveDict) addopI(BUILD_MAP, 0, loc);
    }

    private void compare(Expr.Compare e) {
        Location loc = loc(e);
        checkCompare(e);
        visitExpr(e.left());
        int n = e.ops().size() - 1;
        if (n == 0) {
            visitExpr(e.comparators().get(0));
            addCompare(loc, e.ops().get(0));
            return;
        }
        int cleanup = newLabel();
        for (int i = 0; i < n; i++) {
            visitExpr(e.comparators().get(i));
            addopI(SWAP, 2, loc);
            addopI(COPY, 2, loc);
            addCompare(loc, e.ops().get(i));
            addopI(COPY, 1, loc);
            addop(TO_BOOL, loc);
            addopJ(POP_JUMP_IF_FALSE, cleanup, loc);
            addop(POP_TOP, loc);
        }
        visitExpr(e.comparators().get(n));
        addCompare(loc, e.ops().get(n));
        int end = newLabel();
        addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
        useLabel(cleanup);
        addopI(SWAP, 2, loc);
        addop(POP_TOP, loc);
        useLabel(end);
    }

    private void checkCaller(Expr e) {
        switch (e) {
            case Expr.Constant k -> warnNotCallable(e);
            case Expr.Tuple t -> warnNotCallable(e);
            case Expr.List l -> warnNotCallable(e);
            case Expr.ListComp l -> warnNotCallable(e);
            case Expr.Dict d -> warnNotCallable(e);
            case Expr.DictComp d -> warnNotCallable(e);
            case Expr.Set s -> warnNotCallable(e);
            case Expr.SetComp s -> warnNotCallable(e);
            case Expr.GeneratorExp g -> warnNotCallable(e);
            case Expr.JoinedStr j -> warnNotCallable(e);
            case Expr.TemplateStr t -> warnNotCallable(e);
            case Expr.FormattedValue f -> warnNotCallable(e);
            case Expr.Interpolation i -> warnNotCallable(e);
            default -> { }
        }
    }

    private void warnNotCallable(Expr e) {
        c.warn(loc(e), "'" + inferType(e) + "' object is not callable; perhaps you missed a comma?");
    }

    private void checkSubscripter(Expr e) {
        boolean warn = switch (e) {
            case Expr.Constant k -> {
                Object v = Const.fromAst(k.value());
                yield v instanceof ConstantSingleton || v instanceof Long || v instanceof java.math.BigInteger
                        || v instanceof Boolean || v instanceof Double || v instanceof Const.Complex
                        || v instanceof Const.FrozenSet;
            }
            case Expr.Set s -> true;
            case Expr.SetComp s -> true;
            case Expr.GeneratorExp g -> true;
            case Expr.TemplateStr t -> true;
            case Expr.Interpolation i -> true;
            case Expr.Lambda l -> true;
            default -> false;
        };
        if (warn) c.warn(loc(e), "'" + inferType(e) + "' object is not subscriptable; perhaps you missed a comma?");
    }

    private void checkIndex(Expr e, Expr s) {
        String indexType = inferType(s);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || s instanceof Expr.Slice) return;
        boolean warn = switch (e) {
            case Expr.Constant k -> {
                Object v = Const.fromAst(k.value());
                yield v instanceof String || v instanceof Const.Bytes || v instanceof Const.Tuple;
            }
            case Expr.Tuple t -> true;
            case Expr.List l -> true;
            case Expr.ListComp l -> true;
            case Expr.JoinedStr j -> true;
            case Expr.FormattedValue f -> true;
            default -> false;
        };
        if (warn) {
            c.warn(loc(e), inferType(e) + " indices must be integers or slices, not " + indexType
                    + "; perhaps you missed a comma?");
        }
    }

    private boolean isImportOriginated(Expr e) {
        return e instanceof Expr.Name n && (c.symtable.top.flags(n.id()) & Symtable.DEF_IMPORT) != 0;
    }

    private boolean canOptimizeSuperCall(Expr.Attribute attr) {
        if (!(attr.value() instanceof Expr.Call call) || !(call.func() instanceof Expr.Name fn)
                || !fn.id().equals("super") || attr.attr().equals("__class__") || !call.keywords().isEmpty()) {
            return false;
        }
        if (c.u.ste.scope("super") != Symtable.GLOBAL_IMPLICIT) return false;
        if (c.symtable.top.scope("super") != 0) return false;
        int numArgs = call.args().size();
        if (numArgs == 2) {
            for (Expr a : call.args()) if (a instanceof Expr.Starred) return false;
            return true;
        }
        if (numArgs != 0) return false;
        if (c.u.argcount == 0 && c.u.posonlyargcount == 0) return false;
        return c.u.ste.scope("__class__") == Symtable.FREE;
    }

    private void loadArgsForSuper(Expr.Call e) {
        Location loc = loc(e);
        nameop(loc(e.func()), ((Expr.Name) e.func()).id(), ExprContext.Load);
        if (e.args().size() == 2) {
            visitExpr(e.args().get(0));
            visitExpr(e.args().get(1));
            return;
        }
        nameop(loc, "__class__", ExprContext.Load);
        nameop(loc, c.u.varnames.keySet().iterator().next(), ExprContext.Load);
    }

    /** update_start_location_to_match_attr. */
    private static Location matchAttr(Location loc, Expr.Attribute attr) {
        if (loc.lineno() != attr.endLineno()) {
            int lineno = attr.endLineno();
            int len = attr.attr().length();
            int col;
            int endCol = loc.endColOffset();
            if (len <= attr.endColOffset()) {
                col = attr.endColOffset() - len;
            } else {
                col = -1;
                endCol = -1;
            }
            int endLineno = Math.max(lineno, loc.endLineno());
            if (lineno == endLineno) endCol = Math.max(col, endCol);
            return new Location(lineno, endLineno, col, endCol);
        }
        return loc;
    }

    /** maybe_optimize_function_call: inline all()/any()/tuple() of a generator expression. */
    private boolean maybeOptimizeFunctionCall(Expr.Call e, int end) {
        if (!(e.func() instanceof Expr.Name fn && e.args().size() == 1 && e.keywords().isEmpty()
                && e.args().get(0) instanceof Expr.GeneratorExp)) {
            return false;
        }
        Location loc = loc(fn);
        boolean optimized = false;
        int skip = newLabel();
        int constOparg = switch (fn.id()) {
            case "all" -> CONSTANT_ALL;
            case "any" -> CONSTANT_ANY;
            case "tuple" -> CONSTANT_TUPLE;
            default -> -1;
        };
        if (constOparg != -1) {
            boolean initialTrue = constOparg == CONSTANT_ALL;
            addopI(COPY, 1, loc);
            addopI(LOAD_COMMON_CONSTANT, constOparg, loc);
            addCompare(loc, CmpOperator.Is);
            addopJ(POP_JUMP_IF_FALSE, skip, loc);
            addop(POP_TOP, loc);
            if (constOparg == CONSTANT_TUPLE) addopI(BUILD_LIST, 0, loc);
            visitExpr(e.args().get(0));
            int loop = newLabel();
            int cleanup = newLabel();
            useLabel(loop);
            addopJ(FOR_ITER, cleanup, loc);
            if (constOparg == CONSTANT_TUPLE) {
                addopI(LIST_APPEND, 2, loc);
                addopJ(JUMP, loop, loc);
            } else {
                addop(TO_BOOL, loc);
                addopJ(initialTrue ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, loop, loc);
            }
            addop(POP_ITER, NO_LOCATION);
            if (constOparg != CONSTANT_TUPLE) loadConst(!initialTrue, loc);
            addopJ(JUMP, end, loc);
            useLabel(cleanup);
            addop(END_FOR, NO_LOCATION);
            addop(POP_ITER, NO_LOCATION);
            if (constOparg == CONSTANT_TUPLE) addopI(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
            else loadConst(initialTrue, loc);
            optimized = true;
            addopJ(JUMP, end, loc);
        }
        useLabel(skip);
        return optimized;
    }

    /** maybe_optimize_method_call: obj.meth(...) as LOAD_ATTR with the method bit, then CALL. */
    private boolean maybeOptimizeMethodCall(Expr.Call e) {
        if (!(e.func() instanceof Expr.Attribute meth) || meth.ctx() != ExprContext.Load) return false;
        if (isImportOriginated(meth.value())) return false;
        int argsl = e.args().size();
        int kwdsl = e.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
        for (Expr a : e.args()) if (a instanceof Expr.Starred) return false;
        for (Keyword k : e.keywords()) if (k.arg() == null) return false;
        Location loc = loc(meth);
        if (canOptimizeSuperCall(meth)) {
            Expr.Call superCall = (Expr.Call) meth.value();
            loadArgsForSuper(superCall);
            addopName(superCall.args().isEmpty() ? LOAD_ZERO_SUPER_METHOD : LOAD_SUPER_METHOD, meth.attr(), loc);
            loc = matchAttr(loc, meth);
            addop(NOP, loc);
        } else {
            visitExpr(meth.value());
            loc = matchAttr(loc, meth);
            addopName(LOAD_METHOD, meth.attr(), loc);
        }
        e.args().forEach(this::visitExpr);
        if (kwdsl > 0) {
            e.keywords().forEach(k -> visitExpr(k.value()));
            callSimpleKwHelper(loc, e.keywords());
            addopI(CALL_KW, argsl + kwdsl, matchAttr(loc(e), meth));
        } else {
            addopI(CALL, argsl, matchAttr(loc(e), meth));
        }
        return true;
    }

    private void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword key = keywords.get(i);
            if (key.arg() == null) continue;
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (key.arg().equals(other.arg())) throw c.error(loc(other), "keyword argument repeated: " + key.arg());
            }
        }
    }

    private void call(Expr.Call e) {
        validateKeywords(e.keywords());
        if (maybeOptimizeMethodCall(e)) return;
        int skipNormalCall = newLabel();
        checkCaller(e.func());
        visitExpr(e.func());
        maybeOptimizeFunctionCall(e, skipNormalCall);
        addop(PUSH_NULL, loc(e.func()));
        callHelper(loc(e), 0, e.args(), null, e.keywords());
        useLabel(skipNormalCall);
    }

    private void templateStr(Expr.TemplateStr e) {
        Location loc = loc(e);
        boolean lastWasInterpolation = true;
        int stringslen = 0;
        for (Expr value : e.values()) {
            if (value instanceof Expr.Interpolation) {
                if (lastWasInterpolation) {
                    loadConst("", loc);
                    stringslen++;
                }
                lastWasInterpolation = true;
            } else {
                visitExpr(value);
                stringslen++;
                lastWasInterpolation = false;
            }
        }
        if (lastWasInterpolation) {
            loadConst("", loc);
            stringslen++;
        }
        addopI(BUILD_TUPLE, stringslen, loc);
        int interpolations = 0;
        for (Expr value : e.values()) {
            if (value instanceof Expr.Interpolation) {
                visitExpr(value);
                interpolations++;
            }
        }
        addopI(BUILD_TUPLE, interpolations, loc);
        addop(BUILD_TEMPLATE, loc);
    }

    private void joinedStr(Expr.JoinedStr e) {
        Location loc = loc(e);
        int count = e.values().size();
        if (count > STACK_USE_GUIDELINE) {
            loadConst("", loc);
            addopName(LOAD_METHOD, "join", loc);
            addopI(BUILD_LIST, 0, loc);
            for (Expr v : e.values()) {
                visitExpr(v);
                addopI(LIST_APPEND, 1, loc);
            }
            addopI(CALL, 1, loc);
        } else {
            e.values().forEach(this::visitExpr);
            if (count > 1) addopI(BUILD_STRING, count, loc);
            else if (count == 0) loadConst("", loc);
        }
    }

    private static int conversionOparg(int conversion) {
        return switch (conversion) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> throw new IllegalStateException("Unrecognized conversion character " + conversion);
        };
    }

    private void interpolation(Expr.Interpolation e) {
        Location loc = loc(e);
        visitExpr(e.value());
        loadConst(Const.fromAst(e.str()), loc);
        int oparg = 2;
        if (e.formatSpec() != null) {
            oparg++;
            visitExpr(e.formatSpec());
        }
        if (e.conversion() != -1) oparg |= conversionOparg(e.conversion()) << 2;
        addopI(BUILD_INTERPOLATION, oparg, loc);
    }

    private void formattedValue(Expr.FormattedValue e) {
        visitExpr(e.value());
        Location loc = loc(e);
        if (e.conversion() != -1) addopI(CONVERT_VALUE, conversionOparg(e.conversion()), loc);
        if (e.formatSpec() != null) {
            visitExpr(e.formatSpec());
            addop(FORMAT_WITH_SPEC, loc);
        } else {
            addop(FORMAT_SIMPLE, loc);
        }
    }

    private void subkwargs(Location loc, List<Keyword> keywords, int begin, int end) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (big) addopI(BUILD_MAP, 0, NO_LOCATION);
        for (int i = begin; i < end; i++) {
            Keyword kw = keywords.get(i);
            loadConst(kw.arg(), loc);
            visitExpr(kw.value());
            if (big) addopI(MAP_ADD, 1, NO_LOCATION);
        }
        if (!big) addopI(BUILD_MAP, n, loc);
    }

    private void callSimpleKwHelper(Location loc, List<Keyword> keywords) {
        List<Object> names = new ArrayList<>();
        for (Keyword k : keywords) names.add(k.arg());
        loadConst(new Const.Tuple(names), loc);
    }

    /** codegen_call_helper_impl. */
    private void callHelper(Location loc, int n, List<Expr> args, String injectedArg, List<Keyword> keywords) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE;
        for (Expr a : args) if (a instanceof Expr.Starred) exCall = true;
        for (Keyword k : keywords) if (k.arg() == null) exCall = true;
        if (!exCall) {
            args.forEach(this::visitExpr);
            if (injectedArg != null) {
                nameop(loc, injectedArg, ExprContext.Load);
                nelts++;
            }
            if (nkwelts > 0) {
                keywords.forEach(k -> visitExpr(k.value()));
                callSimpleKwHelper(loc, keywords);
                addopI(CALL_KW, n + nelts + nkwelts, loc);
            } else {
                addopI(CALL, n + nelts, loc);
            }
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Expr.Starred st) {
            visitExpr(st.value());
        } else {
            starunpackHelper(loc, args, injectedArg, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(loc, keywords, i - nseen, i);
                        if (haveDict) addopI(DICT_MERGE, 1, loc);
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        addopI(BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    visitExpr(kw.value());
                    addopI(DICT_MERGE, 1, loc);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(loc, keywords, nkwelts - nseen, nkwelts);
                if (haveDict) addopI(DICT_MERGE, 1, loc);
            }
        }
        if (nkwelts == 0) addop(PUSH_NULL, loc);
        addop(CALL_FUNCTION_EX, loc);
    }

    // ---- comprehensions ----

    private void comprehensionGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth,
            Expr elt, Expr val, int type, boolean iterOnStack) {
        if (generators.get(genIndex).isAsync() != 0) {
            asyncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
        } else {
            syncComprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, iterOnStack);
        }
    }

    private void comprehensionElement(Location[] eltLoc, Expr elt, Expr val, int type, int depth) {
        switch (type) {
            case COMP_GENEXP -> {
                visitExpr(elt);
                addopYield(eltLoc[0]);
                addop(POP_TOP, eltLoc[0]);
            }
            case COMP_LISTCOMP -> {
                visitExpr(elt);
                addopI(LIST_APPEND, depth + 1, eltLoc[0]);
            }
            case COMP_SETCOMP -> {
                visitExpr(elt);
                addopI(SET_ADD, depth + 1, eltLoc[0]);
            }
            default -> {
                visitExpr(elt);
                visitExpr(val);
                eltLoc[0] = new Location(elt.lineno(), val.endLineno(), elt.colOffset(), val.endColOffset());
                addopI(MAP_ADD, depth + 1, eltLoc[0]);
            }
        }
    }

    private void syncComprehensionGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth,
            Expr elt, Expr val, int type, boolean iterOnStack) {
        int start = newLabel();
        int ifCleanup = newLabel();
        int anchor = newLabel();
        Comprehension gen = generators.get(genIndex);
        if (!iterOnStack) {
            if (genIndex == 0) {
                addopI(LOAD_FAST, 0, loc);
            } else {
                List<Expr> elts = switch (gen.iter()) {
                    case Expr.List l -> l.elts();
                    case Expr.Tuple t -> t.elts();
                    default -> null;
                };
                if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Expr.Starred)) {
                    visitExpr(elts.get(0));
                    start = NO_LABEL;
                }
                if (start != NO_LABEL) {
                    visitExpr(gen.iter());
                    addop(GET_ITER, loc(gen.iter()));
                }
            }
        }
        if (start != NO_LABEL) {
            depth++;
            useLabel(start);
            addopJ(FOR_ITER, anchor, loc(gen.iter()));
        }
        visitExpr(gen.target());
        for (Expr e : gen.ifs()) jumpIf(loc, e, ifCleanup, false);
        if (++genIndex < generators.size()) {
            comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
        }
        Location[] eltLoc = {loc(elt)};
        if (genIndex >= generators.size()) comprehensionElement(eltLoc, elt, val, type, depth);
        useLabel(ifCleanup);
        if (start != NO_LABEL) {
            addopJ(JUMP, start, eltLoc[0]);
            useLabel(anchor);
            addop(END_FOR, NO_LOCATION);
            addop(POP_ITER, NO_LOCATION);
        }
    }

    private void asyncComprehensionGenerator(Location loc, List<Comprehension> generators, int genIndex, int depth,
            Expr elt, Expr val, int type, boolean iterOnStack) {
        int start = newLabel();
        int send = newLabel();
        int except = newLabel();
        int ifCleanup = newLabel();
        Comprehension gen = generators.get(genIndex);
        if (!iterOnStack) {
            if (genIndex == 0) addopI(LOAD_FAST, 0, loc);
            else visitExpr(gen.iter());
        }
        addop(GET_AITER, loc(gen.iter()));
        useLabel(start);
        c.pushFBlock(loc, FBlockType.ASYNC_COMPREHENSION_GENERATOR, start, NO_LABEL, null);
        addopJ(SETUP_FINALLY, except, loc);
        addop(GET_ANEXT, loc);
        loadConst(Const.NONE, loc);
        useLabel(send);
        addYieldFrom(loc, true);
        addop(POP_BLOCK, loc);
        visitExpr(gen.target());
        for (Expr e : gen.ifs()) jumpIf(loc, e, ifCleanup, false);
        depth++;
        if (++genIndex < generators.size()) {
            comprehensionGenerator(loc, generators, genIndex, depth, elt, val, type, false);
        }
        Location[] eltLoc = {loc(elt)};
        if (genIndex >= generators.size()) comprehensionElement(eltLoc, elt, val, type, depth);
        useLabel(ifCleanup);
        addopJ(JUMP, start, eltLoc[0]);
        c.popFBlock(FBlockType.ASYNC_COMPREHENSION_GENERATOR);
        useLabel(except);
        addopJ(END_ASYNC_FOR, send, loc);
    }

    /** _PyCompile_InlinedComprehensionState. */
    private static final class InlineState {
        List<String> pushedLocals;
        Map<String, int[]> tempSymbols;
        Set<String> fastHidden;
        int cleanup = NO_LABEL;
    }

    /** _PyCompile_TweakInlinedComprehensionScopes + codegen_push_inlined_comprehension_locals. */
    private void pushInlinedComprehensionState(Location loc, Symtable.Entry comp, InlineState state) {
        Compiler.Unit u = c.u;
        Symtable.Entry outer = u.ste;
        boolean inClassBlock = outer.type == Symtable.BlockType.CLASS && u.inInlinedComp == 0;
        u.inInlinedComp++;
        for (Map.Entry<String, Integer> sym : comp.symbols.entrySet()) {
            String k = sym.getKey();
            int symbol = sym.getValue();
            int scope = comp.scope(k);
            int outsymbol = outer.flags(k);
            int outsc = outer.scope(k);
            if ((scope != outsc && scope != Symtable.FREE && !(scope == Symtable.CELL && outsc == Symtable.FREE))
                    || inClassBlock) {
                if (state.tempSymbols == null) state.tempSymbols = new java.util.LinkedHashMap<>();
                state.tempSymbols.put(k, new int[] {outsymbol, outsc, outer.symbols.containsKey(k) ? 1 : 0});
                outer.symbols.put(k, symbol);
                outer.scopes.put(k, scope);
            }
            boolean boundHere = (symbol & Symtable.DEF_LOCAL) != 0 && (symbol & Symtable.DEF_NONLOCAL) == 0;
            if ((boundHere || inClassBlock) && !outer.isFunctionLike()) {
                if (!Boolean.TRUE.equals(u.fasthidden.get(k))) {
                    u.fasthidden.put(k, true);
                    if (state.fastHidden == null) state.fastHidden = new HashSet<>();
                    state.fastHidden.add(k);
                }
            }
        }
        for (Map.Entry<String, Integer> sym : comp.symbols.entrySet()) {
            String k = sym.getKey();
            int symbol = sym.getValue();
            int scope = comp.scope(k);
            int outsc = state.tempSymbols != null && state.tempSymbols.containsKey(k) ? state.tempSymbols.get(k)[1]
                    : outer.scope(k);
            if (((symbol & Symtable.DEF_LOCAL) != 0 && (symbol & Symtable.DEF_NONLOCAL) == 0) || inClassBlock) {
                if (state.pushedLocals == null) state.pushedLocals = new ArrayList<>();
                addopN(LOAD_FAST_AND_CLEAR, k, u.varnames, loc);
                if (scope == Symtable.CELL) {
                    if (outsc == Symtable.FREE) addopN(MAKE_CELL, k, u.freevars, loc);
                    else addopN(MAKE_CELL, k, u.cellvars, loc);
                }
                state.pushedLocals.add(k);
            }
        }
        if (state.pushedLocals != null) {
            addopI(SWAP, state.pushedLocals.size() + 1, loc);
            state.cleanup = newLabel();
            addopJ(SETUP_FINALLY, state.cleanup, loc);
        }
    }

    private void restoreInlinedComprehensionLocals(Location loc, InlineState state) {
        int npops = state.pushedLocals.size();
        addopI(SWAP, npops + 1, loc);
        for (int i = npops - 1; i >= 0; i--) {
            addopN(STORE_FAST_MAYBE_NULL, state.pushedLocals.get(i), c.u.varnames, loc);
        }
    }

    private void popInlinedComprehensionState(Location loc, InlineState state) {
        if (state.pushedLocals != null) {
            addop(POP_BLOCK, NO_LOCATION);
            int end = newLabel();
            addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
            useLabel(state.cleanup);
            addopI(SWAP, 2, NO_LOCATION);
            addop(POP_TOP, NO_LOCATION);
            restoreInlinedComprehensionLocals(loc, state);
            addopI(RERAISE, 0, NO_LOCATION);
            useLabel(end);
            restoreInlinedComprehensionLocals(loc, state);
        }
        Compiler.Unit u = c.u;
        u.inInlinedComp--;
        if (state.tempSymbols != null) {
            for (Map.Entry<String, int[]> e : state.tempSymbols.entrySet()) {
                int[] saved = e.getValue();
                if (saved[2] == 0) {
                    u.ste.symbols.remove(e.getKey());
                    u.ste.scopes.remove(e.getKey());
                } else {
                    u.ste.symbols.put(e.getKey(), saved[0]);
                    u.ste.scopes.put(e.getKey(), saved[1]);
                }
            }
        }
        if (state.fastHidden != null) {
            for (String k : state.fastHidden) u.fasthidden.put(k, false);
        }
    }

    /** codegen_comprehension. */
    private void comprehension(Expr e, int type, String name, List<Comprehension> generators, Expr elt, Expr val) {
        Symtable.Entry entry = c.symtable.lookup(e);
        boolean inlined = entry.compInlined;
        boolean asyncComprehension = entry.coroutine;
        Location loc = loc(e);
        Comprehension outermost = generators.get(0);
        InlineState state = new InlineState();
        if (inlined) {
            visitExpr(outermost.iter());
            addop(outermost.isAsync() != 0 ? GET_AITER : GET_ITER, loc);
            pushInlinedComprehensionState(loc, entry, state);
        } else {
            enterScope(name, ScopeType.COMPREHENSION, e, e.lineno(), null, 1, 0, 0);
        }
        if (type != COMP_GENEXP) {
            addopI(type == COMP_LISTCOMP ? BUILD_LIST : type == COMP_SETCOMP ? BUILD_SET : BUILD_MAP, 0, loc);
            if (inlined) addopI(SWAP, 2, loc);
        }
        comprehensionGenerator(loc, generators, 0, 0, elt, val, type, inlined);
        if (inlined) {
            popInlinedComprehensionState(loc, state);
            return;
        }
        if (type != COMP_GENEXP) addop(RETURN_VALUE, loc(e));
        if (type == COMP_GENEXP) wrapInStopIterationHandler();
        CodeObject co = c.optimizeAndAssemble(true);
        c.exitScope();
        makeClosure(loc, co, 0);
        visitExpr(outermost.iter());
        addop(outermost.isAsync() != 0 ? GET_AITER : GET_ITER, loc);
        addopI(CALL, 0, loc);
        if (asyncComprehension && type != COMP_GENEXP) {
            awaitResult(0, loc);
        }
    }

    private void addopYield(Location loc) {
        Symtable.Entry ste = c.u.ste;
        if (ste.generator && ste.coroutine) addopI(CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc);
        addopI(YIELD_VALUE, 0, loc);
        addopI(RESUME, RESUME_AFTER_YIELD, loc);
    }

    // ---- with ----

    private void withExceptFinish(int cleanup) {
        int suppress = newLabel();
        addop(TO_BOOL, NO_LOCATION);
        addopJ(POP_JUMP_IF_TRUE, suppress, NO_LOCATION);
        addopI(RERAISE, 2, NO_LOCATION);
        useLabel(suppress);
        addop(POP_TOP, NO_LOCATION);
        addop(POP_BLOCK, NO_LOCATION);
        addop(POP_EXCEPT, NO_LOCATION);
        addop(POP_TOP, NO_LOCATION);
        addop(POP_TOP, NO_LOCATION);
        addop(POP_TOP, NO_LOCATION);
        int exit = newLabel();
        addopJ(JUMP_NO_INTERRUPT, exit, NO_LOCATION);
        useLabel(cleanup);
        popExceptAndReraise(NO_LOCATION);
        useLabel(exit);
    }

    /** codegen_with and codegen_async_with: one item per level, the body at the innermost. */
    private void with(Stmt s, List<WithItem> items, List<Stmt> body, int pos, boolean isAsync) {
        WithItem item = items.get(pos);
        int block = newLabel();
        int fin = newLabel();
        int exit = newLabel();
        int cleanup = newLabel();
        visitExpr(item.contextExpr());
        Location loc = loc(item.contextExpr());
        addopI(COPY, 1, loc);
        addopI(LOAD_SPECIAL, isAsync ? SPECIAL_AEXIT : SPECIAL_EXIT, loc);
        addopI(SWAP, 2, loc);
        addopI(SWAP, 3, loc);
        addopI(LOAD_SPECIAL, isAsync ? SPECIAL_AENTER : SPECIAL_ENTER, loc);
        addopI(CALL, 0, loc);
        if (isAsync) awaitResult(1, loc);
        addopJ(SETUP_WITH, fin, loc);
        useLabel(block);
        FBlockType type = isAsync ? FBlockType.ASYNC_WITH : FBlockType.WITH;
        c.pushFBlock(loc, type, block, fin, s);
        if (item.optionalVars() != null) visitExpr(item.optionalVars());
        else addop(POP_TOP, loc);
        pos++;
        if (pos == items.size()) body.forEach(this::visitStmt);
        else with(s, items, body, pos, isAsync);
        if (isAsync) {
            c.popFBlock(type);
            addop(POP_BLOCK, loc);
        } else {
            addop(POP_BLOCK, NO_LOCATION);
            c.popFBlock(type);
        }
        callExitWithNones(loc);
        if (isAsync) awaitResult(2, loc);
        addop(POP_TOP, loc);
        addopJ(JUMP, exit, loc);
        useLabel(fin);
        addopJ(SETUP_CLEANUP, cleanup, loc);
        addop(PUSH_EXC_INFO, loc);
        addop(WITH_EXCEPT_START, loc);
        if (isAsync) awaitResult(2, loc);
        withExceptFinish(cleanup);
        useLabel(exit);
    }

    /** GET_AWAITABLE where, then the yield-from loop that awaits it. */
    private void awaitResult(int where, Location loc) {
        addopI(GET_AWAITABLE, where, loc);
        loadConst(Const.NONE, loc);
        addYieldFrom(loc, true);
    }

    // ---- expression visitor ----

    private static int unaryop(UnaryOperator op) {
        return op == UnaryOperator.Invert ? UNARY_INVERT : UNARY_NEGATIVE;
    }

    static int binaryOparg(Operator op, boolean inplace) {
        int base = switch (op) {
            case Add -> NB_ADD;
            case Sub -> NB_SUBTRACT;
            case Mult -> NB_MULTIPLY;
            case MatMult -> NB_MATRIX_MULTIPLY;
            case Div -> NB_TRUE_DIVIDE;
            case Mod -> NB_REMAINDER;
            case Pow -> NB_POWER;
            case LShift -> NB_LSHIFT;
            case RShift -> NB_RSHIFT;
            case BitOr -> NB_OR;
            case BitXor -> NB_XOR;
            case BitAnd -> NB_AND;
            case FloorDiv -> NB_FLOOR_DIVIDE;
        };
        return inplace ? base + NB_INPLACE_ADD : base;
    }

    private void visitExpr(Expr e) {
        Location loc = loc(e);
        switch (e) {
            case Expr.NamedExpr n -> {
                visitExpr(n.value());
                addopI(COPY, 1, loc);
                visitExpr(n.target());
            }
            case Expr.BoolOp b -> boolOp(b);
            case Expr.BinOp b -> {
                Expr.JoinedStr formatted = AstPreprocess.optimizeFormat(b);
                if (formatted != null) {
                    visitExpr(formatted);
                    return;
                }
                visitExpr(b.left());
                visitExpr(b.right());
                addopI(BINARY_OP, binaryOparg(b.op(), false), loc);
            }
            case Expr.UnaryOp u -> {
                visitExpr(u.operand());
                if (u.op() == UnaryOperator.UAdd) {
                    addopI(CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
                } else if (u.op() == UnaryOperator.Not) {
                    addop(TO_BOOL, loc);
                    addop(UNARY_NOT, loc);
                } else {
                    addop(unaryop(u.op()), loc);
                }
            }
            case Expr.Lambda l -> lambda(l);
            case Expr.IfExp i -> {
                int end = newLabel();
                int next = newLabel();
                jumpIf(loc, i.test(), next, false);
                visitExpr(i.body());
                addopJ(JUMP_NO_INTERRUPT, end, NO_LOCATION);
                useLabel(next);
                visitExpr(i.orelse());
                useLabel(end);
            }
            case Expr.Dict d -> dict(d);
            case Expr.Set s -> starunpackHelper(loc, s.elts(), null, 0, BUILD_SET, SET_ADD, SET_UPDATE, false);
            case Expr.GeneratorExp g -> comprehension(e, COMP_GENEXP, "<genexpr>", g.generators(), g.elt(), null);
            case Expr.ListComp l -> comprehension(e, COMP_LISTCOMP, "<listcomp>", l.generators(), l.elt(), null);
            case Expr.SetComp s -> comprehension(e, COMP_SETCOMP, "<setcomp>", s.generators(), s.elt(), null);
            case Expr.DictComp d -> comprehension(e, COMP_DICTCOMP, "<dictcomp>", d.generators(), d.key(), d.value());
            case Expr.Yield y -> {
                if (!c.u.ste.isFunctionLike()) throw c.error(loc, "'yield' outside function");
                if (y.value() != null) visitExpr(y.value());
                else loadConst(Const.NONE, loc);
                addopYield(loc);
            }
            case Expr.YieldFrom y -> {
                if (!c.u.ste.isFunctionLike()) throw c.error(loc, "'yield from' outside function");
                if (c.u.scopeType == ScopeType.ASYNC_FUNCTION) throw c.error(loc, "'yield from' inside async function");
                visitExpr(y.value());
                addop(GET_YIELD_FROM_ITER, loc);
                loadConst(Const.NONE, loc);
                addYieldFrom(loc, false);
            }
            case Expr.Await a -> {
                visitExpr(a.value());
                awaitResult(0, loc);
            }
            case Expr.Compare cmp -> compare(cmp);
            case Expr.Call call -> call(call);
            case Expr.Constant k -> loadConst(constValue(k), loc);
            case Expr.JoinedStr j -> joinedStr(j);
            case Expr.TemplateStr t -> templateStr(t);
            case Expr.FormattedValue f -> formattedValue(f);
            case Expr.Interpolation i -> interpolation(i);
            case Expr.Attribute a -> attribute(a, loc);
            case Expr.Subscript s -> subscript(s);
            case Expr.Starred s -> throw c.error(loc, s.ctx() == ExprContext.Store
                    ? "starred assignment target must be in a list or tuple" : "can't use starred expression here");
            case Expr.Slice s -> slice(s);
            case Expr.Name n -> {
                if (n.ctx() == ExprContext.Load && n.id().equals("__debug__")) {
                    loadConst(c.optimize == 0, loc);
                } else {
                    nameop(loc, n.id(), n.ctx());
                }
            }
            case Expr.List l -> {
                if (l.ctx() == ExprContext.Store) assignmentHelper(loc, l.elts());
                else if (l.ctx() == ExprContext.Load) {
                    starunpackHelper(loc, l.elts(), null, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false);
                } else l.elts().forEach(this::visitExpr);
            }
            case Expr.Tuple t -> {
                if (t.ctx() == ExprContext.Store) assignmentHelper(loc, t.elts());
                else if (t.ctx() == ExprContext.Load) {
                    starunpackHelper(loc, t.elts(), null, 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true);
                } else t.elts().forEach(this::visitExpr);
            }
        }
    }

    private void attribute(Expr.Attribute a, Location loc) {
        if (a.ctx() == ExprContext.Load && canOptimizeSuperCall(a)) {
            Expr.Call superCall = (Expr.Call) a.value();
            loadArgsForSuper(superCall);
            addopName(superCall.args().isEmpty() ? LOAD_ZERO_SUPER_ATTR : LOAD_SUPER_ATTR, a.attr(), loc);
            addop(NOP, matchAttr(loc, a));
            return;
        }
        if (a.ctx() == ExprContext.Store && a.value() instanceof Expr.Name n && n.id().equals("self")) {
            c.addStaticAttribute(a.attr());
        }
        visitExpr(a.value());
        loc = matchAttr(loc, a);
        switch (a.ctx()) {
            case Load -> addopName(LOAD_ATTR, a.attr(), loc);
            case Store -> addopName(STORE_ATTR, a.attr(), loc);
            case Del -> addopName(DELETE_ATTR, a.attr(), loc);
        }
    }

    private void lambda(Expr.Lambda e) {
        Arguments args = e.args();
        Location loc = loc(e);
        int funcflags = defaultArguments(loc, args);
        enterScope("<lambda>", ScopeType.LAMBDA, e, e.lineno(), null, args.args().size(), args.posonlyargs().size(),
                args.kwonlyargs().size());
        visitExpr(e.body());
        CodeObject co;
        if (c.u.ste.generator) {
            co = c.optimizeAndAssemble(false);
        } else {
            addop(RETURN_VALUE, loc(e.body()));
            co = c.optimizeAndAssemble(true);
        }
        c.exitScope();
        makeClosure(loc, co, funcflags);
    }

    private static boolean isConstantSlice(Expr s) {
        return s instanceof Expr.Slice sl && (sl.lower() == null || sl.lower() instanceof Expr.Constant)
                && (sl.upper() == null || sl.upper() instanceof Expr.Constant)
                && (sl.step() == null || sl.step() instanceof Expr.Constant);
    }

    private static boolean twoElementSlice(Expr s) {
        return !isConstantSlice(s) && s instanceof Expr.Slice sl && sl.step() == null;
    }

    private void sliceTwoParts(Expr.Slice s) {
        if (s.lower() != null) visitExpr(s.lower());
        else loadConst(Const.NONE, loc(s));
        if (s.upper() != null) visitExpr(s.upper());
        else loadConst(Const.NONE, loc(s));
    }

    private static Object sliceBound(Expr e) {
        return e == null ? Const.NONE : Const.fromAst(((Expr.Constant) e).value());
    }

    private void slice(Expr.Slice s) {
        if (isConstantSlice(s)) {
            loadConst(new Const.Slice(sliceBound(s.lower()), sliceBound(s.upper()), sliceBound(s.step())), loc(s));
            return;
        }
        int n = 2;
        sliceTwoParts(s);
        if (s.step() != null) {
            n++;
            visitExpr(s.step());
        }
        addopI(BUILD_SLICE, n, loc(s));
    }

    private void subscript(Expr.Subscript e) {
        Location loc = loc(e);
        ExprContext ctx = e.ctx();
        if (ctx == ExprContext.Load) {
            checkSubscripter(e.value());
            checkIndex(e.value(), e.slice());
        }
        visitExpr(e.value());
        if (twoElementSlice(e.slice()) && ctx != ExprContext.Del) {
            sliceTwoParts((Expr.Slice) e.slice());
            addop(ctx == ExprContext.Load ? BINARY_SLICE : STORE_SLICE, loc);
        } else {
            visitExpr(e.slice());
            switch (ctx) {
                case Load -> addopI(BINARY_OP, NB_SUBSCR, loc);
                case Store -> addop(STORE_SUBSCR, loc);
                case Del -> addop(DELETE_SUBSCR, loc);
            }
        }
    }

    private void augAssign(Stmt.AugAssign s) {
        Expr e = s.target();
        Location loc = loc(e);
        switch (e) {
            case Expr.Attribute a -> {
                visitExpr(a.value());
                addopI(COPY, 1, loc);
                addopName(LOAD_ATTR, a.attr(), matchAttr(loc, a));
            }
            case Expr.Subscript sub -> {
                visitExpr(sub.value());
                if (twoElementSlice(sub.slice())) {
                    sliceTwoParts((Expr.Slice) sub.slice());
                    addopI(COPY, 3, loc);
                    addopI(COPY, 3, loc);
                    addopI(COPY, 3, loc);
                    addop(BINARY_SLICE, loc);
                } else {
                    visitExpr(sub.slice());
                    addopI(COPY, 2, loc);
                    addopI(COPY, 2, loc);
                    addopI(BINARY_OP, NB_SUBSCR, loc);
                }
            }
            case Expr.Name n -> nameop(loc, n.id(), ExprContext.Load);
            default -> throw new IllegalStateException("invalid node type for augmented assignment");
        }
        visitExpr(s.value());
        addopI(BINARY_OP, binaryOparg(s.op(), true), loc(s));
        switch (e) {
            case Expr.Attribute a -> {
                Location l = matchAttr(loc, a);
                addopI(SWAP, 2, l);
                addopName(STORE_ATTR, a.attr(), l);
            }
            case Expr.Subscript sub -> {
                if (twoElementSlice(sub.slice())) {
                    addopI(SWAP, 4, loc);
                    addopI(SWAP, 3, loc);
                    addopI(SWAP, 2, loc);
                    addop(STORE_SLICE, loc);
                } else {
                    addopI(SWAP, 3, loc);
                    addopI(SWAP, 2, loc);
                    addop(STORE_SUBSCR, loc);
                }
            }
            default -> nameop(loc, ((Expr.Name) e).id(), ExprContext.Store);
        }
    }

    private void checkAnnExpr(Expr e) {
        visitExpr(e);
        addop(POP_TOP, loc(e));
    }

    private void checkAnnSubscr(Expr e) {
        switch (e) {
            case Expr.Slice s -> {
                if (s.lower() != null) checkAnnExpr(s.lower());
                if (s.upper() != null) checkAnnExpr(s.upper());
                if (s.step() != null) checkAnnExpr(s.step());
            }
            case Expr.Tuple t -> t.elts().forEach(this::checkAnnSubscr);
            default -> checkAnnExpr(e);
        }
    }

    /** codegen_annassign. */
    private void annAssign(Stmt.AnnAssign s) {
        Location loc = loc(s);
        Expr targ = s.target();
        if (s.value() != null) {
            visitExpr(s.value());
            visitExpr(targ);
        }
        switch (targ) {
            case Expr.Name n -> {
                ScopeType scope = c.u.scopeType;
                if (s.simple() != 0 && (scope == ScopeType.MODULE || scope == ScopeType.CLASS)) {
                    if (c.futureAnnotations) {
                        loadConst(Unparse.expr(s.annotation()), loc(s.annotation()));
                        addopN(LOAD_NAME, "__annotations__", c.u.names, loc);
                        loadConst(c.maybeMangle(n.id()), loc);
                        addop(STORE_SUBSCR, loc);
                    } else {
                        Integer index = addDeferredAnnotation(s);
                        if (index != null) {
                            if (scope == ScopeType.CLASS) {
                                addopN(LOAD_DEREF, "__conditional_annotations__", c.u.cellvars, loc);
                            } else {
                                addopN(LOAD_NAME, "__conditional_annotations__", c.u.names, loc);
                            }
                            loadConst((long) index, loc);
                            addopI(SET_ADD, 1, loc);
                            addop(POP_TOP, loc);
                        }
                    }
                }
            }
            case Expr.Attribute a -> {
                if (s.value() == null) checkAnnExpr(a.value());
            }
            case Expr.Subscript sub -> {
                if (s.value() == null) {
                    checkAnnExpr(sub.value());
                    checkAnnSubscr(sub.slice());
                }
            }
            default -> throw new IllegalStateException("invalid node type for annotated assignment");
        }
    }

    /** _PyCompile_AddDeferredAnnotation: the conditional index, or null when always set. */
    private Integer addDeferredAnnotation(Stmt.AnnAssign s) {
        Compiler.Unit u = c.u;
        if (u.deferredAnnotations == null) {
            u.deferredAnnotations = new ArrayList<>();
            u.conditionalAnnotationIndices = new ArrayList<>();
        }
        u.deferredAnnotations.add(s);
        if (u.scopeType == ScopeType.MODULE || u.inConditionalBlock) {
            int index = u.nextConditionalAnnotationIndex++;
            u.conditionalAnnotationIndices.add(index);
            return index;
        }
        u.conditionalAnnotationIndices.add(-1);
        return null;
    }

    // ---- pattern matching ----

    /** pattern_context. */
    private static final class PatternContext {
        List<String> stores;
        boolean allowIrrefutable;
        List<Integer> failPop = new ArrayList<>();
        int onTop;
    }

    private static boolean wildcard(Pattern p) {
        return p instanceof Pattern.MatchAs a && a.name() == null && a.pattern() == null;
    }

    private static boolean wildcardStar(Pattern p) {
        return p instanceof Pattern.MatchStar s && s.name() == null;
    }

    private void ensureFailPop(PatternContext pc, int n) {
        while (pc.failPop.size() < n + 1) pc.failPop.add(newLabel());
    }

    private void jumpToFailPop(Location loc, PatternContext pc, int op) {
        int pops = pc.onTop + pc.stores.size();
        ensureFailPop(pc, pops);
        addopJ(op, pc.failPop.get(pops), loc);
    }

    private void emitAndResetFailPop(Location loc, PatternContext pc) {
        if (pc.failPop.isEmpty()) return;
        for (int i = pc.failPop.size() - 1; i > 0; i--) {
            useLabel(pc.failPop.get(i));
            addop(POP_TOP, loc);
        }
        useLabel(pc.failPop.get(0));
        pc.failPop = new ArrayList<>();
    }

    private void patternHelperRotate(Location loc, int count) {
        while (1 < count) addopI(SWAP, count--, loc);
    }

    private void patternHelperStoreName(Location loc, String n, PatternContext pc) {
        if (n == null) {
            addop(POP_TOP, loc);
            return;
        }
        if (pc.stores.contains(n)) throw c.error(loc, "multiple assignments to name '" + n + "' in pattern");
        patternHelperRotate(loc, pc.onTop + pc.stores.size() + 1);
        pc.stores.add(n);
    }

    private void patternUnpackHelper(Location loc, List<Pattern> elts) {
        int n = elts.size();
        boolean seenStar = false;
        for (int i = 0; i < n; i++) {
            Pattern elt = elts.get(i);
            if (elt instanceof Pattern.MatchStar && !seenStar) {
                addopI(UNPACK_EX, i + ((n - i - 1) << 8), loc);
                seenStar = true;
            } else if (elt instanceof Pattern.MatchStar) {
                throw c.error(loc, "multiple starred expressions in sequence pattern");
            }
        }
        if (!seenStar) addopI(UNPACK_SEQUENCE, n, loc);
    }

    private void patternSubpattern(Pattern p, PatternContext pc) {
        boolean allow = pc.allowIrrefutable;
        pc.allowIrrefutable = true;
        pattern(p, pc);
        pc.allowIrrefutable = allow;
    }

    private void pattern(Pattern p, PatternContext pc) {
        Location loc = loc(p);
        switch (p) {
            case Pattern.MatchValue v -> {
                Expr value = AstPreprocess.foldMatchValue(v.value());
                if (!(value instanceof Expr.Constant || value instanceof Expr.Attribute)) {
                    throw c.error(loc, "patterns may only match literals and attribute lookups");
                }
                visitExpr(value);
                addCompare(loc, CmpOperator.Eq);
                addop(TO_BOOL, loc);
                jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSingleton s -> {
                loadConst(Const.fromAst(s.value()), loc);
                addCompare(loc, CmpOperator.Is);
                jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
            }
            case Pattern.MatchSequence s -> patternSequence(s, pc);
            case Pattern.MatchMapping m -> patternMapping(m, pc);
            case Pattern.MatchClass cl -> patternClass(cl, pc);
            case Pattern.MatchStar s -> patternHelperStoreName(loc, s.name(), pc);
            case Pattern.MatchAs a -> {
                if (a.pattern() == null) {
                    if (!pc.allowIrrefutable) {
                        if (a.name() != null) {
                            throw c.error(loc, "name capture '" + a.name() + "' makes remaining patterns unreachable");
                        }
                        throw c.error(loc, "wildcard makes remaining patterns unreachable");
                    }
                    patternHelperStoreName(loc, a.name(), pc);
                    return;
                }
                pc.onTop++;
                addopI(COPY, 1, loc);
                pattern(a.pattern(), pc);
                pc.onTop--;
                patternHelperStoreName(loc, a.name(), pc);
            }
            case Pattern.MatchOr o -> patternOr(o, pc);
        }
    }

    private void patternClass(Pattern.MatchClass p, PatternContext pc) {
        Location loc = loc(p);
        List<Pattern> patterns = p.patterns();
        List<String> kwdAttrs = p.kwdAttrs();
        List<Pattern> kwdPatterns = p.kwdPatterns();
        int nargs = patterns.size();
        int nattrs = kwdAttrs.size();
        for (int i = 0; i < nattrs; i++) {
            for (int j = i + 1; j < nattrs; j++) {
                if (kwdAttrs.get(i).equals(kwdAttrs.get(j))) {
                    throw c.error(loc(kwdPatterns.get(j)), "attribute name repeated in class pattern: " + kwdAttrs.get(i));
                }
            }
        }
        visitExpr(p.cls());
        loadConst(new Const.Tuple(new ArrayList<>(kwdAttrs)), loc);
        addopI(MATCH_CLASS, nargs, loc);
        addopI(COPY, 1, loc);
        loadConst(Const.NONE, loc);
        addopI(IS_OP, 1, loc);
        pc.onTop++;
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        addopI(UNPACK_SEQUENCE, nargs + nattrs, loc);
        pc.onTop += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; i++) {
            pc.onTop--;
            Pattern pattern = i < nargs ? patterns.get(i) : kwdPatterns.get(i - nargs);
            if (wildcard(pattern)) {
                addop(POP_TOP, loc);
                continue;
            }
            patternSubpattern(pattern, pc);
        }
    }

    private void patternMapping(Pattern.MatchMapping p, PatternContext pc) {
        Location loc = loc(p);
        List<Expr> keys = p.keys();
        List<Pattern> patterns = p.patterns();
        int size = keys.size();
        String starTarget = p.rest();
        pc.onTop++;
        addop(MATCH_MAPPING, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (size == 0 && starTarget == null) {
            pc.onTop--;
            addop(POP_TOP, loc);
            return;
        }
        if (size > 0) {
            addop(GET_LEN, loc);
            loadConst((long) size, loc);
            addCompare(loc, CmpOperator.GtE);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < size; i++) {
            Expr key = AstPreprocess.foldMatchValue(keys.get(i));
            if (key instanceof Expr.Constant k) {
                Object kk = Const.key(Const.fromAst(k.value()));
                if (!seen.add(kk)) {
                    throw c.error(loc, "mapping pattern checks duplicate key (" + Const.repr(Const.fromAst(k.value())) + ")");
                }
            } else if (!(key instanceof Expr.Attribute)) {
                throw c.error(loc, "mapping pattern keys may only match literals and attribute lookups");
            }
            visitExpr(key);
        }
        addopI(BUILD_TUPLE, size, loc);
        addop(MATCH_KEYS, loc);
        pc.onTop += 2;
        addopI(COPY, 1, loc);
        loadConst(Const.NONE, loc);
        addopI(IS_OP, 1, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        addopI(UNPACK_SEQUENCE, size, loc);
        pc.onTop += size - 1;
        for (int i = 0; i < size; i++) {
            pc.onTop--;
            patternSubpattern(patterns.get(i), pc);
        }
        pc.onTop -= 2;
        if (starTarget != null) {
            addopI(BUILD_MAP, 0, loc);
            addopI(SWAP, 3, loc);
            addopI(DICT_UPDATE, 2, loc);
            addopI(UNPACK_SEQUENCE, size, loc);
            while (size > 0) {
                addopI(COPY, 1 + size--, loc);
                addopI(SWAP, 2, loc);
                addop(DELETE_SUBSCR, loc);
            }
            patternHelperStoreName(loc, starTarget, pc);
        } else {
            addop(POP_TOP, loc);
            addop(POP_TOP, loc);
        }
    }

    private void patternOr(Pattern.MatchOr p, PatternContext pc) {
        Location loc = loc(p);
        int end = newLabel();
        int size = p.patterns().size();
        List<String> oldStores = pc.stores;
        boolean oldAllow = pc.allowIrrefutable;
        List<Integer> oldFailPop = pc.failPop;
        int oldOnTop = pc.onTop;
        List<String> control = null;
        for (int i = 0; i < size; i++) {
            Pattern alt = p.patterns().get(i);
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = i == size - 1 && oldAllow;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            addopI(COPY, 1, loc(alt));
            pattern(alt, pc);
            int nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                throw c.error(loc, "alternative patterns bind different names");
            } else if (nstores > 0) {
                for (int icontrol = nstores - 1; icontrol >= 0; icontrol--) {
                    String name = control.get(icontrol);
                    int istores = pc.stores.indexOf(name);
                    if (istores < 0) throw c.error(loc, "alternative patterns bind different names");
                    if (icontrol != istores) {
                        int rotations = istores + 1;
                        List<String> rotated = new ArrayList<>(pc.stores.subList(0, rotations));
                        pc.stores.subList(0, rotations).clear();
                        pc.stores.addAll(icontrol - istores, rotated);
                        while (rotations-- > 0) patternHelperRotate(loc(alt), icontrol + 1);
                    }
                }
            }
            addopJ(JUMP, end, loc(alt));
            emitAndResetFailPop(loc(alt), pc);
        }
        pc.stores = oldStores;
        pc.allowIrrefutable = oldAllow;
        pc.failPop = oldFailPop;
        pc.onTop = oldOnTop;
        addop(POP_TOP, loc);
        jumpToFailPop(loc, pc, JUMP);
        useLabel(end);
        int nstores = control.size();
        int nrots = nstores + 1 + pc.onTop + pc.stores.size();
        for (int i = 0; i < nstores; i++) {
            patternHelperRotate(loc, nrots);
            String name = control.get(i);
            if (pc.stores.contains(name)) throw c.error(loc, "multiple assignments to name '" + name + "' in pattern");
            pc.stores.add(name);
        }
        addop(POP_TOP, loc);
    }

    private void patternSequence(Pattern.MatchSequence p, PatternContext pc) {
        Location loc = loc(p);
        List<Pattern> patterns = p.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern pattern = patterns.get(i);
            if (pattern instanceof Pattern.MatchStar) {
                if (star >= 0) throw c.error(loc, "multiple starred names in sequence pattern");
                starWildcard = wildcardStar(pattern);
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= wildcard(pattern);
        }
        pc.onTop++;
        addop(MATCH_SEQUENCE, loc);
        jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            addop(GET_LEN, loc);
            loadConst((long) size, loc);
            addCompare(loc, CmpOperator.Eq);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            addop(GET_LEN, loc);
            loadConst((long) (size - 1), loc);
            addCompare(loc, CmpOperator.GtE);
            jumpToFailPop(loc, pc, POP_JUMP_IF_FALSE);
        }
        pc.onTop--;
        if (onlyWildcard) {
            addop(POP_TOP, loc);
        } else if (starWildcard) {
            pc.onTop++;
            for (int i = 0; i < size; i++) {
                Pattern pattern = patterns.get(i);
                if (wildcard(pattern) || i == star) continue;
                addopI(COPY, 1, loc);
                if (i < star) {
                    loadConst((long) i, loc);
                } else {
                    addop(GET_LEN, loc);
                    loadConst((long) (size - i), loc);
                    addopI(BINARY_OP, NB_SUBTRACT, loc);
                }
                addopI(BINARY_OP, NB_SUBSCR, loc);
                patternSubpattern(pattern, pc);
            }
            pc.onTop--;
            addop(POP_TOP, loc);
        } else {
            patternUnpackHelper(loc, patterns);
            pc.onTop += size;
            for (Pattern pattern : patterns) {
                pc.onTop--;
                patternSubpattern(pattern, pc);
            }
        }
    }

    /** codegen_match_inner. */
    private void match(Stmt.Match s) {
        PatternContext pc = new PatternContext();
        visitExpr(s.subject());
        int end = newLabel();
        int cases = s.cases().size();
        MatchCase last = s.cases().get(cases - 1);
        boolean hasDefault = wildcard(last.pattern()) && 1 < cases;
        int n = cases - (hasDefault ? 1 : 0);
        for (int i = 0; i < n; i++) {
            MatchCase m = s.cases().get(i);
            if (i != n - 1) addopI(COPY, 1, loc(m.pattern()));
            pc.stores = new ArrayList<>();
            pc.allowIrrefutable = m.guard() != null || i == cases - 1;
            pc.failPop = new ArrayList<>();
            pc.onTop = 0;
            pattern(m.pattern(), pc);
            for (String name : pc.stores) nameop(loc(m.pattern()), name, ExprContext.Store);
            if (m.guard() != null) {
                ensureFailPop(pc, 0);
                jumpIf(loc(m.pattern()), m.guard(), pc.failPop.get(0), false);
            }
            if (i != n - 1) addop(POP_TOP, InstrSequence.NEXT_LOCATION);
            m.body().forEach(this::visitStmt);
            addopJ(JUMP, end, NO_LOCATION);
            emitAndResetFailPop(loc(m.pattern()), pc);
        }
        if (hasDefault) {
            if (cases == 1) addop(POP_TOP, loc(last.pattern()));
            else addop(NOP, loc(last.pattern()));
            if (last.guard() != null) jumpIf(loc(last.pattern()), last.guard(), end, false);
            last.body().forEach(this::visitStmt);
        }
        useLabel(end);
    }
}
