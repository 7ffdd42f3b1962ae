package tierpy.ast;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import tierpy.objects.Strs;

/**
 * Mirrors Lib/_ast_unparse.py: Unparser (what {@code ast.unparse} runs in CPython 3.14): source
 * text that parses back to an equal tree, with CPython's precedence-driven parentheses, quote
 * choice and layout. Python/ast_unparse.c (annotations under {@code from __future__ import
 * annotations}) is tierpy.compile.Unparse: expressions only, literals by plain repr().
 */
public final class Unparser {
    /** Overflowing literal that stands for an infinite float (1e + (max_10_exp + 1)). */
    private static final String INFSTR = "1e309";
    private static final List<String> MULTI_QUOTES = List.of("\"\"\"", "'''");
    private static final List<String> ALL_QUOTES = List.of("'", "\"", "\"\"\"", "'''");

    /** The output being written: Python's list of parts, of which only "any written yet" matters. */
    private static final class Buffer {
        final StringBuilder text = new StringBuilder();
        boolean touched;
    }

    private Buffer source = new Buffer();
    private final Map<Node, Integer> precedences = new IdentityHashMap<>();
    private final Map<Integer, String> typeIgnores = new HashMap<>();
    private int indent;
    private boolean inTryStar;
    private boolean inInteractive;

    /** {@code ast.unparse(node)}. */
    public static String unparse(Node node) {
        return new Unparser().visit(node);
    }

    private String visit(Node node) {
        source = new Buffer();
        traverse(node);
        return source.text.toString();
    }

    // ---- output helpers -------------------------------------------------------------------

    private void write(String... parts) {
        source.touched = true;
        for (String part : parts) {
            source.text.append(part);
        }
    }

    private void maybeNewline() {
        if (source.touched) {
            write("\n");
        }
    }

    private void fill(String text) {
        fill(text, true);
    }

    private void fill(String text, boolean allowSemicolon) {
        if (inInteractive && indent == 0 && allowSemicolon) {
            if (source.touched) {
                write("; ");
            }
            write(text);
        } else {
            maybeNewline();
            write("    ".repeat(indent) + text);
        }
    }

    /** Runs {@code body} with the output redirected; returns what it wrote, or null if it wrote nothing. */
    private String buffered(Runnable body) {
        Buffer original = source;
        Buffer buffer = new Buffer();
        source = buffer;
        try {
            body.run();
        } finally {
            source = original;
        }
        return buffer.touched ? buffer.text.toString() : null;
    }

    private void block(String extra, Runnable body) {
        write(":");
        if (extra != null && !extra.isEmpty()) {
            write(extra);
        }
        indent++;
        body.run();
        indent--;
    }

    private void block(Runnable body) {
        block(null, body);
    }

    private void delimitIf(String start, String end, boolean condition, Runnable body) {
        if (condition) {
            write(start);
            body.run();
            write(end);
        } else {
            body.run();
        }
    }

    private void delimit(String start, String end, Runnable body) {
        delimitIf(start, end, true, body);
    }

    private void requireParens(int precedence, Node node, Runnable body) {
        delimitIf("(", ")", precedence(node) > precedence, body);
    }

    private int precedence(Node node) {
        return precedences.getOrDefault(node, Precedence.TEST);
    }

    private void setPrecedence(int precedence, Node... nodes) {
        for (Node node : nodes) {
            precedences.put(node, precedence);
        }
    }

    private void setPrecedence(int precedence, List<? extends Node> nodes) {
        for (Node node : nodes) {
            precedences.put(node, precedence);
        }
    }

