package tierpy.compile;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tierpy.ast.Alias;
import tierpy.ast.Arg;
import tierpy.ast.Arguments;
import tierpy.ast.Comprehension;
import tierpy.ast.ExceptHandler;
import tierpy.ast.Expr;
import tierpy.ast.ExprContext;
import tierpy.ast.Keyword;
import tierpy.ast.Located;
import tierpy.ast.MatchCase;
import tierpy.ast.Mod;
import tierpy.ast.Pattern;
import tierpy.ast.Stmt;
import tierpy.ast.TypeParam;
import tierpy.ast.WithItem;
import tierpy.parse.PySyntaxError;

/**
 * Mirrors Python/symtable.c: the two passes that decide the scope of every name. Pass one records
 * raw facts per block (defined, used, parameter, global, nonlocal, ...); pass two (analyze_block)
 * resolves LOCAL / GLOBAL_EXPLICIT / GLOBAL_IMPLICIT / FREE / CELL, inlines comprehensions (PEP
 * 709) and handles class, annotation (PEP 649) and type-parameter scopes.
 */
public final class Symtable {
    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 4;
    public static final int DEF_NONLOCAL = 8;
    public static final int USE = 16;
    public static final int DEF_FREE_CLASS = 32;
    public static final int DEF_IMPORT = 64;
    public static final int DEF_ANNOT = 128;
    public static final int DEF_COMP_ITER = 256;
    public static final int DEF_TYPE_PARAM = 512;
    public static final int DEF_COMP_CELL = 1024;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;

    public enum BlockType { FUNCTION, CLASS, MODULE, ANNOTATION, TYPE_ALIAS, TYPE_PARAMETERS, TYPE_VARIABLE }

    public enum CompKind { NONE, LIST, DICT, SET, GENERATOR }

    /** One symbol table entry (PySTEntryObject). */
    public static final class Entry {
        public final String name;
        public final BlockType type;
        public final Location loc;
        /** Raw flags, then (after analysis) the resolved scope in {@link #scopes}. */
        public final Map<String, Integer> symbols = new LinkedHashMap<>();
        public final Map<String, Integer> scopes = new LinkedHashMap<>();
        public final List<String> varnames = new ArrayList<>();
        public final List<Entry> children = new ArrayList<>();
        List<Location> directiveLocs = new ArrayList<>();
        List<String> directiveNames = new ArrayList<>();
        public Set<String> mangledNames;
        public boolean nested, generator, coroutine, varargs, varkeywords, returnsValue;
        public boolean needsClassClosure, needsClassdict, compInlined, canSeeClassScope;
        public boolean hasConditionalAnnotations, hasDocstring, method, annotationsUsed;
        public CompKind comprehension = CompKind.NONE;
        boolean compIterTarget, inConditionalBlock, inUnevaluatedAnnotation;
        int compIterExpr;
        String scopeInfo;
        public Entry annotationBlock;

        Entry(String name, BlockType type, Location loc) {
            this.name = name;
            this.type = type;
            this.loc = loc;
        }

        public boolean isFunctionLike() {
            return type != BlockType.CLASS && type != BlockType.MODULE;
        }

        public int flags(String name) {
            return symbols.getOrDefault(name, 0);
        }

        /** _PyST_GetScope: 0 when the name is unknown here. */
        public int scope(String name) {
            return scopes.getOrDefault(name, 0);
        }

        @Override
        public String toString() {
            return "<symtable entry " + name + ", line " + loc.lineno() + ">";
        }
    }

    private final String filename;
    private final Map<Object, Entry> blocks = new IdentityHashMap<>();
    private final List<Entry> stack = new ArrayList<>();
    private Entry cur;
    public Entry top;
    private Map<String, Integer> global;
    private String privateName;
    private final boolean futureAnnotations;

    private Symtable(String filename, boolean futureAnnotations, boolean topLevelAwait, boolean stripDocstrings) {
        this.filename = filename;
        this.futureAnnotations = futureAnnotations;
        this.topLevelAwait = topLevelAwait;
        this.stripDocstrings = stripDocstrings;
    }

    /** -OO: docstrings are dropped (ast_preprocess removes them), so no block has one. */
    private final boolean stripDocstrings;

    private boolean hasDocstring(List<Stmt> body) {
        return !stripDocstrings && Codegen.docstring(body) != null;
    }

    /** PyCF_ALLOW_TOP_LEVEL_AWAIT: await, async for/with and async comprehensions in module code. */
    private final boolean topLevelAwait;

    /** allows_top_level_await: the flag is set and the current block is the module's. */
    private boolean allowsTopLevelAwait() {
        return topLevelAwait && cur.type == BlockType.MODULE;
    }

    /** _PySymtable_Build. */
    public static Symtable build(Mod mod, String filename, boolean futureAnnotations, boolean topLevelAwait,
            boolean stripDocstrings) {
        Symtable st = new Symtable(filename, futureAnnotations, topLevelAwait, stripDocstrings);
        st.enterBlock("top", BlockType.MODULE, mod, new Location(0, 0, 0, 0));
        st.top = st.cur;
        switch (mod) {
            case Mod.Module m -> {
                if (st.hasDocstring(m.body())) st.cur.hasDocstring = true;
                m.body().forEach(st::visitStmt);
            }
            case Mod.Expression e -> st.visitExpr(e.body());
            case Mod.Interactive i -> i.body().forEach(st::visitStmt);
            case Mod.FunctionType f -> throw new IllegalArgumentException("this compiler does not handle FunctionTypes");
        }
        st.exitBlock();
        st.analyzeBlock(st.top, null, new HashSet<>(), new HashSet<>(), new HashSet<>(), null);
        return st;
    }

    /** _PySymtable_Lookup: the entry created for an AST node (or annotation key). */
    public Entry lookup(Object key) {
        Entry e = blocks.get(key);
        if (e == null) throw new IllegalStateException("unknown symbol table entry for " + key);
        return e;
    }

    /** Key of a TypeVar's default-value scope (CPython uses the node address + 1). */
    public record DefaultKey(TypeParam param) {
        @Override
        public boolean equals(Object o) {
            return o instanceof DefaultKey k && k.param == param;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(param);
        }
    }

    private final Map<TypeParam, DefaultKey> defaultKeys = new IdentityHashMap<>();

    public DefaultKey defaultKey(TypeParam tp) {
        return defaultKeys.computeIfAbsent(tp, DefaultKey::new);
    }

    private PySyntaxError error(String message, Location loc) {
        return new PySyntaxError("SyntaxError", message, filename, loc.lineno(), loc.colOffset() + 1, loc.endLineno(),
                loc.endColOffset() + 1, null);
    }

    // ---- analysis (pass two) ----