    private <T> void interleave(Runnable between, java.util.function.Consumer<T> each, List<T> items) {
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                between.run();
            }
            each.accept(items.get(i));
        }
    }

    private void commaSeparated(List<? extends Node> nodes) {
        interleave(() -> write(", "), this::traverse, new ArrayList<Node>(nodes));
    }

    /** A single item gets a trailing comma, so that it reads back as a tuple. */
    private void itemsView(List<? extends Node> items) {
        if (items.size() == 1) {
            traverse(items.get(0));
            write(",");
        } else {
            commaSeparated(items);
        }
    }

    private void traverse(List<? extends Node> nodes) {
        for (Node node : nodes) {
            traverse(node);
        }
    }

    // ---- dispatch --------------------------------------------------------------------------

    private void traverse(Node node) {
        switch (node) {
            case Mod mod -> visitMod(mod);
            case Stmt stmt -> visitStmt(stmt);
            case Expr expr -> visitExpr(expr);
            case Pattern pattern -> visitPattern(pattern);
            case TypeParam typeParam -> visitTypeParam(typeParam);
            case ExceptHandler handler -> visitExceptHandler(handler);
            case Arguments arguments -> visitArguments(arguments);
            case Arg arg -> visitArg(arg);
            case Keyword keyword -> visitKeyword(keyword);
            case Alias alias -> write(alias.asname() == null ? alias.name() : alias.name() + " as " + alias.asname());
            case WithItem item -> visitWithItem(item);
            case MatchCase matchCase -> visitMatchCase(matchCase);
            case Comprehension comprehension -> visitComprehension(comprehension);
            case TypeIgnore ignored -> { }  // no visit_TypeIgnore: generic_visit finds no child nodes
        }
    }

    private void visitMod(Mod mod) {
        switch (mod) {
            case Mod.Module module -> {
                for (TypeIgnore ignore : module.typeIgnores()) {
                    typeIgnores.put(ignore.lineno(), "ignore" + ignore.tag());
                }
                try {
                    writeDocstringAndTraverseBody(module, module.body());
                } finally {
                    typeIgnores.clear();
                }
            }
            case Mod.Interactive interactive -> {
                inInteractive = true;
                try {
                    writeDocstringAndTraverseBody(interactive, interactive.body());
                } finally {
                    inInteractive = false;
                }
            }
            case Mod.Expression expression -> traverse(expression.body());
            case Mod.FunctionType functionType -> {
                delimit("(", ")", () -> commaSeparated(functionType.argtypes()));
                write(" -> ");
                traverse(functionType.returns());
            }
        }
    }

    // ---- statements ------------------------------------------------------------------------

    /** Mirrors _PyAST_GetDocString: a leading string-constant expression of a def, class or module. */
    private static Expr.Constant rawDocstring(Node owner, List<Stmt> body) {
        boolean canHaveDocstring = owner instanceof Stmt.FunctionDef || owner instanceof Stmt.AsyncFunctionDef
                || owner instanceof Stmt.ClassDef || owner instanceof Mod.Module;
        if (!canHaveDocstring || body.isEmpty()) {
            return null;
        }
        if (body.get(0) instanceof Stmt.Expr(Expr.Constant constant, var l, var c, var el, var ec)
                && constant.value() instanceof String) {
            return constant;
        }
        return null;
    }

    private void writeDocstringAndTraverseBody(Node owner, List<Stmt> body) {
        Expr.Constant docstring = rawDocstring(owner, body);
        if (docstring != null) {
            fill("", false);
            if ("u".equals(docstring.kind())) {
                write("u");
            }
            writeStrAvoidingBackslashes((String) docstring.value(), MULTI_QUOTES);
            traverse(body.subList(1, body.size()));
        } else {
            traverse(body);
        }
    }

    private String typeComment(Located node, String typeComment) {
        String comment = typeIgnores.get(node.lineno());
        if (comment == null || comment.isEmpty()) {
            comment = typeComment;
        }
        return comment == null ? null : " # type: " + comment;
    }

    private void visitStmt(Stmt stmt) {
        switch (stmt) {
            case Stmt.Expr s -> {
                fill("");
                setPrecedence(Precedence.YIELD, s.value());
                traverse(s.value());
            }
            case Stmt.Import s -> {
                fill("import ");
                commaSeparated(s.names());
            }
            case Stmt.ImportFrom s -> {
                fill("from ");
                write(".".repeat(s.level()));
                if (s.module() != null && !s.module().isEmpty()) {
                    write(s.module());
                }
                write(" import ");
                commaSeparated(s.names());
            }
            case Stmt.Assign s -> {
                fill("");
                for (Expr target : s.targets()) {
                    setPrecedence(Precedence.TUPLE, target);
                    traverse(target);
                    write(" = ");
                }
                traverse(s.value());
                String comment = typeComment(s, s.typeComment());
                if (comment != null) {
                    write(comment);
                }
            }
            case Stmt.AugAssign s -> {
                fill("");
                traverse(s.target());
                write(" " + binop(s.op()) + "= ");
                traverse(s.value());
            }
            case Stmt.AnnAssign s -> {
                fill("");
                delimitIf("(", ")", s.simple() == 0 && s.target() instanceof Expr.Name, () -> traverse(s.target()));
                write(": ");
                traverse(s.annotation());
                if (s.value() != null) {
                    write(" = ");
                    traverse(s.value());
                }
            }
            case Stmt.Return s -> {
                fill("return");
                if (s.value() != null) {
                    write(" ");
                    traverse(s.value());
                }
            }
            case Stmt.Pass s -> fill("pass");
            case Stmt.Break s -> fill("break");
            case Stmt.Continue s -> fill("continue");
            case Stmt.Delete s -> {
                fill("del ");
                commaSeparated(s.targets());
            }
            case Stmt.Assert s -> {
                fill("assert ");
                traverse(s.test());
                if (s.msg() != null) {
                    write(", ");
                    traverse(s.msg());
                }
            }
            case Stmt.Global s -> {
                fill("global ");
                write(String.join(", ", s.names()));
            }
            case Stmt.Nonlocal s -> {
                fill("nonlocal ");
                write(String.join(", ", s.names()));
            }
            case Stmt.Raise s -> {
                fill("raise");
                if (s.exc() == null) {
                    if (s.cause() != null) {
                        throw new IllegalArgumentException("Node can't use cause without an exception.");
                    }
                    return;
                }
                write(" ");
                traverse(s.exc());
                if (s.cause() != null) {
                    write(" from ");
                    traverse(s.cause());
                }
            }
            case Stmt.Try s -> visitTry(false, s.body(), s.handlers(), s.orelse(), s.finalbody());
            case Stmt.TryStar s -> visitTry(true, s.body(), s.handlers(), s.orelse(), s.finalbody());
            case Stmt.ClassDef s -> {
                maybeNewline();
                writeDecorators(s.decoratorList());
                fill("class " + s.name(), false);
                typeParams(s.typeParams());
                delimitIf("(", ")", !s.bases().isEmpty() || !s.keywords().isEmpty(), () -> {
                    List<Node> arguments = new ArrayList<>(s.bases());
                    arguments.addAll(s.keywords());
                    commaSeparated(arguments);
                });
                block(() -> writeDocstringAndTraverseBody(s, s.body()));
            }
            case Stmt.FunctionDef s -> function(s, "def", s.name(), s.args(), s.returns(), s.typeComment(),
                    s.decoratorList(), s.typeParams(), s.body());
            case Stmt.AsyncFunctionDef s -> function(s, "async def", s.name(), s.args(), s.returns(),
                    s.typeComment(), s.decoratorList(), s.typeParams(), s.body());
            case Stmt.TypeAlias s -> {
                fill("type ");
                traverse(s.name());
                typeParams(s.typeParams());
                write(" = ");
                traverse(s.value());
            }
            case Stmt.For s -> forLoop("for ", s, s.target(), s.iter(), s.body(), s.orelse(), s.typeComment());
            case Stmt.AsyncFor s -> forLoop("async for ", s, s.target(), s.iter(), s.body(), s.orelse(),
                    s.typeComment());
            case Stmt.If s -> visitIf(s);
            case Stmt.While s -> {
                fill("while ", false);
                traverse(s.test());
                block(() -> traverse(s.body()));
                elseBlock(s.orelse());
            }
            case Stmt.With s -> with("with ", s, s.items(), s.body(), s.typeComment());
            case Stmt.AsyncWith s -> with("async with ", s, s.items(), s.body(), s.typeComment());
            case Stmt.Match s -> {
                fill("match ", false);
                traverse(s.subject());
                block(() -> traverse(s.cases()));
            }
        }
    }

    private void elseBlock(List<Stmt> orelse) {
        if (!orelse.isEmpty()) {
            fill("else", false);
            block(() -> traverse(orelse));
        }
    }

    private void visitIf(Stmt.If node) {
        fill("if ", false);
        traverse(node.test());
        block(() -> traverse(node.body()));
        // collapse nested ifs into equivalent elifs.
        Stmt.If current = node;
        while (current.orelse().size() == 1 && current.orelse().get(0) instanceof Stmt.If nested) {
            current = nested;
            fill("elif ", false);
            traverse(current.test());
            Stmt.If body = current;
            block(() -> traverse(body.body()));
        }
        elseBlock(current.orelse());
    }

    private void forLoop(String keyword, Located node, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse,
                         String typeComment) {
        fill(keyword, false);
        setPrecedence(Precedence.TUPLE, target);
        traverse(target);
        write(" in ");
        traverse(iter);
        block(typeComment(node, typeComment), () -> traverse(body));
        elseBlock(orelse);
    }

    private void with(String keyword, Located node, List<WithItem> items, List<Stmt> body, String typeComment) {
        fill(keyword, false);
        commaSeparated(items);
        block(typeComment(node, typeComment), () -> traverse(body));
    }

    private void visitTry(boolean star, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
                          List<Stmt> finalbody) {
        boolean previous = inTryStar;
        try {
            inTryStar = star;
            fill("try", false);
            block(() -> traverse(body));
            traverse(handlers);
            elseBlock(orelse);
            if (!finalbody.isEmpty()) {
                fill("finally", false);
                block(() -> traverse(finalbody));
            }
        } finally {
            inTryStar = previous;
        }
    }

    private void visitExceptHandler(ExceptHandler node) {
        fill(inTryStar ? "except*" : "except", false);
        if (node.type() != null) {
            write(" ");
            traverse(node.type());
        }
        if (node.name() != null) {
            write(" as ");
            write(node.name());
        }
        block(() -> traverse(node.body()));
    }

    private void writeDecorators(List<Expr> decorators) {
        for (Expr decorator : decorators) {
            fill("@", false);
            traverse(decorator);
        }
    }

    private void function(Stmt node, String keyword, String name, Arguments args, Expr returns, String typeComment,
                          List<Expr> decorators, List<TypeParam> typeParams, List<Stmt> body) {
        maybeNewline();
        writeDecorators(decorators);
        fill(keyword + " " + name, false);
        typeParams(typeParams);
        delimit("(", ")", () -> traverse(args));
        if (returns != null) {
            write(" -> ");
            traverse(returns);
        }
        block(typeComment((Located) node, typeComment), () -> writeDocstringAndTraverseBody(node, body));
    }

    private void typeParams(List<TypeParam> typeParams) {
        if (!typeParams.isEmpty()) {
            delimit("[", "]", () -> commaSeparated(typeParams));
        }
    }

    private void visitTypeParam(TypeParam param) {
        Expr defaultValue = switch (param) {
            case TypeParam.TypeVar p -> {
                write(p.name());
                if (p.bound() != null) {
                    write(": ");
                    traverse(p.bound());
                }
                yield p.defaultValue();
            }
            case TypeParam.TypeVarTuple p -> {
                write("*" + p.name());
                yield p.defaultValue();
            }
            case TypeParam.ParamSpec p -> {
                write("**" + p.name());
                yield p.defaultValue();
            }
        };
        if (defaultValue != null) {
            write(" = ");
            traverse(defaultValue);
        }
    }

    // ---- string literals -------------------------------------------------------------------

    /** A string literal body (without quotes) and the quotes it may be written with. */
    private record Literal(String body, List<String> quotes) {}

    /** Python's {@code c.encode("unicode_escape").decode("ascii")} for one code point. */
    private static String unicodeEscape(int cp) {
        return switch (cp) {
            case '\\' -> "\\\\";
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> {
                if (cp < 0x20 || (cp >= 0x7f && cp <= 0xff)) {
                    yield String.format("\\x%02x", cp);
                } else if (cp < 0x7f) {
                    yield Character.toString(cp);
                } else if (cp <= 0xffff) {
                    yield String.format("\\u%04x", cp);
                }
                yield String.format("\\U%08x", cp);
            }
        };
    }

    /** Writes a string literal body minimizing escapes; mirrors Unparser._str_literal_helper. */
    private static Literal strLiteral(String string, List<String> quoteTypes, boolean escapeSpecialWhitespace) {
        StringBuilder escaped = new StringBuilder(string.length());
        string.codePoints().forEach(cp -> {
            if (!escapeSpecialWhitespace && (cp == '\n' || cp == '\t')) {
                escaped.appendCodePoint(cp);
            } else if (cp == '\\' || !Strs.isPrintable(cp)) {
                escaped.append(unicodeEscape(cp));
            } else {
                escaped.appendCodePoint(cp);
            }
        });
        String escapedString = escaped.toString();
        List<String> possible = new ArrayList<>(quoteTypes);
        if (escapedString.indexOf('\n') >= 0) {
            possible.removeIf(q -> !MULTI_QUOTES.contains(q));
        }
        possible.removeIf(escapedString::contains);
        if (possible.isEmpty()) {
            // No quote works: fall back to repr, preferring a quote of quote_types (triple for docstrings).
            String repr = Strs.repr(string);
            String first = repr.substring(0, 1);
            String quote = quoteTypes.stream().filter(q -> q.contains(first)).findFirst().orElse(first);
            return new Literal(repr.substring(1, repr.length() - 1), List.of(quote));
        }
        if (!escapedString.isEmpty()) {
            char last = escapedString.charAt(escapedString.length() - 1);
            // Stable sort: quotes whose character would clash with the final character go last.
            List<String> sorted = new ArrayList<>();
            possible.stream().filter(q -> q.charAt(0) != last).forEach(sorted::add);
            possible.stream().filter(q -> q.charAt(0) == last).forEach(sorted::add);
            possible = sorted;
            if (possible.get(0).charAt(0) == last) {
                escapedString = escapedString.substring(0, escapedString.length() - 1) + "\\" + last;
            }
        }
        return new Literal(escapedString, possible);
    }

    private void writeStrAvoidingBackslashes(String string, List<String> quoteTypes) {
        Literal literal = strLiteral(string, quoteTypes, false);
        String quote = literal.quotes().get(0);
        write(quote + literal.body() + quote);
    }

    /** One piece of an f-string or t-string as written, and whether it came from a constant. */
    private record FtPart(String text, boolean constant) {}

    private void writeFtString(List<Expr> values, String prefix) {
        write(prefix);
        List<FtPart> parts = new ArrayList<>();
        for (Expr value : values) {
            String text = buffered(() -> writeFtStringInner(value, false));
            parts.add(new FtPart(text == null ? "" : text, value instanceof Expr.Constant));
        }
        ftStringHelper(parts);
    }

    private void ftStringHelper(List<FtPart> parts) {
        List<String> newParts = new ArrayList<>();
        List<String> quoteTypes = new ArrayList<>(ALL_QUOTES);
        boolean fallbackToRepr = false;
        for (FtPart part : parts) {
            String value = part.text();
            if (part.constant()) {
                Literal literal = strLiteral(value, quoteTypes, true);
                if (literal.quotes().stream().noneMatch(quoteTypes::contains)) {
                    fallbackToRepr = true;
                    break;
                }
                value = literal.body();
                quoteTypes = new ArrayList<>(literal.quotes());
            } else {
                if (value.indexOf('\n') >= 0) {
                    quoteTypes.removeIf(q -> !MULTI_QUOTES.contains(q));
                }
                List<String> remaining = new ArrayList<>(quoteTypes);
                remaining.removeIf(value::contains);
                if (!remaining.isEmpty()) {
                    quoteTypes = remaining;
                }
            }
            newParts.add(value);
        }
        if (fallbackToRepr) {
            // No quote fits every part: repr the constant parts and use triple single quotes.
            quoteTypes = List.of("'''");
            newParts.clear();
            for (FtPart part : parts) {
                String value = part.text();
                if (part.constant()) {
                    String repr = Strs.repr("\"" + value);
                    value = repr.substring(2, repr.length() - 1);
                }
                newParts.add(value);
            }
        }
        String quote = quoteTypes.get(0);
        write(quote + String.join("", newParts) + quote);
    }

    private void writeFtStringInner(Expr node, boolean isFormatSpec) {
        switch (node) {
            case Expr.JoinedStr joined -> {
                for (Expr value : joined.values()) {
                    writeFtStringInner(value, isFormatSpec);
                }
            }
            case Expr.Constant constant when constant.value() instanceof String text -> {
                String value = text.replace("{", "{{").replace("}", "}}");
                if (isFormatSpec) {
                    value = value.replace("\\", "\\\\").replace("'", "\\'").replace("\"", "\\\"")
                            .replace("\n", "\\n");
                }
                write(value);
            }
            case Expr.FormattedValue value -> writeInterpolation(null, value.value(), value.conversion(),
                    value.formatSpec());
            case Expr.Interpolation value -> writeInterpolation((String) value.str(), value.value(),
                    value.conversion(), value.formatSpec());
            default -> throw new IllegalArgumentException("Unexpected node inside JoinedStr, " + node);
        }
    }

    /** A replacement field; a t-string's interpolation keeps its source text when it has one. */
    private void writeInterpolation(String sourceText, Expr value, int conversion, Expr formatSpec) {
        write("{");
        String expr = sourceText;
        if (expr == null) {
            Unparser inner = new Unparser();
            inner.setPrecedence(Precedence.next(Precedence.TEST), value);
            expr = inner.visit(value);
        }
        if (expr.startsWith("{")) {
            // Separate a pair of opening braces as "{ {".
            write(" ");
        }
        write(expr);
        if (conversion != -1) {
            write("!" + Character.toString(conversion));
        }
        if (formatSpec != null) {
            write(":");
            writeFtStringInner(formatSpec, true);
        }
        write("}");
    }

    // ---- expressions -----------------------------------------------------------------------

    private static String binop(Operator op) {
        return switch (op) {
            case Add -> "+";
            case Sub -> "-";
            case Mult -> "*";
            case MatMult -> "@";
            case Div -> "/";
            case Mod -> "%";
            case LShift -> "<<";
            case RShift -> ">>";
            case BitOr -> "|";
            case BitXor -> "^";
            case BitAnd -> "&";
            case FloorDiv -> "//";
            case Pow -> "**";
        };
    }

    private static int binopPrecedence(Operator op) {
        return switch (op) {
            case Add, Sub -> Precedence.ARITH;
            case Mult, MatMult, Div, Mod, FloorDiv -> Precedence.TERM;
            case LShift, RShift -> Precedence.SHIFT;
            case BitOr -> Precedence.BOR;
            case BitXor -> Precedence.BXOR;
            case BitAnd -> Precedence.BAND;
            case Pow -> Precedence.POWER;
        };
    }

    private static String cmpop(CmpOperator op) {
        return switch (op) {
            case Eq -> "==";
            case NotEq -> "!=";
            case Lt -> "<";
            case LtE -> "<=";
            case Gt -> ">";
            case GtE -> ">=";
            case Is -> "is";
            case IsNot -> "is not";
            case In -> "in";
            case NotIn -> "not in";
        };
    }

    private void writeConstant(Object value) {
        if (value instanceof Double || value instanceof Imaginary) {
            // Infinities stand for overflowing literals; NaN becomes inf - inf.
            write(PyRepr.repr(value).replace("inf", INFSTR).replace("nan", "(" + INFSTR + "-" + INFSTR + ")"));
        } else {
            write(PyRepr.repr(value));
        }
    }

    private void visitExpr(Expr expr) {
        switch (expr) {
            case Expr.NamedExpr e -> requireParens(Precedence.NAMED_EXPR, e, () -> {
                setPrecedence(Precedence.ATOM, e.target(), e.value());
                traverse(e.target());
                write(" := ");
                traverse(e.value());
            });
            case Expr.Await e -> requireParens(Precedence.AWAIT, e, () -> prefixed("await", e.value()));
            case Expr.Yield e -> requireParens(Precedence.YIELD, e, () -> prefixed("yield", e.value()));
            case Expr.YieldFrom e -> requireParens(Precedence.YIELD, e, () -> {
                write("yield from ");
                setPrecedence(Precedence.ATOM, e.value());
                traverse(e.value());
            });
            case Expr.JoinedStr e -> writeFtString(e.values(), "f");
            case Expr.TemplateStr e -> writeFtString(e.values(), "t");
            case Expr.FormattedValue e -> writeFtStringInner(e, false);
            case Expr.Interpolation e -> writeFtStringInner(e, false);
            case Expr.Name e -> write(e.id());
            case Expr.Constant e -> {
                if (e.value() == ConstantSingleton.Ellipsis) {
                    write("...");
                } else {
                    if ("u".equals(e.kind())) {
                        write("u");
                    }
                    writeConstant(e.value());
                }
            }
            case Expr.List e -> delimit("[", "]", () -> commaSeparated(e.elts()));
            case Expr.ListComp e -> delimit("[", "]", () -> comprehension(e.elt(), e.generators()));
            case Expr.GeneratorExp e -> delimit("(", ")", () -> comprehension(e.elt(), e.generators()));
            case Expr.SetComp e -> delimit("{", "}", () -> comprehension(e.elt(), e.generators()));
            case Expr.DictComp e -> delimit("{", "}", () -> {
                traverse(e.key());
                write(": ");
                traverse(e.value());
                traverse(e.generators());
            });
            case Expr.IfExp e -> requireParens(Precedence.TEST, e, () -> {
                setPrecedence(Precedence.next(Precedence.TEST), e.body(), e.test());
                traverse(e.body());
                write(" if ");
                traverse(e.test());
                write(" else ");
                setPrecedence(Precedence.TEST, e.orelse());
                traverse(e.orelse());
            });
            case Expr.Set e -> {
                if (e.elts().isEmpty()) {
                    // `{}` would be a dict, and `set` might be shadowed.
                    write("{*()}");
                } else {
                    delimit("{", "}", () -> commaSeparated(e.elts()));
                }
            }
            case Expr.Dict e -> delimit("{", "}", () -> {
                for (int i = 0; i < e.keys().size(); i++) {
                    if (i > 0) {
                        write(", ");
                    }
                    Expr key = e.keys().get(i);
                    Expr value = e.values().get(i);
                    if (key == null) {
                        write("**");
                        setPrecedence(Precedence.EXPR, value);
                    } else {
                        traverse(key);
                        write(": ");
                    }
                    traverse(value);
                }
            });
            case Expr.Tuple e -> delimitIf("(", ")",
                    e.elts().isEmpty() || precedence(e) > Precedence.TUPLE, () -> itemsView(e.elts()));
            case Expr.UnaryOp e -> visitUnaryOp(e);
            case Expr.BinOp e -> {
                int operatorPrecedence = binopPrecedence(e.op());
                requireParens(operatorPrecedence, e, () -> {
                    boolean rightAssociative = e.op() == Operator.Pow;
                    setPrecedence(rightAssociative ? Precedence.next(operatorPrecedence) : operatorPrecedence, e.left());
                    traverse(e.left());
                    write(" " + binop(e.op()) + " ");
                    setPrecedence(rightAssociative ? operatorPrecedence : Precedence.next(operatorPrecedence), e.right());
                    traverse(e.right());
                });
            }
            case Expr.Compare e -> requireParens(Precedence.CMP, e, () -> {
                setPrecedence(Precedence.next(Precedence.CMP), e.left());
                setPrecedence(Precedence.next(Precedence.CMP), e.comparators());
                traverse(e.left());
                for (int i = 0; i < e.ops().size(); i++) {
                    write(" " + cmpop(e.ops().get(i)) + " ");
                    traverse(e.comparators().get(i));
                }
            });
            case Expr.BoolOp e -> {
                int operatorPrecedence = e.op() == BoolOperator.And ? Precedence.AND : Precedence.OR;
                requireParens(operatorPrecedence, e, () -> {
                    // Each operand binds one level tighter than the one before it.
                    int level = operatorPrecedence;
                    String separator = e.op() == BoolOperator.And ? " and " : " or ";
                    for (int i = 0; i < e.values().size(); i++) {
                        if (i > 0) {
                            write(separator);
                        }
                        level = Precedence.next(level);
                        setPrecedence(level, e.values().get(i));
                        traverse(e.values().get(i));
                    }
                });
            }
            case Expr.Attribute e -> {
                setPrecedence(Precedence.ATOM, e.value());
                traverse(e.value());
                // 3.__abs__() is a syntax error: an int literal needs a space before the dot.
                if (e.value() instanceof Expr.Constant constant && isInt(constant.value())) {
                    write(" ");
                }
                write(".");
                write(e.attr());
            }
            case Expr.Call e -> {
                setPrecedence(Precedence.ATOM, e.func());
                traverse(e.func());
                delimit("(", ")", () -> {
                    List<Node> arguments = new ArrayList<>(e.args());
                    arguments.addAll(e.keywords());
                    commaSeparated(arguments);
                });
            }
            case Expr.Subscript e -> {
                setPrecedence(Precedence.ATOM, e.value());
                traverse(e.value());
                delimit("[", "]", () -> {
                    if (e.slice() instanceof Expr.Tuple tuple && !tuple.elts().isEmpty()) {
                        // parentheses can be omitted if the tuple isn't empty
                        itemsView(tuple.elts());
                    } else {
                        traverse(e.slice());
                    }
                });
            }
            case Expr.Starred e -> {
                write("*");
                setPrecedence(Precedence.EXPR, e.value());
                traverse(e.value());
            }
            case Expr.Slice e -> {
                if (e.lower() != null) {
                    traverse(e.lower());
                }
                write(":");
                if (e.upper() != null) {
                    traverse(e.upper());
                }
                if (e.step() != null) {
                    write(":");
                    traverse(e.step());
                }
            }
            case Expr.Lambda e -> requireParens(Precedence.TEST, e, () -> {
                write("lambda");
                String arguments = buffered(() -> traverse(e.args()));
                if (arguments != null) {
                    write(" ", arguments);
                }
                write(": ");
                setPrecedence(Precedence.TEST, e.body());
                traverse(e.body());
            });
        }
    }

    private static boolean isInt(Object value) {
        return value instanceof Long || value instanceof BigInteger || value instanceof Boolean
                || value instanceof Integer;
    }

    private void prefixed(String keyword, Expr value) {
        write(keyword);
        if (value != null) {
            write(" ");
            setPrecedence(Precedence.ATOM, value);
            traverse(value);
        }
    }

    private void visitUnaryOp(Expr.UnaryOp e) {
        String operator = switch (e.op()) {
            case Invert -> "~";
            case Not -> "not";
            case UAdd -> "+";
            case USub -> "-";
        };
        int operatorPrecedence = e.op() == UnaryOperator.Not ? Precedence.NOT : Precedence.FACTOR;
        requireParens(operatorPrecedence, e, () -> {
            write(operator);
            // factor prefixes (+, -, ~) stay attached to their operand: +1, not + 1
            if (operatorPrecedence != Precedence.FACTOR) {
                write(" ");
            }
            setPrecedence(operatorPrecedence, e.operand());
            traverse(e.operand());
        });
    }

    private void comprehension(Expr elt, List<Comprehension> generators) {
        traverse(elt);
        traverse(generators);
    }

    private void visitComprehension(Comprehension node) {
        write(node.isAsync() != 0 ? " async for " : " for ");
        setPrecedence(Precedence.TUPLE, node.target());
        traverse(node.target());
        write(" in ");
        setPrecedence(Precedence.next(Precedence.TEST), node.iter());
        setPrecedence(Precedence.next(Precedence.TEST), node.ifs());
        traverse(node.iter());
        for (Expr condition : node.ifs()) {
            write(" if ");
            traverse(condition);
        }
    }

    private void visitArg(Arg node) {
        write(node.arg());
        if (node.annotation() != null) {
            write(": ");
            traverse(node.annotation());
        }
    }

    private void visitArguments(Arguments node) {
        boolean first = true;
        List<Arg> allArgs = new ArrayList<>(node.posonlyargs());
        allArgs.addAll(node.args());
        int withoutDefault = allArgs.size() - node.defaults().size();
        for (int index = 0; index < allArgs.size(); index++) {
            if (!first) {
                write(", ");
            }
            first = false;
            traverse(allArgs.get(index));
            if (index >= withoutDefault) {
                write("=");
                traverse(node.defaults().get(index - withoutDefault));
            }
            if (index + 1 == node.posonlyargs().size()) {
                write(", /");
            }
        }
        // varargs, or a bare '*' when there are keyword-only arguments but no varargs
        if (node.vararg() != null || !node.kwonlyargs().isEmpty()) {
            if (!first) {
                write(", ");
            }
            first = false;
            write("*");
            if (node.vararg() != null) {
                visitArg(node.vararg());
            }
        }
        for (int i = 0; i < node.kwonlyargs().size(); i++) {
            write(", ");
            traverse(node.kwonlyargs().get(i));
            Expr defaultValue = i < node.kwDefaults().size() ? node.kwDefaults().get(i) : null;
            if (defaultValue != null) {
                write("=");
                traverse(defaultValue);
            }
        }
        if (node.kwarg() != null) {
            if (!first) {
                write(", ");
            }
            write("**");
            visitArg(node.kwarg());
        }
    }

    private void visitKeyword(Keyword node) {
        write(node.arg() == null ? "**" : node.arg() + "=");
        traverse(node.value());
    }

    private void visitWithItem(WithItem node) {
        traverse(node.contextExpr());
        if (node.optionalVars() != null) {
            write(" as ");
            traverse(node.optionalVars());
        }
    }

    private void visitMatchCase(MatchCase node) {
        fill("case ", false);
        traverse(node.pattern());
        if (node.guard() != null) {
            write(" if ");
            traverse(node.guard());
        }
        block(() -> traverse(node.body()));
    }

    // ---- patterns --------------------------------------------------------------------------

    private void visitPattern(Pattern pattern) {
        switch (pattern) {
            case Pattern.MatchValue p -> traverse(p.value());
            case Pattern.MatchSingleton p -> writeConstant(p.value());
            case Pattern.MatchSequence p -> delimit("[", "]", () -> commaSeparated(p.patterns()));
            case Pattern.MatchStar p -> write("*" + (p.name() == null ? "_" : p.name()));
            case Pattern.MatchMapping p -> delimit("{", "}", () -> {
                for (int i = 0; i < p.keys().size(); i++) {
                    if (i > 0) {
                        write(", ");
                    }
                    traverse(p.keys().get(i));
                    write(": ");
                    traverse(p.patterns().get(i));
                }
                if (p.rest() != null) {
                    if (!p.keys().isEmpty()) {
                        write(", ");
                    }
                    write("**" + p.rest());
                }
            });
            case Pattern.MatchClass p -> {
                setPrecedence(Precedence.ATOM, p.cls());
                traverse(p.cls());
                delimit("(", ")", () -> {
                    commaSeparated(p.patterns());
                    if (!p.kwdAttrs().isEmpty()) {
                        if (!p.patterns().isEmpty()) {
                            write(", ");
                        }
                        for (int i = 0; i < p.kwdAttrs().size(); i++) {
                            if (i > 0) {
                                write(", ");
                            }
                            write(p.kwdAttrs().get(i) + "=");
                            traverse(p.kwdPatterns().get(i));
                        }
                    }
                });
            }
            case Pattern.MatchAs p -> {
                if (p.name() == null) {
                    write("_");
                } else if (p.pattern() == null) {
                    write(p.name());
                } else {
                    requireParens(Precedence.TEST, p, () -> {
                        setPrecedence(Precedence.BOR, p.pattern());
                        traverse(p.pattern());
                        write(" as " + p.name());
                    });
                }
            }
            case Pattern.MatchOr p -> requireParens(Precedence.BOR, p, () -> {
                setPrecedence(Precedence.next(Precedence.BOR), p.patterns());
                interleave(() -> write(" | "), this::traverse, new ArrayList<Node>(p.patterns()));
            });
        }
    }

    /** Mirrors _Precedence: the binding strength of each kind of expression, loosest first. */
    private static final class Precedence {
        static final int NAMED_EXPR = 1;
        static final int TUPLE = 2;
        static final int YIELD = 3;
        static final int TEST = 4;
        static final int OR = 5;
        static final int AND = 6;
        static final int NOT = 7;
        static final int CMP = 8;
        static final int EXPR = 9;
        static final int BOR = EXPR;
        static final int BXOR = 10;
        static final int BAND = 11;
        static final int SHIFT = 12;
        static final int ARITH = 13;
        static final int TERM = 14;
        static final int FACTOR = 15;
        static final int POWER = 16;
        static final int AWAIT = 17;
        static final int ATOM = 18;

        static int next(int precedence) {
            return Math.min(precedence + 1, ATOM);
        }
    }
}