    private void analyzeName(Entry ste, Map<String, Integer> scopes, String name, int flags, Set<String> bound,
            Set<String> local, Set<String> free, Set<String> global, Set<String> typeParams, Entry classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) bound.remove(name);
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.contains(name)) throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            if (typeParams.contains(name)) {
                throw errorAtDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, FREE);
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) typeParams.add(name);
            else typeParams.remove(name);
            return;
        }
        if (classEntry != null) {
            int classFlags = classEntry.flags(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            free.add(name);
            return;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    private PySyntaxError errorAtDirective(Entry ste, String name, String message) {
        for (int i = 0; i < ste.directiveNames.size(); i++) {
            if (ste.directiveNames.get(i).equals(name)) return error(message, ste.directiveLocs.get(i));
        }
        return error(message, ste.loc);
    }

    private static boolean isFreeInAnyChild(Entry entry, String key) {
        for (Entry child : entry.children) {
            if (child.scope(key) == FREE) return true;
        }
        return false;
    }

    private void inlineComprehension(Entry ste, Entry comp, Map<String, Integer> scopes, Set<String> compFree,
            Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> sym : comp.symbols.entrySet()) {
            String k = sym.getKey();
            int compFlags = sym.getValue();
            if ((compFlags & DEF_PARAM) != 0) continue;
            int scope = comp.scope(k);
            if (scope == CELL || (compFlags & DEF_COMP_CELL) != 0) inlinedCells.add(k);
            Integer existing = ste.symbols.get(k);
            if (scope == FREE && ste.type == BlockType.CLASS && k.equals("__class__")) {
                scope = GLOBAL_IMPLICIT;
                compFree.remove(k);
                removeDunderClass = true;
            }
            if (existing == null) {
                ste.symbols.put(k, compFlags);
                scopes.put(k, scope);
            } else if ((existing & DEF_BOUND) != 0 && ste.type != BlockType.CLASS) {
                if (!isFreeInAnyChild(comp, k)) compFree.remove(k);
            }
        }
        if (removeDunderClass) {
            comp.symbols.remove("__class__");
            comp.scopes.remove("__class__");
        }
    }

    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) continue;
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) continue;
            e.setValue(CELL);
            free.remove(name);
        }
    }

    private static void dropClassFree(Entry ste, Set<String> free) {
        if (free.remove("__class__")) ste.needsClassClosure = true;
        if (free.remove("__classdict__")) ste.needsClassdict = true;
        if (free.remove("__conditional_annotations__")) ste.hasConditionalAnnotations = true;
    }

    private static void updateSymbols(Entry ste, Map<String, Integer> scopes, Set<String> bound, Set<String> free,
            Set<String> inlinedCells, boolean classflag) {
        for (Map.Entry<String, Integer> sym : ste.symbols.entrySet()) {
            String name = sym.getKey();
            int flags = sym.getValue();
            if (inlinedCells.contains(name)) flags |= DEF_COMP_CELL;
            sym.setValue(flags);
            Integer scope = scopes.get(name);
            if (scope == null) throw new IllegalStateException("no scope for " + name);
            ste.scopes.put(name, scope);
        }
        for (String name : free) {
            Integer v = ste.symbols.get(name);
            if (v != null) {
                if (classflag) ste.symbols.put(name, v | DEF_FREE_CLASS);
                continue;
            }
            if (bound != null && !bound.contains(name)) continue;
            ste.symbols.put(name, 0);
            ste.scopes.put(name, FREE);
        }
    }

    private void analyzeBlock(Entry ste, Set<String> bound, Set<String> free, Set<String> global, Set<String> typeParams,
            Entry classEntry) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new LinkedHashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new HashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();
        if (ste.type == BlockType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) newBound.addAll(bound);
        }
        for (Map.Entry<String, Integer> sym : new ArrayList<>(ste.symbols.entrySet())) {
            analyzeName(ste, scopes, sym.getKey(), sym.getValue(), bound, local, free, global, typeParams, classEntry);
        }
        if (ste.type != BlockType.CLASS) {
            if (ste.isFunctionLike()) newBound.addAll(local);
            if (bound != null) newBound.addAll(bound);
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
            newBound.add("__conditional_annotations__");
        }
        for (Entry entry : ste.children) {
            Entry newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.type == BlockType.CLASS) newClassEntry = ste;
                else if (classEntry != null) newClassEntry = classEntry;
            }
            boolean inlineComp = entry.comprehension != CompKind.NONE && !entry.generator && !ste.canSeeClassScope;
            Set<String> childFree = new HashSet<>(newFree);
            analyzeBlock(entry, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal), new HashSet<>(typeParams),
                    newClassEntry);
            if (inlineComp) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
            }
            newFree.addAll(childFree);
        }
        for (int i = ste.children.size() - 1; i >= 0; i--) {
            Entry entry = ste.children.get(i);
            if (entry.compInlined) {
                ste.children.remove(i);
                ste.children.addAll(i, entry.children);
            }
        }
        if (ste.isFunctionLike()) analyzeCells(scopes, newFree, inlinedCells);
        else if (ste.type == BlockType.CLASS) dropClassFree(ste, newFree);
        updateSymbols(ste, scopes, bound, newFree, inlinedCells, ste.type == BlockType.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    // ---- pass one ----

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private void enterExistingBlock(Entry ste, boolean addChild) {
        stack.add(ste);
        Entry prev = cur;
        if (prev != null) ste.compIterExpr = prev.compIterExpr;
        if (prev != null && prev.mangledNames != null && ste.type != BlockType.CLASS) ste.mangledNames = prev.mangledNames;
        cur = ste;
        if (futureAnnotations && ste.type == BlockType.ANNOTATION) return;
        if (ste.type == BlockType.MODULE) global = ste.symbols;
        if (prev != null && addChild) prev.children.add(ste);
    }

    private Entry newEntry(String name, BlockType type, Object key, Location loc) {
        Entry ste = new Entry(name, type, loc);
        if (cur != null && (cur.nested || cur.isFunctionLike())) ste.nested = true;
        if (cur != null && cur.type == BlockType.CLASS && type == BlockType.FUNCTION) ste.method = true;
        blocks.put(key, ste);
        return ste;
    }

    private void enterBlock(String name, BlockType type, Object key, Location loc) {
        Entry ste = newEntry(name, type, key, loc);
        enterExistingBlock(ste, true);
        if (type == BlockType.ANNOTATION || type == BlockType.TYPE_VARIABLE || type == BlockType.TYPE_ALIAS) {
            addDef(".format", DEF_PARAM, loc);
            addDef(".format", USE, loc);
        }
    }

    /** _Py_MaybeMangle. */
    static String maybeMangle(String privateName, Set<String> mangledNames, String name) {
        if (mangledNames != null && !mangledNames.contains(name)) return name;
        return mangle(privateName, name);
    }

    /** _Py_Mangle: __private becomes _classname__private. */
    public static String mangle(String privateName, String ident) {
        if (privateName == null || !ident.startsWith("__")) return ident;
        if (ident.endsWith("__") || ident.indexOf('.') >= 0) return ident;
        int ipriv = 0;
        while (ipriv < privateName.length() && privateName.charAt(ipriv) == '_') ipriv++;
        if (ipriv == privateName.length()) return ident;
        return "_" + privateName.substring(ipriv) + ident;
    }

    private int lookupIn(Entry ste, String name) {
        return ste.flags(maybeMangle(privateName, ste.mangledNames, name));
    }

    private void addDefHelper(String name, int flag, Entry ste, Location loc) {
        String mangled = maybeMangle(privateName, cur.mangledNames, name);
        Integer o = ste.symbols.get(mangled);
        int val;
        if (o != null) {
            val = o;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw error("duplicate argument '" + name + "' in function definition", loc);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw error("duplicate type parameter '" + name + "'", loc);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw error("comprehension inner loop cannot rebind assignment expression target '" + name + "'", loc);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            global.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private void checkName(String name, Location loc, ExprContext ctx) {
        if (ctx == ExprContext.Store && name.equals("__debug__")) throw error("cannot assign to __debug__", loc);
        if (ctx == ExprContext.Del && name.equals("__debug__")) throw error("cannot delete __debug__", loc);
    }

    private void addDefCtx(String name, int flag, Location loc, ExprContext ctx) {
        if ((flag & (DEF_PARAM | DEF_LOCAL | DEF_IMPORT)) != 0) checkName(name, loc, ctx);
        if ((flag & DEF_TYPE_PARAM) != 0 && cur.mangledNames != null) cur.mangledNames.add(name);
        addDefHelper(name, flag, cur, loc);
    }

    private void addDef(String name, int flag, Location loc) {
        addDefCtx(name, flag, loc, flag == USE ? ExprContext.Load : ExprContext.Store);
    }

    private void enterTypeParamBlock(String name, Object key, boolean hasDefaults, boolean hasKwDefaults,
            boolean isClass, Location loc) {
        BlockType currentType = cur.type;
        enterBlock(name, BlockType.TYPE_PARAMETERS, key, loc);
        if (currentType == BlockType.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, loc);
        }
        if (isClass) {
            addDef(".type_params", DEF_LOCAL, loc);
            addDef(".type_params", USE, loc);
            addDef(".generic_base", DEF_LOCAL, loc);
            addDef(".generic_base", USE, loc);
        }
        if (hasDefaults) addDef(".defaults", DEF_PARAM, loc);
        if (hasKwDefaults) addDef(".kwdefaults", DEF_PARAM, loc);
    }

    private void recordDirective(String name, Location loc) {
        cur.directiveNames.add(maybeMangle(privateName, cur.mangledNames, name));
        cur.directiveLocs.add(loc);
    }

    private static boolean hasKwonlyDefaults(Arguments args) {
        for (Expr d : args.kwDefaults()) if (d != null) return true;
        return false;
    }

    private void visitFunction(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr returns,
            List<TypeParam> typeParams, boolean isAsync) {
        Location loc = Location.of((Located) s);
        addDef(name, DEF_LOCAL, loc);
        args.defaults().forEach(this::visitExpr);
        for (Expr d : args.kwDefaults()) if (d != null) visitExpr(d);
        decorators.forEach(this::visitExpr);
        if (!typeParams.isEmpty()) {
            enterTypeParamBlock(name, typeParams, !args.defaults().isEmpty(), hasKwonlyDefaults(args), false, loc);
            typeParams.forEach(this::visitTypeParam);
        }
        Entry newSte = newEntry(name, BlockType.FUNCTION, s, loc);
        if (hasDocstring(body)) newSte.hasDocstring = true;
        visitAnnotations(s, args, returns);
        enterExistingBlock(newSte, true);
        if (isAsync) cur.coroutine = true;
        visitArguments(args);
        body.forEach(this::visitStmt);
        exitBlock();
        if (!typeParams.isEmpty()) exitBlock();
    }

    private void visitStmt(Stmt s) {
        Location loc = Location.of(s);
        switch (s) {
            case Stmt.FunctionDef f -> visitFunction(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), false);
            case Stmt.AsyncFunctionDef f -> visitFunction(s, f.name(), f.args(), f.body(), f.decoratorList(), f.returns(), f.typeParams(), true);
            case Stmt.ClassDef c -> {
                addDef(c.name(), DEF_LOCAL, loc);
                c.decoratorList().forEach(this::visitExpr);
                String tmp = privateName;
                if (!c.typeParams().isEmpty()) {
                    enterTypeParamBlock(c.name(), c.typeParams(), false, false, true, loc);
                    privateName = c.name();
                    cur.mangledNames = new HashSet<>();
                    c.typeParams().forEach(this::visitTypeParam);
                }
                c.bases().forEach(this::visitExpr);
                checkKeywords(c.keywords());
                c.keywords().forEach(k -> visitExpr(k.value()));
                enterBlock(c.name(), BlockType.CLASS, s, loc);
                privateName = c.name();
                if (!c.typeParams().isEmpty()) {
                    addDef("__type_params__", DEF_LOCAL, loc);
                    addDef(".type_params", USE, loc);
                }
                if (hasDocstring(c.body())) cur.hasDocstring = true;
                c.body().forEach(this::visitStmt);
                exitBlock();
                if (!c.typeParams().isEmpty()) exitBlock();
                privateName = tmp;
            }
            case Stmt.TypeAlias t -> {
                visitExpr(t.name());
                String name = ((Expr.Name) t.name()).id();
                boolean isInClass = cur.type == BlockType.CLASS;
                boolean isGeneric = !t.typeParams().isEmpty();
                if (isGeneric) {
                    enterTypeParamBlock(name, t.typeParams(), false, false, false, loc);
                    t.typeParams().forEach(this::visitTypeParam);
                }
                enterBlock(name, BlockType.TYPE_ALIAS, s, loc);
                cur.canSeeClassScope = isInClass;
                if (isInClass) addDef("__classdict__", USE, Location.of(t.value()));
                visitExpr(t.value());
                exitBlock();
                if (isGeneric) exitBlock();
            }
            case Stmt.Return r -> {
                if (r.value() != null) {
                    visitExpr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Stmt.Delete d -> d.targets().forEach(this::visitExpr);
            case Stmt.Assign a -> {
                a.targets().forEach(this::visitExpr);
                visitExpr(a.value());
            }
            case Stmt.AnnAssign a -> {
                cur.annotationsUsed = true;
                if (a.target() instanceof Expr.Name n) {
                    int flags = lookupIn(cur, n.id());
                    if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.symbols != global && a.simple() != 0) {
                        throw error(((flags & DEF_GLOBAL) != 0 ? "annotated name '%s' can't be global"
                                : "annotated name '%s' can't be nonlocal").formatted(n.id()), loc);
                    }
                    if (a.simple() != 0) addDef(n.id(), DEF_ANNOT | DEF_LOCAL, Location.of(n));
                    else if (a.value() != null) addDef(n.id(), DEF_LOCAL, Location.of(n));
                } else {
                    visitExpr(a.target());
                }
                visitAnnotation(a.annotation(), annotationKey(cur));
                if (a.value() != null) visitExpr(a.value());
            }
            case Stmt.AugAssign a -> {
                visitExpr(a.target());
                visitExpr(a.value());
            }
            case Stmt.For f -> {
                visitExpr(f.target());
                visitExpr(f.iter());
                conditional(() -> {
                    f.body().forEach(this::visitStmt);
                    f.orelse().forEach(this::visitStmt);
                });
            }
            case Stmt.AsyncFor f -> {
                raiseIfNotCoroutine("'async for' outside async function", loc);
                visitExpr(f.target());
                visitExpr(f.iter());
                conditional(() -> {
                    f.body().forEach(this::visitStmt);
                    f.orelse().forEach(this::visitStmt);
                });
            }
            case Stmt.While w -> {
                visitExpr(w.test());
                conditional(() -> {
                    w.body().forEach(this::visitStmt);
                    w.orelse().forEach(this::visitStmt);
                });
            }
            case Stmt.If i -> {
                visitExpr(i.test());
                conditional(() -> {
                    i.body().forEach(this::visitStmt);
                    i.orelse().forEach(this::visitStmt);
                });
            }
            case Stmt.Match m -> {
                visitExpr(m.subject());
                conditional(() -> m.cases().forEach(this::visitMatchCase));
            }
            case Stmt.Raise r -> {
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    if (r.cause() != null) visitExpr(r.cause());
                }
            }
            case Stmt.Try t -> conditional(() -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody()));
            case Stmt.TryStar t -> conditional(() -> visitTry(t.body(), t.handlers(), t.orelse(), t.finalbody()));
            case Stmt.Assert a -> {
                visitExpr(a.test());
                if (a.msg() != null) visitExpr(a.msg());
            }
            case Stmt.Import i -> i.names().forEach(this::visitAlias);
            case Stmt.ImportFrom i -> i.names().forEach(this::visitAlias);
            case Stmt.Global g -> {
                for (String name : g.names()) {
                    int flags = lookupIn(cur, name);
                    if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                        String msg = (flags & DEF_PARAM) != 0 ? "name '%s' is parameter and global"
                                : (flags & USE) != 0 ? "name '%s' is used prior to global declaration"
                                : (flags & DEF_ANNOT) != 0 ? "annotated name '%s' can't be global"
                                : "name '%s' is assigned to before global declaration";
                        throw error(msg.formatted(name), loc);
                    }
                    addDef(name, DEF_GLOBAL, loc);
                    recordDirective(name, loc);
                }
            }
            case Stmt.Nonlocal n -> {
                for (String name : n.names()) {
                    int flags = lookupIn(cur, name);
                    if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                        String msg = (flags & DEF_PARAM) != 0 ? "name '%s' is parameter and nonlocal"
                                : (flags & USE) != 0 ? "name '%s' is used prior to nonlocal declaration"
                                : (flags & DEF_ANNOT) != 0 ? "annotated name '%s' can't be nonlocal"
                                : "name '%s' is assigned to before nonlocal declaration";
                        throw error(msg.formatted(name), loc);
                    }
                    addDef(name, DEF_NONLOCAL, loc);
                    recordDirective(name, loc);
                }
            }
            case Stmt.Expr e -> visitExpr(e.value());
            case Stmt.Pass p -> { }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.With w -> conditional(() -> {
                w.items().forEach(this::visitWithItem);
                w.body().forEach(this::visitStmt);
            });
            case Stmt.AsyncWith w -> {
                raiseIfNotCoroutine("'async with' outside async function", loc);
                conditional(() -> {
                    w.items().forEach(this::visitWithItem);
                    w.body().forEach(this::visitStmt);
                });
            }
        }
    }

    private final Map<Entry, Object> annotationKeys = new IdentityHashMap<>();

    /** The key of a module's or class's annotation block (CPython: ste_id + 1). */
    public Object annotationKey(Entry ste) {
        return annotationKeys.computeIfAbsent(ste, e -> new Object());
    }

    private void conditional(Runnable body) {
        boolean saved = cur.inConditionalBlock;
        cur.inConditionalBlock = true;
        body.run();
        cur.inConditionalBlock = saved;
    }

    private void visitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        body.forEach(this::visitStmt);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) visitExpr(h.type());
            if (h.name() != null) addDef(h.name(), DEF_LOCAL, Location.of(h));
            h.body().forEach(this::visitStmt);
        }
        orelse.forEach(this::visitStmt);
        finalbody.forEach(this::visitStmt);
    }

    private void raiseIfNotCoroutine(String msg, Location loc) {
        if (allowsTopLevelAwait()) {
            cur.coroutine = true;  // compiler_async_for/with mark the module a coroutine
            return;
        }
        if (!cur.coroutine) throw error(msg, loc);
    }

    private void checkKeywords(List<Keyword> keywords) {
        for (Keyword k : keywords) if (k.arg() != null) checkName(k.arg(), Location.of(k), ExprContext.Store);
    }

    private void extendNamedExprScope(Expr.Name target) {
        String name = target.id();
        Location loc = Location.of(target);
        for (int i = stack.size() - 1; i >= 0; i--) {
            Entry ste = stack.get(i);
            if (ste.comprehension != CompKind.NONE) {
                int flags = lookupIn(ste, name);
                if ((flags & DEF_COMP_ITER) != 0 && (flags & DEF_LOCAL) != 0) {
                    throw error("assignment expression cannot rebind comprehension iteration variable '" + name + "'", loc);
                }
                continue;
            }
            if (ste.type == BlockType.FUNCTION) {
                int flags = lookupIn(ste, name);
                addDef(name, (flags & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, loc);
                recordDirective(name, loc);
                addDefHelper(name, DEF_LOCAL, ste, loc);
                return;
            }
            if (ste.type == BlockType.MODULE) {
                addDef(name, DEF_GLOBAL, loc);
                recordDirective(name, loc);
                addDefHelper(name, DEF_GLOBAL, ste, loc);
                return;
            }
            String msg = switch (ste.type) {
                case CLASS -> "assignment expression within a comprehension cannot be used in a class body";
                case TYPE_PARAMETERS -> "assignment expression within a comprehension cannot be used within the definition of a generic";
                case TYPE_ALIAS -> "assignment expression within a comprehension cannot be used in a type alias";
                case TYPE_VARIABLE -> "assignment expression within a comprehension cannot be used in a TypeVar bound";
                default -> null;
            };
            if (msg != null) throw error(msg, loc);
        }
        throw new IllegalStateException("no scope for named expression");
    }

    private void raiseIfAnnotationBlock(String name, Expr e) {
        String msg = switch (cur.type) {
            case ANNOTATION -> name + " cannot be used within an annotation";
            case TYPE_VARIABLE -> name + " cannot be used within " + cur.scopeInfo;
            case TYPE_ALIAS -> name + " cannot be used within a type alias";
            case TYPE_PARAMETERS -> name + " cannot be used within the definition of a generic";
            default -> null;
        };
        if (msg != null) throw error(msg, Location.of(e));
    }

    private void visitExpr(Expr e) {
        switch (e) {
            case Expr.NamedExpr n -> {
                raiseIfAnnotationBlock("named expression", e);
                if (cur.compIterExpr > 0) {
                    throw error("assignment expression cannot be used in a comprehension iterable expression", Location.of(e));
                }
                if (cur.comprehension != CompKind.NONE) extendNamedExprScope((Expr.Name) n.target());
                visitExpr(n.value());
                visitExpr(n.target());
            }
            case Expr.BoolOp b -> b.values().forEach(this::visitExpr);
            case Expr.BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
            }
            case Expr.UnaryOp u -> visitExpr(u.operand());
            case Expr.Lambda l -> {
                l.args().defaults().forEach(this::visitExpr);
                for (Expr d : l.args().kwDefaults()) if (d != null) visitExpr(d);
                enterBlock("lambda", BlockType.FUNCTION, e, Location.of(e));
                visitArguments(l.args());
                visitExpr(l.body());
                exitBlock();
            }
            case Expr.IfExp i -> {
                visitExpr(i.test());
                visitExpr(i.body());
                visitExpr(i.orelse());
            }
            case Expr.Dict d -> {
                for (Expr k : d.keys()) if (k != null) visitExpr(k);
                d.values().forEach(this::visitExpr);
            }
            case Expr.Set s -> s.elts().forEach(this::visitExpr);
            case Expr.GeneratorExp g -> handleComprehension(e, "genexpr", g.generators(), g.elt(), null);
            case Expr.ListComp l -> handleComprehension(e, "listcomp", l.generators(), l.elt(), null);
            case Expr.SetComp s -> handleComprehension(e, "setcomp", s.generators(), s.elt(), null);
            case Expr.DictComp d -> handleComprehension(e, "dictcomp", d.generators(), d.key(), d.value());
            case Expr.Yield y -> {
                raiseIfAnnotationBlock("yield expression", e);
                if (y.value() != null) visitExpr(y.value());
                cur.generator = true;
                if (cur.comprehension != CompKind.NONE) raiseComprehensionYield(e);
            }
            case Expr.YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", e);
                visitExpr(y.value());
                cur.generator = true;
                if (cur.comprehension != CompKind.NONE) raiseComprehensionYield(e);
            }
            case Expr.Await a -> {
                raiseIfAnnotationBlock("await expression", e);
                if (!allowsTopLevelAwait()) {
                    if (!cur.isFunctionLike()) throw error("'await' outside function", Location.of(e));
                    if (!(cur.type == BlockType.FUNCTION && cur.coroutine) && cur.comprehension == CompKind.NONE) {
                        throw error("'await' outside async function", Location.of(e));
                    }
                }
                visitExpr(a.value());
                cur.coroutine = true;
            }
            case Expr.Compare c -> {
                visitExpr(c.left());
                c.comparators().forEach(this::visitExpr);
            }
            case Expr.Call c -> {
                visitExpr(c.func());
                c.args().forEach(this::visitExpr);
                checkKeywords(c.keywords());
                c.keywords().forEach(k -> visitExpr(k.value()));
            }
            case Expr.FormattedValue f -> {
                visitExpr(f.value());
                if (f.formatSpec() != null) visitExpr(f.formatSpec());
            }
            case Expr.Interpolation i -> {
                visitExpr(i.value());
                if (i.formatSpec() != null) visitExpr(i.formatSpec());
            }
            case Expr.JoinedStr j -> j.values().forEach(this::visitExpr);
            case Expr.TemplateStr t -> t.values().forEach(this::visitExpr);
            case Expr.Constant c -> { }
            case Expr.Attribute a -> {
                checkName(a.attr(), Location.of(e), a.ctx());
                visitExpr(a.value());
            }
            case Expr.Subscript s -> {
                visitExpr(s.value());
                visitExpr(s.slice());
            }
            case Expr.Starred s -> visitExpr(s.value());
            case Expr.Slice s -> {
                if (s.lower() != null) visitExpr(s.lower());
                if (s.upper() != null) visitExpr(s.upper());
                if (s.step() != null) visitExpr(s.step());
            }
            case Expr.Name n -> {
                if (!cur.inUnevaluatedAnnotation) {
                    addDefCtx(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, Location.of(e), n.ctx());
                    if (n.ctx() == ExprContext.Load && cur.isFunctionLike() && n.id().equals("super")) {
                        addDef("__class__", USE, Location.of(e));
                    }
                }
            }
            case Expr.List l -> l.elts().forEach(this::visitExpr);
            case Expr.Tuple t -> t.elts().forEach(this::visitExpr);
        }
    }

    private void raiseComprehensionYield(Expr e) {
        String msg = switch (cur.comprehension) {
            case LIST -> "'yield' inside list comprehension";
            case SET -> "'yield' inside set comprehension";
            case DICT -> "'yield' inside dict comprehension";
            default -> "'yield' inside generator expression";
        };
        throw error(msg, Location.of(e));
    }

    private void visitTypeParamBoundOrDefault(Expr e, String name, Object key, TypeParam tp, String scopeInfo) {
        if (name.equals("__classdict__")) {
            throw error("reserved name '" + name + "' cannot be used for type parameter", Location.of(tp));
        }
        if (e != null) {
            boolean isInClass = cur.canSeeClassScope;
            enterBlock(name, BlockType.TYPE_VARIABLE, key, Location.of(e));
            cur.canSeeClassScope = isInClass;
            if (isInClass) addDef("__classdict__", USE, Location.of(e));
            cur.scopeInfo = scopeInfo;
            visitExpr(e);
            exitBlock();
        }
    }

    private void visitTypeParam(TypeParam tp) {
        Location loc = Location.of(tp);
        switch (tp) {
            case TypeParam.TypeVar t -> {
                addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, loc);
                String info = t.bound() == null ? null
                        : t.bound() instanceof Expr.Tuple ? "a TypeVar constraint" : "a TypeVar bound";
                visitTypeParamBoundOrDefault(t.bound(), t.name(), tp, tp, info);
                visitTypeParamBoundOrDefault(t.defaultValue(), t.name(), defaultKey(tp), tp, "a TypeVar default");
            }
            case TypeParam.TypeVarTuple t -> {
                addDef(t.name(), DEF_TYPE_PARAM | DEF_LOCAL, loc);
                visitTypeParamBoundOrDefault(t.defaultValue(), t.name(), tp, tp, "a TypeVarTuple default");
            }
            case TypeParam.ParamSpec p -> {
                addDef(p.name(), DEF_TYPE_PARAM | DEF_LOCAL, loc);
                visitTypeParamBoundOrDefault(p.defaultValue(), p.name(), tp, tp, "a ParamSpec default");
            }
        }
    }

    private void visitPattern(Pattern p) {
        Location loc = Location.of(p);
        switch (p) {
            case Pattern.MatchValue v -> visitExpr(v.value());
            case Pattern.MatchSingleton s -> { }
            case Pattern.MatchSequence s -> s.patterns().forEach(this::visitPattern);
            case Pattern.MatchStar s -> {
                if (s.name() != null) addDef(s.name(), DEF_LOCAL, loc);
            }
            case Pattern.MatchMapping m -> {
                m.keys().forEach(this::visitExpr);
                m.patterns().forEach(this::visitPattern);
                if (m.rest() != null) addDef(m.rest(), DEF_LOCAL, loc);
            }
            case Pattern.MatchClass c -> {
                visitExpr(c.cls());
                c.patterns().forEach(this::visitPattern);
                for (int i = 0; i < c.kwdAttrs().size(); i++) {
                    checkName(c.kwdAttrs().get(i), Location.of(c.kwdPatterns().get(i)), ExprContext.Store);
                }
                c.kwdPatterns().forEach(this::visitPattern);
            }
            case Pattern.MatchAs a -> {
                if (a.pattern() != null) visitPattern(a.pattern());
                if (a.name() != null) addDef(a.name(), DEF_LOCAL, loc);
            }
            case Pattern.MatchOr o -> o.patterns().forEach(this::visitPattern);
        }
    }

    private void visitMatchCase(MatchCase m) {
        visitPattern(m.pattern());
        if (m.guard() != null) visitExpr(m.guard());
        m.body().forEach(this::visitStmt);
    }

    private void visitWithItem(WithItem item) {
        visitExpr(item.contextExpr());
        if (item.optionalVars() != null) visitExpr(item.optionalVars());
    }

    private void visitAlias(Alias a) {
        String name = a.asname() == null ? a.name() : a.asname();
        int dot = name.indexOf('.');
        String storeName = dot >= 0 ? name.substring(0, dot) : name;
        if (!name.equals("*")) {
            addDef(storeName, DEF_IMPORT, Location.of(a));
        } else if (cur.type != BlockType.MODULE) {
            throw error("import * only allowed at module level", Location.of(a));
        }
    }

    private void visitParams(List<Arg> args) {
        for (Arg arg : args) addDef(arg.arg(), DEF_PARAM, Location.of(arg));
    }

    private void visitArguments(Arguments a) {
        visitParams(a.posonlyargs());
        visitParams(a.args());
        visitParams(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, Location.of(a.vararg()));
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, Location.of(a.kwarg()));
            cur.varkeywords = true;
        }
    }

    private void visitAnnotation(Expr annotation, Object key) {
        boolean isUnevaluated = cur.type == BlockType.FUNCTION;
        // codegen gives every module-level annotation an index in __conditional_annotations__
        // (a module may stop half-way), so a module with annotations always has the set
        if ((cur.type == BlockType.MODULE || (cur.type == BlockType.CLASS && cur.inConditionalBlock))
                && !cur.hasConditionalAnnotations) {
            cur.hasConditionalAnnotations = true;
            addDef("__conditional_annotations__", USE, Location.of(annotation));
        }
        Entry parent = cur;
        if (parent.annotationBlock == null) {
            BlockType currentType = parent.type;
            enterBlock("__annotate__", BlockType.ANNOTATION, key, Location.of(annotation));
            parent.annotationBlock = cur;
            if (currentType == BlockType.CLASS && !futureAnnotations) {
                cur.canSeeClassScope = true;
                addDef("__classdict__", USE, Location.of(annotation));
            }
        } else {
            enterExistingBlock(parent.annotationBlock, false);
        }
        if (isUnevaluated) cur.inUnevaluatedAnnotation = true;
        visitExpr(annotation);
        if (isUnevaluated) cur.inUnevaluatedAnnotation = false;
        exitBlock();
    }

    private void visitArgAnnotations(List<Arg> args) {
        for (Arg arg : args) {
            if (arg.annotation() != null) {
                cur.annotationsUsed = true;
                visitExpr(arg.annotation());
            }
        }
    }

    private void visitAnnotations(Stmt s, Arguments a, Expr returns) {
        boolean isInClass = cur.canSeeClassScope;
        BlockType currentType = cur.type;
        enterBlock("__annotate__", BlockType.ANNOTATION, a, Location.of(s));
        if (isInClass || currentType == BlockType.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, Location.of(s));
        }
        visitArgAnnotations(a.posonlyargs());
        visitArgAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            cur.annotationsUsed = true;
            visitExpr(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            cur.annotationsUsed = true;
            visitExpr(a.kwarg().annotation());
        }
        visitArgAnnotations(a.kwonlyargs());
        if (returns != null) {
            cur.annotationsUsed = true;
            visitExpr(returns);
        }
        exitBlock();
    }

    private void visitComprehension(Comprehension lc) {
        cur.compIterTarget = true;
        visitExpr(lc.target());
        cur.compIterTarget = false;
        cur.compIterExpr++;
        visitExpr(lc.iter());
        cur.compIterExpr--;
        lc.ifs().forEach(this::visitExpr);
        if (lc.isAsync() != 0) cur.coroutine = true;
    }

    private void handleComprehension(Expr e, String scopeName, List<tierpy.ast.Comprehension> generators, Expr elt,
            Expr value) {
        boolean isGenerator = e instanceof Expr.GeneratorExp;
        tierpy.ast.Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        visitExpr(outermost.iter());
        cur.compIterExpr--;
        enterBlock(scopeName, BlockType.FUNCTION, e, Location.of(e));
        cur.comprehension = switch (e) {
            case Expr.ListComp l -> CompKind.LIST;
            case Expr.SetComp s -> CompKind.SET;
            case Expr.DictComp d -> CompKind.DICT;
            default -> CompKind.GENERATOR;
        };
        if (outermost.isAsync() != 0) cur.coroutine = true;
        addDef(".0", DEF_PARAM, cur.loc);
        cur.compIterTarget = true;
        visitExpr(outermost.target());
        cur.compIterTarget = false;
        outermost.ifs().forEach(this::visitExpr);
        for (int i = 1; i < generators.size(); i++) visitComprehension(generators.get(i));
        if (value != null) visitExpr(value);
        visitExpr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync && !(cur.type == BlockType.FUNCTION && cur.coroutine) && cur.comprehension == CompKind.NONE
                && !allowsTopLevelAwait()) {
            throw error("asynchronous comprehension outside of an asynchronous function", Location.of(e));
        }
        if (isAsync) cur.coroutine = true;
    }
}
