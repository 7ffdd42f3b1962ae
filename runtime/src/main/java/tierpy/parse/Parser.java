package tierpy.parse;

import static tierpy.lex.TokenKind.*;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
import tierpy.ast.Located;
import tierpy.ast.MatchCase;
import tierpy.ast.Mod;
import tierpy.ast.Operator;
import tierpy.ast.Pattern;
import tierpy.ast.Stmt;
import tierpy.ast.TypeParam;
import tierpy.ast.UnaryOperator;
import tierpy.ast.WithItem;
import tierpy.lex.Lexer;
import tierpy.lex.Token;
import tierpy.lex.TokenBuffer;
import tierpy.lex.TokenKind;
import tierpy.lex.TokenizeError;

/**
 * Mirrors Grammar/python.gram (CPython 3.14) as a hand-written recursive-descent parser: one method
 * per grammar rule, named after it; left-recursive rules are loops. The actions build the same nodes
 * with the same positions as Parser/action_helpers.c. Alternatives that CPython tries by
 * backtracking are decided here by looking at the next tokens, so no memo table is needed.
 * CPython's second pass with the invalid_* rules is folded into the single pass: where a rule can
 * fail, the check of the matching invalid_* rule runs at that point and raises its message.
 */
public final class Parser {
    private static final Set<String> KEYWORDS = Set.of("False", "None", "True", "and", "as", "assert", "async",
            "await", "break", "class", "continue", "def", "del", "elif", "else", "except", "finally", "for", "from",
            "global", "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
            "while", "with", "yield");

    private final TokenBuffer tokens;
    private final byte[] source;
    private final int[] lineStarts;
    private final String filename;
    private int p;
    private final SyntaxWarnings warnings;
    /** The parse's warnings, given to {@link #warnings} once the parse is over (a retry starts afresh). */
    private final List<PendingWarning> pendingWarnings = new ArrayList<>();

    private record PendingWarning(String message, int lineno, int colOffset) {}

    private List<Lexer.Warning> tokenizerWarnings = List.of();

    /** Hands the tokenizer's and the parser's warnings over in source order, as CPython emits them. */
    private void flushWarnings() {
        for (Lexer.Warning warning : tokenizerWarnings) {
            pendingWarnings.add(new PendingWarning(warning.message(), warning.lineno(), warning.colOffset()));
        }
        // one lambda of ours, not Comparator.comparingInt: the JDK's combinator lambdas are spun on every start
        pendingWarnings.sort((a, b) -> a.lineno != b.lineno ? Integer.compare(a.lineno, b.lineno)
                : Integer.compare(a.colOffset, b.colOffset));
        for (PendingWarning warning : pendingWarnings) {
            warnings.warn(warning.message(), warning.lineno(), warning.colOffset());
        }
        pendingWarnings.clear();
        tokenizerWarnings = List.of();
    }
    /** Raised instead of a generic error at the end of input when a bracket is still open. */
    private PySyntaxError unclosedBracket;

    private Parser(TokenBuffer tokens, byte[] source, int[] lineStarts, String filename, SyntaxWarnings warnings) {
        this.warnings = warnings;
        this.tokens = tokens;
        this.source = source;
        this.lineStarts = lineStarts;
        this.filename = filename;
    }

    /**
     * Parses source text in the given mode: the facade used by compile(), ast.parse and the tools.
     *
     * @throws PySyntaxError for invalid source (SyntaxError, IndentationError, TabError)
     * @throws SourceTooComplexError when the source nests too deeply (CPython's MemoryError)
     */
    public static Mod parse(String source, String filename, Mode mode) {
        return parse(source, filename, mode, SyntaxWarnings.IGNORE);
    }

    /** As {@link #parse(String, String, Mode)}, reporting the parser's SyntaxWarnings to {@code warnings}. */
    public static Mod parse(String source, String filename, Mode mode, SyntaxWarnings warnings) {
        // A byte order mark is not part of the source (CPython's decoder drops it before tokenizing).
        String unmarked = source.startsWith("\uFEFF") ? source.substring(1) : source;
        String text = unmarked.indexOf('\r') >= 0 ? unmarked.replace("\r\n", "\n").replace('\r', '\n') : unmarked;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Lexer lexer = new Lexer(bytes);
        TokenBuffer tokenList;
        try {
            tokenList = lexer.tokenize();
        } catch (TokenizeError e) {
            throw fromTokenizer(e, bytes, lexer.lineStarts(), filename);
        }
        int[] lineStarts = lexer.lineStarts().stream().mapToInt(Integer::intValue).toArray();
        Parser parser = new Parser(tokenList, bytes, lineStarts, filename, warnings);
        parser.tokenizerWarnings = lexer.warnings();
        if (lexer.unclosedBracket() != null) {
            parser.unclosedBracket = fromTokenizer(lexer.unclosedBracket(), bytes, lexer.lineStarts(), filename);
        }
        try {
            try {
                Mod tree = parser.start(mode);
                parser.flushWarnings();
                return tree;
            } catch (StackOverflowError callerStackTooSmall) {
                // The caller's thread stack is too small for this nesting: retry on a thread whose stack
                // allows as much nesting as CPython's parser does (MAXSTACK).
                parser.p = 0;
                parser.pendingWarnings.clear();
                Mod tree = parser.startOnLargeStack(mode);
                parser.flushWarnings();
                return tree;
            }
        } catch (PySyntaxError e) {
            // _PyPegen_tokenize_full_source_to_check_for_errors: a bracket left open before the line the
            // parser had reached wins over the parser's own error.
            PySyntaxError unclosed = parser.unclosedBracket;
            if (unclosed != null && e != unclosed && Math.max(e.lineno(), e.endLineno()) > unclosed.lineno()) {
                parser.flushWarnings();
                throw unclosed;
            }
            parser.flushWarnings();
            throw e;
        }
    }

    private static final long LARGE_STACK_BYTES = 256L << 20;
    /** Parser/pegen.h: MAXSTACK, less the rule frames above a unary operator chain. */
    private static final int MAX_NESTING = 6000 - 20;
    private int nesting;

    /** One more level of a unary operator chain; CPython's parser gives up past MAXSTACK levels. */
    private void enterNesting() {
        if (++nesting > MAX_NESTING) {
            throw new SourceTooComplexError();
        }
    }

    private Mod start(Mode mode) {
        return switch (mode) {
            case EXEC -> file();
            case EVAL -> eval();
            case SINGLE -> interactive();
            case FUNC_TYPE -> funcType();
        };
    }

    private Mod startOnLargeStack(Mode mode) {
        Object[] outcome = new Object[1];
        Thread thread = new Thread(null, () -> {
            try {
                outcome[0] = start(mode);
            } catch (StackOverflowError e) {
                outcome[0] = new SourceTooComplexError();
            } catch (RuntimeException e) {
                outcome[0] = e;
            }
        }, "tierpy-parser", LARGE_STACK_BYTES);
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SourceTooComplexError();
        }
        if (outcome[0] instanceof RuntimeException failure) {
            throw failure;
        }
        return (Mod) outcome[0];
    }

    // ---- errors ---------------------------------------------------------------------------------

    private static PySyntaxError fromTokenizer(TokenizeError e, byte[] bytes, List<Integer> lineStarts, String filename) {
        byte[] line = lineBytes(bytes, lineStarts, e.lineno());
        byte[] endLine = e.endLineno() == e.lineno() ? line : lineBytes(bytes, lineStarts, e.endLineno());
        String text = e.lineno() >= 1 && e.lineno() <= lineStarts.size() ? lineText(line, bytes, lineStarts, e.lineno()) : null;
        return new PySyntaxError(e.type(), e.getMessage(), filename, e.lineno(), charOffset(line, e.offset()),
                e.endLineno(), charOffset(endLine, e.endOffset()), text);
    }

    /** A 1-based byte offset as a 1-based character offset; 0 and -1 mean "none" and stay. */
    private static int charOffset(byte[] line, int byteOffset) {
        return byteOffset >= 1 ? PySyntaxError.characterOffset(line, byteOffset - 1) : byteOffset;
    }

    private static byte[] lineBytes(byte[] bytes, List<Integer> lineStarts, int lineno) {
        if (lineno < 1 || lineno > lineStarts.size()) {
            return new byte[0];
        }
        int start = lineStarts.get(lineno - 1);
        int end = start;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        byte[] line = new byte[end - start];
        System.arraycopy(bytes, start, line, 0, line.length);
        return line;
    }

    private static String lineText(byte[] line, byte[] bytes, List<Integer> lineStarts, int lineno) {
        int start = lineStarts.get(lineno - 1);
        boolean hasNewline = start + line.length < bytes.length;
        return new String(line, StandardCharsets.UTF_8) + (hasNewline ? "\n" : "");
    }

    private List<Integer> lineStartList() {
        List<Integer> list = new ArrayList<>(lineStarts.length);
        for (int start : lineStarts) {
            list.add(start);
        }
        return list;
    }

    /** RAISE_ERROR_KNOWN_LOCATION: byte positions converted to CPython's character offsets. */
    private PySyntaxError error(String type, String message, int lineno, int col, int endLineno, int endCol) {
        List<Integer> starts = lineStartList();
        byte[] line = lineBytes(source, starts, lineno);
        int offset = PySyntaxError.characterOffset(line, col);
        int endOffset = endLineno == lineno ? PySyntaxError.characterOffset(line, endCol)
                : PySyntaxError.characterOffset(lineBytes(source, starts, endLineno), endCol);
        String text = lineno >= 1 && lineno <= starts.size() ? lineText(line, source, starts, lineno) : null;
        return new PySyntaxError(type, message, filename, lineno, offset, endLineno, endOffset, text);
    }

    private PySyntaxError errorAt(Located node, String message) {
        return error("SyntaxError", message, node.lineno(), node.colOffset(), node.endLineno(), node.endColOffset());
    }

    private PySyntaxError errorRange(Located from, Located to, String message) {
        return error("SyntaxError", message, from.lineno(), from.colOffset(), to.endLineno(), to.endColOffset());
    }

    private PySyntaxError errorAt(Token token, String message) {
        return error("SyntaxError", message, token.lineno(), token.colOffset(), token.endLineno(), token.endColOffset());
    }

    /**
     * RAISE_SYNTAX_ERROR after a block: at the first token past the DEDENTs or, at the end of input,
     * just after the last line (where CPython's tokenizer cursor is), with no end.
     */
    private PySyntaxError errorAtNextStatement(String message) {
        int i = p;
        while (tokens.kind(i) == DEDENT) {
            i++;
        }
        if (tokens.kind(i) != ENDMARKER) {
            return errorAt(tokens.get(i), message);
        }
        int newline = i;
        while (newline > 0 && tokens.kind(newline) != NEWLINE) {
            newline--;
        }
        Token last = tokens.get(newline);
        PySyntaxError located = error("SyntaxError", message, last.lineno(), last.colOffset(), last.lineno(),
                last.colOffset());
        return new PySyntaxError("SyntaxError", message, filename, located.lineno(), located.offset(), located.lineno(),
                -1, located.text());
    }

    /** The generic "invalid syntax" at the token the parser could not use (_PyPegen_set_syntax_error). */
    private PySyntaxError invalidSyntax() {
        Token token = tokens.get(p);
        if (token.kind() == INDENT) {
            List<Integer> starts = lineStartList();
            byte[] line = lineBytes(source, starts, token.lineno());
            return new PySyntaxError("IndentationError", "unexpected indent", filename, token.lineno(),
                    PySyntaxError.characterOffset(line, token.endColOffset()) - 1, token.lineno(), -1,
                    lineText(line, source, starts, token.lineno()));
        }
        if (token.kind() == DEDENT) {
            return error("IndentationError", "unexpected unindent", token.lineno(), token.colOffset(),
                    token.endLineno(), token.endColOffset());
        }
        if (token.kind() == ENDMARKER && unclosedBracket != null) {
            return unclosedBracket;
        }
        if (token.kind() == ENDMARKER) {
            return error("SyntaxError", "invalid syntax", token.lineno(), token.colOffset(), token.lineno(),
                    token.colOffset());
        }
        return errorAt(token, "invalid syntax");
    }

    // ---- token helpers --------------------------------------------------------------------------

    private Token cur() {
        return tokens.get(p);
    }

    private TokenKind kind() {
        return tokens.kind(p);
    }

    private Token ahead(int n) {
        return tokens.get(Math.min(p + n, tokens.size() - 1));
    }

    private boolean at(TokenKind kind) {
        return tokens.kind(p) == kind;
    }

    private boolean atKeyword(String keyword) {
        return tokens.kind(p) == NAME && tokens.text(p).equals(keyword);
    }

    private boolean accept(TokenKind kind) {
        if (tokens.kind(p) == kind) {
            p++;
            return true;
        }
        return false;
    }

    private boolean acceptKeyword(String keyword) {
        if (atKeyword(keyword)) {
            p++;
            return true;
        }
        return false;
    }

    private Token expect(TokenKind kind) {
        if (tokens.kind(p) != kind) {
            throw invalidSyntax();
        }
        return tokens.get(p++);
    }

    private Token expectKeyword(String keyword) {
        if (!atKeyword(keyword)) {
            throw invalidSyntax();
        }
        return tokens.get(p++);
    }

    /** &&':' in the grammar: a forced token with CPython's "expected ':'" message. */
    private Token expectForced(TokenKind kind, String text) {
        if (tokens.get(p).kind() != kind) {
            throw errorAt(cur(), "expected '" + text + "'");
        }
        return tokens.get(p++);
    }

    /** A block's ':' where the invalid_*_stmt rules report "expected ':'" only before a NEWLINE. */
    private void expectColon() {
        if (accept(COLON)) {
            return;
        }
        throw at(NEWLINE) ? errorAt(cur(), "expected ':'") : invalidSyntax();
    }

    private boolean atName() {
        return tokens.kind(p) == NAME && !KEYWORDS.contains(tokens.text(p));
    }

    private Token name() {
        if (!atName()) {
            throw invalidSyntax();
        }
        return tokens.get(p++);
    }

    /** _PyPegen_get_last_nonnwhitespace_token: the end of a rule's EXTRA. */
    private Token last() {
        return tokens.get(lastIndex());
    }

    private int lastIndex() {
        int m = p - 1;
        while (m > 0) {
            TokenKind kind = tokens.kind(m);
            if (kind != ENDMARKER && kind != NEWLINE && kind != INDENT && kind != DEDENT) {
                break;
            }
            m--;
        }
        return m;
    }

    // ---- start rules ----------------------------------------------------------------------------

    /** file: [statements] ENDMARKER */
    private Mod file() {
        List<Stmt> body = at(ENDMARKER) ? List.of() : statements();
        if (!at(ENDMARKER)) {
            throw invalidSyntax();
        }
        return new Mod.Module(body, List.of());
    }

    /** eval: expressions NEWLINE* ENDMARKER */
    private Mod eval() {
        Expr body = expressions();
        while (accept(NEWLINE)) {
            // trailing newlines are allowed
        }
        if (!at(ENDMARKER)) {
            throw invalidSyntax();
        }
        return new Mod.Expression(body);
    }

    /** interactive: statement_newline */
    private Mod interactive() {
        if (at(NEWLINE) || at(ENDMARKER)) {
            return new Mod.Interactive(List.of());
        }
        List<Stmt> body;
        if (isCompoundStart()) {
            body = new ArrayList<>();
            body.add(compoundStmt());
            accept(NEWLINE);
        } else {
            body = simpleStmts();
            if (!at(ENDMARKER)) {
                // bad_single_statement: more input after the statement's NEWLINE.
                throw errorAt(tokens.get(p - 1), "multiple statements found while compiling a single statement");
            }
        }
        if (!at(ENDMARKER)) {
            throw invalidSyntax();
        }
        return new Mod.Interactive(body);
    }

    /** func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
    private Mod funcType() {
        expect(LPAR);
        List<Expr> argtypes = new ArrayList<>();
        while (!at(RPAR)) {
            // type_expressions: '*' and '**' prefixes are accepted and dropped, as in CPython.
            if (!accept(STAR)) {
                accept(DOUBLESTAR);
            }
            argtypes.add(expression());
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RPAR);
        expect(RARROW);
        Expr returns = expression();
        while (accept(NEWLINE)) {
            // trailing newlines are allowed
        }
        expect(ENDMARKER);
        return new Mod.FunctionType(argtypes, returns);
    }

    // ---- statements -----------------------------------------------------------------------------

    /** statements: statement+ */
    private List<Stmt> statements() {
        List<Stmt> body = new ArrayList<>();
        while (!at(ENDMARKER) && !at(DEDENT)) {
            statement(body);
        }
        return body;
    }

    /** statement: compound_stmt | simple_stmts */
    private void statement(List<Stmt> body) {
        if (isCompoundStart()) {
            body.add(compoundStmt());
        } else if (at(INDENT)) {
            throw invalidSyntax();
        } else {
            body.addAll(simpleStmts());
        }
    }

    private boolean isCompoundStart() {
        Token token = cur();
        if (token.kind() == AT) {
            return true;
        }
        if (token.kind() != NAME) {
            return false;
        }
        return switch (token.text()) {
            case "def", "if", "class", "with", "for", "try", "while" -> true;
            case "async" -> true;
            case "match" -> isMatchStatement();
            default -> false;
        };
    }

    /** simple_stmts: ';'.simple_stmt+ [';'] NEWLINE */
    private List<Stmt> simpleStmts() {
        List<Stmt> list = new ArrayList<>();
        list.add(simpleStmt());
        while (accept(SEMI)) {
            if (at(NEWLINE)) {
                break;
            }
            list.add(simpleStmt());
        }
        if (!at(NEWLINE)) {
            throw afterStatementError(list.get(list.size() - 1));
        }
        p++;
        return list;
    }

    /** What CPython reports when a simple statement is followed by junk (invalid_* rules). */
    private PySyntaxError afterStatementError(Stmt statement) {
        Token token = cur();
        if (statement instanceof Stmt.Expr(Expr value, int l, int c, int el, int ec)) {
            if (value instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"))
                    && startsExpression(token)) {
                return errorRange(value, restOfStatement(),
                        "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?");
            }
            if (tokens.get(p - 1).kind() == STRING && token.kind() == NAME) {
                int i = p;
                while (tokens.get(i).kind() == NAME) {
                    i++;
                }
                if (tokens.get(i).kind() == STRING) {
                    return errorRange(tokenLocated(token), tokenLocated(tokens.get(i - 1)),
                            "invalid syntax. Is this intended to be part of the string?");
                }
            }
        }
        return invalidSyntax();
    }


    /** The expression after a legacy "print" (invalid_legacy_expression's range end), or its first token. */
    private Located restOfStatement() {
        int save = p;
        try {
            return starExpressions();
        } catch (PySyntaxError e) {
            return tokenLocated(tokens.get(save));
        } finally {
            p = save;
        }
    }

    private static Located tokenLocated(Token token) {
        return new Expr.Name(token.text(), ExprContext.Load, token.lineno(), token.colOffset(), token.endLineno(),
                token.endColOffset());
    }


    private static boolean startsExpression(Token token) {
        return switch (token.kind()) {
            case NAME -> !Set.of("and", "as", "else", "for", "if", "in", "is", "or", "from").contains(token.text());
            case NUMBER, STRING, FSTRING_START, TSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS -> true;
            default -> false;
        };
    }

    /** simple_stmt (memo) */
    private Stmt simpleStmt() {
        int start = p;
        if (tokens.kind(start) == NAME) {
            switch (tokens.text(start)) {
                case "return": return returnStmt();
                case "import": return importName();
                case "from": return importFrom();
                case "raise": return raiseStmt();
                case "pass": p++; return new Stmt.Pass(tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(start), tokens.endColOffset(start));
                case "break": p++; return new Stmt.Break(tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(start), tokens.endColOffset(start));
                case "continue": p++; return new Stmt.Continue(tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(start), tokens.endColOffset(start));
                case "del": return delStmt();
                case "assert": return assertStmt();
                case "global": case "nonlocal": return globalStmt();
                case "type":
                    if (ahead(1).kind() == NAME && (ahead(2).kind() == EQUAL || ahead(2).kind() == LSQB)) {
                        return typeAlias();
                    }
                    break;
                default:
                    break;
            }
        }
        return assignmentOrExpression();
    }

    /** assignment | star_expressions, decided after the first expression. */
    private Stmt assignmentOrExpression() {
        int start = p;
        Expr first = atKeyword("yield") ? yieldExpr() : starExpressions();
        Token next = cur();
        if (next.kind() == COLON) {
            return annotatedAssignment(start, first);
        }
        if (next.kind() == EQUAL) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (accept(EQUAL)) {
                targets.add(value);
                value = atKeyword("yield") ? yieldExpr() : starExpressions();
            }
            List<Expr> stored = new ArrayList<>(targets.size());
            for (Expr target : targets) {
                stored.add(assignTarget(target, targets.size() == 1 ? value : null));
            }
            int end = lastIndex();
            return new Stmt.Assign(stored, value, null, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
        }
        Operator op = augAssignOperator(next.kind());
        if (op != null) {
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw errorAt(first, "'" + expressionName(first) + "' is an illegal expression for augmented assignment");
            }
            p++;
            Expr value = atKeyword("yield") ? yieldExpr() : starExpressions();
            int end = lastIndex();
            return new Stmt.AugAssign(withContext(first, ExprContext.Store), op, value, tokens.lineno(start), tokens.colOffset(start),
                    tokens.endLineno(end), tokens.endColOffset(end));
        }
        int end = lastIndex();
        return new Stmt.Expr(first, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    private Stmt annotatedAssignment(int start, Expr target) {
        if (target instanceof Expr.Tuple || target instanceof Expr.List) {
            throw errorAt(target, "only single target (not " + (target instanceof Expr.Tuple ? "tuple" : "list")
                    + ") can be annotated");
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw errorAt(target, "illegal target for annotation");
        }
        p++;
        Expr annotation = expression();
        Expr value = null;
        if (accept(EQUAL)) {
            value = atKeyword("yield") ? yieldExpr() : starExpressions();
        }
        int simple = target instanceof Expr.Name && tokens.kind(start) != LPAR ? 1 : 0;
        int end = lastIndex();
        return new Stmt.AnnAssign(withContext(target, ExprContext.Store), annotation, value, simple, tokens.lineno(start),
                tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** star_targets, checked as invalid_assignment does; value is set for a single '=' (for the hint). */
    private Expr assignTarget(Expr target, Expr value) {
        Expr invalid = invalidTarget(target, false);
        if (invalid != null) {
            if (invalid instanceof Expr.Yield || invalid instanceof Expr.YieldFrom) {
                if (invalid == target) {
                    throw errorAt(target, "assignment to yield expression not possible");
                }
            }
            if (invalid == target && value != null && hintsComparison(target) && hintsComparison(value)) {
                throw errorAt(target, "cannot assign to " + expressionName(target)
                        + " here. Maybe you meant '==' instead of '='?");
            }
            throw errorAt(invalid, "cannot assign to " + expressionName(invalid));
        }
        return withContext(target, ExprContext.Store);
    }

    /** The bitwise_or operands of invalid_named_expression's "Maybe you meant '=='" alternative. */
    private static boolean hintsComparison(Expr e) {
        return switch (e) {
            case Expr.List l -> false;
            case Expr.Tuple t -> false;
            case Expr.GeneratorExp g -> false;
            case Expr.Constant c -> !(c.value() instanceof Boolean) && c.value() != ConstantSingleton.None;
            case Expr.Compare c -> false;
            case Expr.BoolOp b -> false;
            case Expr.UnaryOp u -> u.op() != UnaryOperator.Not;
            case Expr.IfExp i -> false;
            case Expr.Lambda l -> false;
            case Expr.Starred s -> false;
            case Expr.NamedExpr n -> false;
            case Expr.Yield y -> false;
            case Expr.YieldFrom y -> false;
            default -> true;
        };
    }

    /** _PyPegen_get_invalid_target */
    private static Expr invalidTarget(Expr e, boolean forDelete) {
        return switch (e) {
            case Expr.List l -> firstInvalid(l.elts(), forDelete);
            case Expr.Tuple t -> firstInvalid(t.elts(), forDelete);
            case Expr.Starred s -> forDelete ? s : invalidTarget(s.value(), false);
            case Expr.Name n -> null;
            case Expr.Subscript s -> null;
            case Expr.Attribute a -> null;
            default -> e;
        };
    }

    private static Expr firstInvalid(List<Expr> elts, boolean forDelete) {
        for (Expr elt : elts) {
            Expr invalid = invalidTarget(elt, forDelete);
            if (invalid != null) {
                return invalid;
            }
        }
        return null;
    }

    /** _PyPegen_get_expr_name */
    static String expressionName(Expr e) {
        return switch (e) {
            case Expr.Attribute a -> "attribute";
            case Expr.Subscript s -> "subscript";
            case Expr.Starred s -> "starred";
            case Expr.Name n -> "name";
            case Expr.List l -> "list";
            case Expr.Tuple t -> "tuple";
            case Expr.Lambda l -> "lambda";
            case Expr.Call c -> "function call";
            case Expr.BoolOp b -> "expression";
            case Expr.BinOp b -> "expression";
            case Expr.UnaryOp u -> "expression";
            case Expr.GeneratorExp g -> "generator expression";
            case Expr.Yield y -> "yield expression";
            case Expr.YieldFrom y -> "yield expression";
            case Expr.Await a -> "await expression";
            case Expr.ListComp l -> "list comprehension";
            case Expr.SetComp s -> "set comprehension";
            case Expr.DictComp d -> "dict comprehension";
            case Expr.Dict d -> "dict literal";
            case Expr.Set s -> "set display";
            case Expr.JoinedStr j -> "f-string expression";
            case Expr.FormattedValue f -> "f-string expression";
            case Expr.TemplateStr t -> "t-string expression";
            case Expr.Interpolation i -> "t-string expression";
            case Expr.Constant c -> c.value() == ConstantSingleton.None ? "None"
                    : Boolean.FALSE.equals(c.value()) ? "False" : Boolean.TRUE.equals(c.value()) ? "True"
                    : c.value() == ConstantSingleton.Ellipsis ? "ellipsis" : "literal";
            case Expr.Compare c -> "comparison";
            case Expr.IfExp i -> "conditional expression";
            case Expr.NamedExpr n -> "named expression";
            case Expr.Slice s -> "slice";
        };
    }

    /** _PyPegen_set_expr_context */
    static Expr withContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(), n.endColOffset());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(), a.colOffset(), a.endLineno(),
                    a.endColOffset());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(), s.colOffset(), s.endLineno(),
                    s.endColOffset());
            case Expr.Starred s -> new Expr.Starred(withContext(s.value(), ctx), ctx, s.lineno(), s.colOffset(),
                    s.endLineno(), s.endColOffset());
            case Expr.List l -> new Expr.List(withContext(l.elts(), ctx), ctx, l.lineno(), l.colOffset(), l.endLineno(),
                    l.endColOffset());
            case Expr.Tuple t -> new Expr.Tuple(withContext(t.elts(), ctx), ctx, t.lineno(), t.colOffset(), t.endLineno(),
                    t.endColOffset());
            default -> e;
        };
    }

    private static List<Expr> withContext(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr elt : elts) {
            out.add(withContext(elt, ctx));
        }
        return out;
    }

    private static Operator augAssignOperator(TokenKind kind) {
        return switch (kind) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    /** type_alias: "type" NAME [type_params] '=' expression */
    private Stmt typeAlias() {
        int start = p;
        p++;
        Token nameToken = name();
        Expr name = new Expr.Name(nameToken.text(), ExprContext.Store, nameToken.lineno(), nameToken.colOffset(),
                nameToken.endLineno(), nameToken.endColOffset());
        List<TypeParam> params = at(LSQB) ? typeParams() : List.of();
        expect(EQUAL);
        Expr value = expression();
        int end = lastIndex();
        return new Stmt.TypeAlias(name, params, value, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** return_stmt: 'return' [star_expressions] */
    private Stmt returnStmt() {
        int start = p;
        p++;
        Expr value = isExpressionStart() ? starExpressions() : null;
        int end = lastIndex();
        return new Stmt.Return(value, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    private boolean isExpressionStart() {
        Token token = cur();
        return switch (token.kind()) {
            case NAME -> !KEYWORDS.contains(token.text()) || switch (token.text()) {
                case "None", "True", "False", "not", "lambda", "await", "yield" -> true;
                default -> false;
            };
            case NUMBER, STRING, FSTRING_START, TSTRING_START, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS, STAR -> true;
            default -> false;
        };
    }

    /** raise_stmt: 'raise' expression ['from' expression] | 'raise' */
    private Stmt raiseStmt() {
        int start = p;
        p++;
        Expr exc = null;
        Expr cause = null;
        if (atKeyword("from")) {
            throw errorRange(tokenLocated(tokens.get(start)), tokenLocated(cur()),
                    "did you forget an expression between 'raise' and 'from'?");
        }
        if (isExpressionStart()) {
            exc = expression();
            if (atKeyword("from")) {
                Token from = cur();
                p++;
                if (!isExpressionStart()) {
                    throw errorAt(from, "did you forget an expression after 'from'?");
                }
                cause = expression();
            }
        }
        int end = lastIndex();
        return new Stmt.Raise(exc, cause, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** global_stmt / nonlocal_stmt: ('global' | 'nonlocal') ','.NAME+ */
    private Stmt globalStmt() {
        int start = p;
        p++;
        List<String> names = new ArrayList<>();
        do {
            names.add(name().text());
        } while (accept(COMMA));
        int end = lastIndex();
        return tokens.text(start).equals("global")
                ? new Stmt.Global(names, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end))
                : new Stmt.Nonlocal(names, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** del_stmt: 'del' del_targets &(';' | NEWLINE); del_targets: ','.del_target+ [','] */
    private Stmt delStmt() {
        int start = p;
        p++;
        List<Expr> targets = new ArrayList<>();
        int targetsStart = p;
        do {
            if (!targets.isEmpty() && (at(NEWLINE) || at(SEMI))) {
                break;
            }
            Expr target;
            try {
                target = primary();
            } catch (PySyntaxError e) {
                throw invalidDelete(targetsStart, e);
            }
            Expr invalid = invalidTarget(target, true);
            if (invalid != null) {
                throw errorAt(invalid, "cannot delete " + expressionName(invalid));
            }
            targets.add(withContext(target, ExprContext.Del));
        } while (accept(COMMA));
        if (!at(NEWLINE) && !at(SEMI)) {
            throw invalidDelete(targetsStart, invalidSyntax());
        }
        int end = lastIndex();
        return new Stmt.Delete(targets, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                tokens.endColOffset(end));
    }

    /** invalid_del_stmt: 'del' star_expressions names the first target that cannot be deleted. */
    private PySyntaxError invalidDelete(int targetsStart, PySyntaxError generic) {
        p = targetsStart;
        Expr targets;
        try {
            targets = starExpressions();
        } catch (PySyntaxError e) {
            return generic;
        }
        Expr invalid = invalidTarget(targets, true);
        return invalid != null ? errorAt(invalid, "cannot delete " + expressionName(invalid)) : generic;
    }

    /** assert_stmt: 'assert' expression [',' expression] */
    private Stmt assertStmt() {
        int start = p;
        p++;
        Expr test = expression();
        assertAssignment(test);
        Expr msg = null;
        if (accept(COMMA)) {
            msg = expression();
            assertAssignment(msg);
        }
        int end = lastIndex();
        return new Stmt.Assert(test, msg, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** invalid_assert_stmt: '=' or ':=' after an assert's test or message. */
    private void assertAssignment(Expr target) {
        if (at(EQUAL) || at(COLONEQUAL)) {
            boolean walrus = at(COLONEQUAL);
            p++;
            Expr value = expression();
            throw errorRange(target, value, walrus ? "cannot use named expression without parentheses here"
                    : "cannot assign to " + expressionName(target) + " here. Maybe you meant '==' instead of '='?");
        }
    }

    /** import_name: 'import' dotted_as_names */
    private Stmt importName() {
        int start = p;
        p++;
        if (at(NEWLINE)) {
            throw errorAt(cur(), "Expected one or more names after 'import'");
        }
        List<Alias> names = new ArrayList<>();
        do {
            names.add(dottedAsName());
        } while (accept(COMMA));
        if (atKeyword("from")) {
            // invalid_import: "import a from b"
            p++;
            dottedName();
            throw errorRange(tokenLocated(tokens.get(start)), tokenLocated(last()),
                    "Did you mean to use 'from ... import ...' instead?");
        }
        int end = lastIndex();
        return new Stmt.Import(names, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** dotted_as_name: dotted_name ['as' NAME] */
    private Alias dottedAsName() {
        int start = p;
        String dotted = dottedName();
        String asname = null;
        if (acceptKeyword("as")) {
            asname = importTarget();
        }
        int end = lastIndex();
        return new Alias(dotted, asname, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** The NAME after 'as' in an import; invalid_import_as_names reports other expressions. */
    private String importTarget() {
        if (atName() && (ahead(1).kind() == DOT || ahead(1).kind() == LPAR || ahead(1).kind() == LSQB)) {
            Expr target = expression();
            throw errorAt(target, "cannot use " + expressionName(target) + " as import target");
        }
        return name().text();
    }

    /** dotted_name: dotted_name '.' NAME | NAME */
    private String dottedName() {
        StringBuilder dotted = new StringBuilder(name().text());
        while (at(DOT) && ahead(1).kind() == NAME) {
            p++;
            dotted.append('.').append(name().text());
        }
        return dotted.toString();
    }

    /** import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | 'from' ('.' | '...')+ 'import' ... */
    private Stmt importFrom() {
        int start = p;
        p++;
        int level = 0;
        while (at(DOT) || at(ELLIPSIS)) {
            level += at(DOT) ? 1 : 3;
            p++;
        }
        String module = null;
        if (!atKeyword("import")) {
            module = dottedName();
        }
        expectKeyword("import");
        List<Alias> names = new ArrayList<>();
        if (at(NEWLINE)) {
            throw errorAt(cur(), "Expected one or more names after 'import'");
        }
        if (at(STAR)) {
            Token star = cur();
            p++;
            names.add(new Alias("*", null, star.lineno(), star.colOffset(), star.endLineno(), star.endColOffset()));
        } else if (accept(LPAR)) {
            do {
                if (at(RPAR) && !names.isEmpty()) {
                    break;
                }
                names.add(importAsName());
            } while (accept(COMMA));
            expect(RPAR);
        } else {
            do {
                names.add(importAsName());
            } while (accept(COMMA));
            if (tokens.get(p - 1).kind() == COMMA) {
                throw errorAt(cur(), "trailing comma not allowed without surrounding parentheses");
            }
        }
        int end = lastIndex();
        return new Stmt.ImportFrom(module, names, level, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                tokens.endColOffset(end));
    }

    /** import_from_as_name: NAME ['as' NAME] */
    private Alias importAsName() {
        if (at(NEWLINE) && tokens.get(p - 1).kind() == COMMA) {
            throw errorAt(cur(), "trailing comma not allowed without surrounding parentheses");
        }
        int start = p;
        name();
        String asname = null;
        if (acceptKeyword("as")) {
            asname = importTarget();
        }
        int end = lastIndex();
        return new Alias(tokens.text(start), asname, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    // ---- compound statements --------------------------------------------------------------------

    private Stmt compoundStmt() {
        Token token = cur();
        if (token.kind() == AT) {
            return decorated();
        }
        return switch (token.text()) {
            case "def" -> functionDef(List.of(), false);
            case "class" -> classDef(List.of());
            case "if" -> ifStmt();
            case "with" -> withStmt(false);
            case "for" -> forStmt(false);
            case "try" -> tryStmt();
            case "while" -> whileStmt();
            case "match" -> matchStmt();
            case "async" -> {
                Token next = ahead(1);
                if (next.isName("def")) {
                    yield functionDef(List.of(), true);
                }
                if (next.isName("with")) {
                    yield withStmt(true);
                }
                if (next.isName("for")) {
                    yield forStmt(true);
                }
                p++;
                throw invalidSyntax();
            }
            default -> throw invalidSyntax();
        };
    }

    /** decorators: ('@' named_expression NEWLINE)+, then class_def_raw or function_def_raw */
    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (accept(AT)) {
            decorators.add(namedExpression());
            expect(NEWLINE);
        }
        if (atKeyword("class")) {
            return classDef(decorators);
        }
        if (atKeyword("def")) {
            return functionDef(decorators, false);
        }
        if (atKeyword("async") && ahead(1).isName("def")) {
            return functionDef(decorators, true);
        }
        throw invalidSyntax();
    }

    /** function_def_raw */
    private Stmt functionDef(List<Expr> decorators, boolean async) {
        int start = p;
        if (async) {
            p++;
        }
        expectKeyword("def");
        Token nameToken = name();
        List<TypeParam> typeParams = at(LSQB) ? typeParams() : List.of();
        expectForced(LPAR, "(");
        Arguments args = at(RPAR) ? emptyArguments() : parameters(false);
        expect(RPAR);
        Expr returns = accept(RARROW) ? expression() : null;
        expectForced(COLON, ":");
        List<Stmt> body = block();
        int end = lastIndex();
        return async
                ? new Stmt.AsyncFunctionDef(nameToken.text(), args, body, decorators, returns, null, typeParams,
                        tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end))
                : new Stmt.FunctionDef(nameToken.text(), args, body, decorators, returns, null, typeParams,
                        tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block */
    private Stmt classDef(List<Expr> decorators) {
        int start = p;
        p++;
        Token nameToken = name();
        List<TypeParam> typeParams = at(LSQB) ? typeParams() : List.of();
        List<Expr> bases = List.of();
        List<Keyword> keywords = List.of();
        if (accept(LPAR)) {
            CallArguments arguments = arguments(RPAR, false);
            expect(RPAR);
            bases = arguments.args;
            keywords = arguments.keywords;
        }
        expectColon();
        List<Stmt> body = block();
        int end = lastIndex();
        return new Stmt.ClassDef(nameToken.text(), bases, keywords, body, decorators, typeParams, tokens.lineno(start),
                tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** block: NEWLINE INDENT statements DEDENT | simple_stmts */
    private List<Stmt> block() {
        if (accept(NEWLINE)) {
            if (!at(INDENT)) {
                Token here = cur();
                throw error("IndentationError", "expected an indented block after " + blockOwner(),
                        here.lineno(), here.colOffset(), here.endLineno(), here.endColOffset());
            }
            p++;
            List<Stmt> body = statements();
            expect(DEDENT);
            return body;
        }
        return simpleStmts();
    }

    /** The phrase of invalid_*_stmt messages ("'if' statement on line 3"). */
    private String blockOwner() {
        // The first token of the logical line holding the ':'.
        int j = p - 2;
        while (j > 0 && tokens.get(j - 1).kind() != NEWLINE && tokens.get(j - 1).kind() != INDENT
                && tokens.get(j - 1).kind() != DEDENT) {
            j--;
        }
        Token first = tokens.get(j);
        String word = first.text();
        int line = first.lineno();
        if (word.equals("async") && j + 1 < tokens.size()) {
            word = tokens.get(j + 1).text();
        }
        return switch (word) {
            case "if" -> "'if' statement on line " + line;
            case "elif" -> "'elif' statement on line " + line;
            case "else" -> "'else' statement on line " + line;
            case "while" -> "'while' statement on line " + line;
            case "for" -> "'for' statement on line " + line;
            case "with" -> "'with' statement on line " + line;
            case "try" -> "'try' statement on line " + line;
            case "except" -> (tokens.get(j + 1).kind() == STAR ? "'except*' statement on line " : "'except' statement on line ") + line;
            case "finally" -> "'finally' statement on line " + line;
            case "class" -> "class definition on line " + line;
            case "def" -> "function definition on line " + line;
            case "match" -> "'match' statement on line " + line;
            case "case" -> "'case' statement on line " + line;
            default -> "statement on line " + line;
        };
    }

    /** if_stmt / elif_stmt */
    private Stmt ifStmt() {
        int start = p;
        p++;
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block();
        List<Stmt> orelse = List.of();
        if (atKeyword("elif")) {
            orelse = List.of(ifStmt());
        } else if (atKeyword("else")) {
            orelse = elseBlock();
            if (atKeyword("elif")) {
                throw errorAt(cur(), "'elif' block follows an 'else' block");
            }
        }
        int end = lastIndex();
        return new Stmt.If(test, body, orelse, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** else_block: 'else' &&':' block */
    private List<Stmt> elseBlock() {
        p++;
        expectForced(COLON, ":");
        return block();
    }

    /** while_stmt: 'while' named_expression ':' block [else_block] */
    private Stmt whileStmt() {
        int start = p;
        p++;
        Expr test = namedExpression();
        expectColon();
        List<Stmt> body = block();
        List<Stmt> orelse = atKeyword("else") ? elseBlock() : List.of();
        int end = lastIndex();
        return new Stmt.While(test, body, orelse, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** for_stmt: ['async'] 'for' star_targets 'in' ~ star_expressions ':' [TYPE_COMMENT] block [else_block] */
    private Stmt forStmt(boolean async) {
        int start = p;
        if (async) {
            p++;
        }
        p++;
        Expr target = starTargets();
        if (!atKeyword("in")) {
            throw invalidSyntax();
        }
        p++;
        Expr iter = starExpressions();
        expectColon();
        List<Stmt> body = block();
        List<Stmt> orelse = atKeyword("else") ? elseBlock() : List.of();
        int end = lastIndex();
        return async
                ? new Stmt.AsyncFor(target, iter, body, orelse, null, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                        tokens.endColOffset(end))
                : new Stmt.For(target, iter, body, orelse, null, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                        tokens.endColOffset(end));
    }

    /** star_targets as used by for and comprehensions: stops before 'in'. */
    private Expr starTargets() {
        int start = p;
        Expr first = starTarget();
        if (!at(COMMA)) {
            Expr invalid = invalidTarget(first, false);
            if (invalid != null) {
                throw errorAt(invalid, "cannot assign to " + expressionName(invalid));
            }
            return withContext(first, ExprContext.Store);
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (atKeyword("in") || at(EQUAL)) {
                break;
            }
            elts.add(starTarget());
        }
        int end = lastIndex();
        Expr tuple = new Expr.Tuple(elts, ExprContext.Load, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                tokens.endColOffset(end));
        Expr invalid = invalidTarget(tuple, false);
        if (invalid != null) {
            throw errorAt(invalid, "cannot assign to " + expressionName(invalid));
        }
        return withContext(tuple, ExprContext.Store);
    }

    /** star_target: '*' (!'*' star_target) | target_with_star_atom */
    private Expr starTarget() {
        if (at(STAR)) {
            Token star = cur();
            p++;
            Expr value = starTarget();
            int end = lastIndex();
            return new Expr.Starred(value, ExprContext.Load, star.lineno(), star.colOffset(), tokens.endLineno(end),
                    tokens.endColOffset(end));
        }
        return bitwiseOr();
    }

    /** with_stmt: ['async'] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block */
    private Stmt withStmt(boolean async) {
        int start = p;
        if (async) {
            p++;
        }
        p++;
        List<WithItem> items = new ArrayList<>();
        if (at(LPAR) && parenthesizedWithItems()) {
            p++;
            do {
                if (at(RPAR)) {
                    break;
                }
                items.add(withItem());
            } while (accept(COMMA));
            expect(RPAR);
        } else {
            do {
                if (at(COLON) && tokens.kind(p - 1) == COMMA) {
                    throw errorAt(tokens.get(p - 1), "the last 'with' item has a trailing comma");
                }
                items.add(withItem());
            } while (accept(COMMA));
        }
        expectColon();
        List<Stmt> body = block();
        int end = lastIndex();
        return async
                ? new Stmt.AsyncWith(items, body, null, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end))
                : new Stmt.With(items, body, null, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** True when the '(' after 'with' opens a list of with_items: the matching ')' is followed by ':'. */
    private boolean parenthesizedWithItems() {
        int depth = 0;
        for (int i = p; i < tokens.size(); i++) {
            TokenKind kind = tokens.get(i).kind();
            if (kind == LPAR || kind == LSQB || kind == LBRACE) {
                depth++;
            } else if (kind == RPAR || kind == RSQB || kind == RBRACE) {
                depth--;
                if (depth == 0) {
                    return tokens.get(i + 1).kind() == COLON && containsAsOrComma(p + 1, i, false)
                            || containsAsOrComma(p + 1, i, true);
                }
            } else if (kind == NEWLINE || kind == ENDMARKER) {
                return false;
            }
        }
        return false;
    }

    /** Whether tokens [from, to) hold a top-level ',' or 'as' (else the parentheses are an expression's). */
    private boolean containsAsOrComma(int from, int to, boolean asOnly) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            TokenKind kind = tokens.get(i).kind();
            if (kind == LPAR || kind == LSQB || kind == LBRACE) {
                depth++;
            } else if (kind == RPAR || kind == RSQB || kind == RBRACE) {
                depth--;
            } else if (depth == 0 && (kind == COMMA && !asOnly || tokens.get(i).isName("as"))) {
                return true;
            }
        }
        return false;
    }

    /** with_item: expression 'as' star_target &(',' | ')' | ':') | expression */
    private WithItem withItem() {
        Expr context = expression();
        Expr vars = null;
        if (acceptKeyword("as")) {
            vars = starTarget();
            Expr invalid = invalidTarget(vars, false);
            if (invalid != null) {
                throw errorAt(invalid, "cannot assign to " + expressionName(invalid));
            }
            vars = withContext(vars, ExprContext.Store);
        }
        return new WithItem(context, vars);
    }

    /** try_stmt */
    private Stmt tryStmt() {
        int start = p;
        p++;
        expectForced(COLON, ":");
        List<Stmt> body = block();
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        while (atKeyword("except")) {
            boolean thisStar = ahead(1).kind() == STAR;
            if (!handlers.isEmpty() && thisStar != star) {
                throw thisStar ? errorRange(tokenLocated(cur()), tokenLocated(ahead(1)),
                        "cannot have both 'except' and 'except*' on the same 'try'")
                        : errorAt(cur(), "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = thisStar;
            if (!handlers.isEmpty() && handlers.get(handlers.size() - 1).type() == null) {
                ExceptHandler bare = handlers.get(handlers.size() - 1);
                throw errorAt(bare, "default 'except:' must be last");
            }
            handlers.add(exceptBlock(thisStar));
        }
        List<Stmt> orelse = List.of();
        if (atKeyword("else")) {
            if (handlers.isEmpty()) {
                throw invalidSyntax();
            }
            orelse = elseBlock();
        }
        List<Stmt> finalbody = List.of();
        if (atKeyword("finally")) {
            p++;
            expectForced(COLON, ":");
            finalbody = block();
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            throw errorAtNextStatement("expected 'except' or 'finally' block");
        }
        int end = lastIndex();
        return star
                ? new Stmt.TryStar(body, handlers, orelse, finalbody, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                        tokens.endColOffset(end))
                : new Stmt.Try(body, handlers, orelse, finalbody, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                        tokens.endColOffset(end));
    }

    /** except_block / except_star_block (3.14: parentheses optional around several types without 'as') */
    private ExceptHandler exceptBlock(boolean star) {
        int start = p;
        p++;
        if (star) {
            p++;
        }
        Expr type = null;
        String name = null;
        if (!at(COLON) && !at(NEWLINE)) {
            Token typeStart = cur();
            type = expression();
            if (at(COMMA)) {
                List<Expr> elts = new ArrayList<>();
                elts.add(type);
                while (accept(COMMA)) {
                    if (at(COLON)) {
                        break;
                    }
                    elts.add(expression());
                }
                int end = lastIndex();
                type = new Expr.Tuple(elts, ExprContext.Load, typeStart.lineno(), typeStart.colOffset(), tokens.endLineno(end),
                        tokens.endColOffset(end));
                if (atKeyword("as")) {
                    p++;
                    Located target = at(NAME) ? tokenLocated(cur()) : elts.get(elts.size() - 1);
                    throw errorRange(elts.get(0), target, "multiple exception types must be parenthesized when using 'as'");
                }
            }
            if (acceptKeyword("as")) {
                if (atName() && ahead(1).kind() != COLON) {
                    Expr target = expression();
                    if (!(target instanceof Expr.Name)) {
                        throw errorAt(target, "cannot use except" + (star ? "*" : "") + " statement with "
                                + expressionName(target));
                    }
                    p--;
                }
                name = name().text();
            }
        } else if (star) {
            throw errorAt(cur(), "expected one or more exception types");
        }
        expectColon();
        List<Stmt> body = block();
        int end = lastIndex();
        return new ExceptHandler(type, name, body, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    // ---- match statement ------------------------------------------------------------------------

    /** Whether "match" here starts a match_stmt: subject_expr ':' NEWLINE must follow. */
    private boolean isMatchStatement() {
        Token next = ahead(1);
        if (next.kind() == NEWLINE || next.kind() == EQUAL || next.kind() == DOT || next.kind() == COLON
                || next.kind() == COMMA || next.kind() == RPAR || augAssignOperator(next.kind()) != null) {
            return false;
        }
        int save = p;
        try {
            p++;
            subjectExpr();
            return at(COLON) || at(NEWLINE);
        } catch (PySyntaxError e) {
            return false;
        } finally {
            p = save;
        }
    }

    /** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
    private Stmt matchStmt() {
        int start = p;
        p++;
        Expr subject = subjectExpr();
        expectColon();
        if (!accept(NEWLINE)) {
            throw invalidSyntax();
        }
        if (!at(INDENT)) {
            Token here = cur();
            throw error("IndentationError", "expected an indented block after 'match' statement on line " + tokens.lineno(start),
                    here.lineno(), here.colOffset(), here.endLineno(), here.endColOffset());
        }
        p++;
        List<MatchCase> cases = new ArrayList<>();
        while (atKeyword("case")) {
            cases.add(caseBlock());
        }
        if (cases.isEmpty()) {
            throw invalidSyntax();
        }
        expect(DEDENT);
        int end = lastIndex();
        return new Stmt.Match(subject, cases, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
    private Expr subjectExpr() {
        int start = p;
        Expr first = starNamedExpression();
        if (!at(COMMA)) {
            if (first instanceof Expr.Starred) {
                throw invalidSyntax();
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(COLON)) {
                break;
            }
            elts.add(starNamedExpression());
        }
        int end = lastIndex();
        return new Expr.Tuple(elts, ExprContext.Load, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** case_block: "case" patterns guard? ':' block */
    private MatchCase caseBlock() {
        p++;
        Pattern pattern = patterns();
        Expr guard = acceptKeyword("if") ? namedExpression() : null;
        expectColon();
        List<Stmt> body = block();
        return new MatchCase(pattern, guard, body);
    }

    /** patterns: open_sequence_pattern | pattern */
    private Pattern patterns() {
        int start = p;
        Pattern first = maybeStarPattern();
        if (!at(COMMA)) {
            if (first instanceof Pattern.MatchStar) {
                // open_sequence_pattern needs a comma after a lone star pattern.
                throw invalidSyntax();
            }
            return first;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(first);
        while (accept(COMMA)) {
            if (at(COLON) || atKeyword("if")) {
                break;
            }
            items.add(maybeStarPattern());
        }
        int end = lastIndex();
        return new Pattern.MatchSequence(items, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** maybe_star_pattern: star_pattern | pattern */
    private Pattern maybeStarPattern() {
        if (at(STAR)) {
            Token star = cur();
            p++;
            Token nameToken = name();
            int end = lastIndex();
            return new Pattern.MatchStar(nameToken.text().equals("_") ? null : nameToken.text(), star.lineno(),
                    star.colOffset(), tokens.endLineno(end), tokens.endColOffset(end));
        }
        return pattern();
    }

    /** pattern: as_pattern | or_pattern */
    private Pattern pattern() {
        int start = p;
        Pattern or = orPattern();
        if (atKeyword("as")) {
            p++;
            Token target = cur();
            if (target.isName("_")) {
                throw errorAt(target, "cannot use '_' as a target");
            }
            if (!atName() || ahead(1).kind() == DOT || ahead(1).kind() == LPAR || ahead(1).kind() == LSQB) {
                Expr invalid = expression();
                throw errorAt(invalid, "cannot use " + expressionName(invalid) + " as pattern target");
            }
            p++;
            return new Pattern.MatchAs(or, target.text(), tokens.lineno(start), tokens.colOffset(start), target.endLineno(),
                    target.endColOffset());
        }
        return or;
    }

    /** or_pattern: '|'.closed_pattern+ */
    private Pattern orPattern() {
        int start = p;
        Pattern first = closedPattern();
        if (!at(VBAR)) {
            return first;
        }
        List<Pattern> alternatives = new ArrayList<>();
        alternatives.add(first);
        while (accept(VBAR)) {
            alternatives.add(closedPattern());
        }
        int end = lastIndex();
        return new Pattern.MatchOr(alternatives, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** closed_pattern (memo) */
    private Pattern closedPattern() {
        int start = p;
        switch (tokens.kind(start)) {
            case NUMBER, MINUS, STRING, FSTRING_START, TSTRING_START -> {
                Expr value = literalExpr();
                return new Pattern.MatchValue(value, value.lineno(), value.colOffset(), value.endLineno(), value.endColOffset());
            }
            case LPAR -> {
                p++;
                if (accept(RPAR)) {
                    int end = lastIndex();
                    return new Pattern.MatchSequence(List.of(), tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                            tokens.endColOffset(end));
                }
                Pattern first = maybeStarPattern();
                if (at(RPAR) && !(first instanceof Pattern.MatchStar)) {
                    p++;
                    return first;
                }
                List<Pattern> items = new ArrayList<>();
                items.add(first);
                while (accept(COMMA)) {
                    if (at(RPAR)) {
                        break;
                    }
                    items.add(maybeStarPattern());
                }
                expect(RPAR);
                int end = lastIndex();
                return new Pattern.MatchSequence(items, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                        tokens.endColOffset(end));
            }
            case LSQB -> {
                p++;
                List<Pattern> items = new ArrayList<>();
                while (!at(RSQB)) {
                    items.add(maybeStarPattern());
                    if (!accept(COMMA)) {
                        break;
                    }
                }
                expect(RSQB);
                int end = lastIndex();
                return new Pattern.MatchSequence(items, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                        tokens.endColOffset(end));
            }
            case LBRACE -> {
                return mappingPattern();
            }
            case NAME -> {
                switch (tokens.text(start)) {
                    case "None" -> {
                        p++;
                        return new Pattern.MatchSingleton(ConstantSingleton.None, tokens.lineno(start), tokens.colOffset(start),
                                tokens.endLineno(start), tokens.endColOffset(start));
                    }
                    case "True", "False" -> {
                        p++;
                        return new Pattern.MatchSingleton(tokens.text(start).equals("True"), tokens.lineno(start), tokens.colOffset(start),
                                tokens.endLineno(start), tokens.endColOffset(start));
                    }
                    default -> {
                        if (KEYWORDS.contains(tokens.text(start))) {
                            throw invalidSyntax();
                        }
                    }
                }
                Expr nameOrAttr = nameOrAttr();
                if (at(LPAR)) {
                    return classPattern(nameOrAttr);
                }
                if (nameOrAttr instanceof Expr.Name n) {
                    return new Pattern.MatchAs(null, n.id().equals("_") ? null : n.id(), n.lineno(), n.colOffset(),
                            n.endLineno(), n.endColOffset());
                }
                return new Pattern.MatchValue(nameOrAttr, nameOrAttr.lineno(), nameOrAttr.colOffset(),
                        nameOrAttr.endLineno(), nameOrAttr.endColOffset());
            }
            default -> throw invalidSyntax();
        }
    }

    /** name_or_attr: attr | NAME */
    private Expr nameOrAttr() {
        Token first = name();
        Expr value = new Expr.Name(first.text(), ExprContext.Load, first.lineno(), first.colOffset(), first.endLineno(),
                first.endColOffset());
        while (accept(DOT)) {
            Token attr = name();
            value = new Expr.Attribute(value, attr.text(), ExprContext.Load, first.lineno(), first.colOffset(),
                    attr.endLineno(), attr.endColOffset());
        }
        return value;
    }

    /** literal_expr: signed_number, complex_number, strings, None/True/False */
    private Expr literalExpr() {
        int start = p;
        if (tokens.kind(start) == STRING || tokens.kind(start) == FSTRING_START || tokens.kind(start) == TSTRING_START) {
            Expr value = strings();
            if (value instanceof Expr.JoinedStr || value instanceof Expr.TemplateStr) {
                throw errorAt(value, "patterns may only match literals and attribute lookups");
            }
            return value;
        }
        if (tokens.kind(start) == NAME) {
            p++;
            Object value = switch (tokens.text(start)) {
                case "None" -> ConstantSingleton.None;
                case "True" -> Boolean.TRUE;
                case "False" -> Boolean.FALSE;
                default -> throw invalidSyntax();
            };
            return new Expr.Constant(value, null, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(start), tokens.endColOffset(start));
        }
        Expr real = signedNumber();
        if (at(PLUS) || at(MINUS)) {
            Operator op = at(PLUS) ? Operator.Add : Operator.Sub;
            p++;
            Token imagToken = expect(NUMBER);
            Expr imag = number(imagToken);
            if (!(((Expr.Constant) imag).value() instanceof tierpy.ast.Imaginary)) {
                throw errorAt(imag, "imaginary number required in complex literal");
            }
            if (((Expr.Constant) (real instanceof Expr.UnaryOp u ? u.operand() : real)).value() instanceof tierpy.ast.Imaginary) {
                throw errorAt(real, "real number required in complex literal");
            }
            return new Expr.BinOp(real, op, imag, real.lineno(), real.colOffset(), imag.endLineno(), imag.endColOffset());
        }
        return real;
    }

    /** signed_number: NUMBER | '-' NUMBER */
    private Expr signedNumber() {
        if (at(MINUS)) {
            Token minus = cur();
            p++;
            Expr number = number(expect(NUMBER));
            int end = lastIndex();
            return new Expr.UnaryOp(UnaryOperator.USub, number, minus.lineno(), minus.colOffset(), tokens.endLineno(end),
                    tokens.endColOffset(end));
        }
        return number(expect(NUMBER));
    }

    /** mapping_pattern */
    private Pattern mappingPattern() {
        int start = p;
        p++;
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at(RBRACE)) {
            if (accept(DOUBLESTAR)) {
                rest = name().text();
                accept(COMMA);
                break;
            }
            Expr key = at(NAME) && !atKeyword("None") && !atKeyword("True") && !atKeyword("False") ? nameOrAttr()
                    : literalExpr();
            if (key instanceof Expr.Name) {
                throw invalidSyntax();
            }
            expect(COLON);
            keys.add(key);
            values.add(pattern());
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RBRACE);
        int end = lastIndex();
        return new Pattern.MatchMapping(keys, values, rest, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                tokens.endColOffset(end));
    }

    /** class_pattern: name_or_attr '(' [positional_patterns] [keyword_patterns] ')' */
    private Pattern classPattern(Expr cls) {
        p++;
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!at(RPAR)) {
            if (at(NAME) && ahead(1).kind() == EQUAL) {
                kwdAttrs.add(name().text());
                p++;
                kwdPatterns.add(pattern());
            } else {
                Pattern positional = pattern();
                if (!kwdAttrs.isEmpty()) {
                    throw errorAt(positional, "positional patterns follow keyword patterns");
                }
                patterns.add(positional);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        expect(RPAR);
        int end = lastIndex();
        return new Pattern.MatchClass(cls, patterns, kwdAttrs, kwdPatterns, cls.lineno(), cls.colOffset(), tokens.endLineno(end),
                tokens.endColOffset(end));
    }

    // ---- type parameters ------------------------------------------------------------------------

    /** type_params: '[' type_param_seq ']' */
    private List<TypeParam> typeParams() {
        p++;
        if (at(RSQB)) {
            Token close = cur();
            throw error("SyntaxError", "Type parameter list cannot be empty", close.lineno(), close.colOffset(),
                    close.endLineno(), close.endColOffset());
        }
        List<TypeParam> params = new ArrayList<>();
        do {
            if (at(RSQB) && !params.isEmpty()) {
                break;
            }
            params.add(typeParam());
        } while (accept(COMMA));
        expect(RSQB);
        return params;
    }

    /** type_param (memo) */
    private TypeParam typeParam() {
        int start = p;
        if (accept(STAR)) {
            Token nameToken = name();
            if (at(COLON)) {
                throw errorAt(cur(), "cannot use " + (at(COLON) && ahead(1).kind() == LPAR ? "constraints" : "bound")
                        + " with TypeVarTuple");
            }
            Expr defaultValue = accept(EQUAL) ? starExpression() : null;
            int end = lastIndex();
            return new TypeParam.TypeVarTuple(nameToken.text(), defaultValue, tokens.lineno(start), tokens.colOffset(start),
                    tokens.endLineno(end), tokens.endColOffset(end));
        }
        if (accept(DOUBLESTAR)) {
            Token nameToken = name();
            if (at(COLON)) {
                throw errorAt(cur(), "cannot use " + (ahead(1).kind() == LPAR ? "constraints" : "bound")
                        + " with ParamSpec");
            }
            Expr defaultValue = accept(EQUAL) ? expression() : null;
            int end = lastIndex();
            return new TypeParam.ParamSpec(nameToken.text(), defaultValue, tokens.lineno(start), tokens.colOffset(start),
                    tokens.endLineno(end), tokens.endColOffset(end));
        }
        Token nameToken = name();
        Expr bound = accept(COLON) ? expression() : null;
        Expr defaultValue = accept(EQUAL) ? expression() : null;
        int end = lastIndex();
        return new TypeParam.TypeVar(nameToken.text(), bound, defaultValue, tokens.lineno(start), tokens.colOffset(start),
                tokens.endLineno(end), tokens.endColOffset(end));
    }

    // ---- parameters -----------------------------------------------------------------------------

    private static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    /** parameters / lambda_parameters: the def or lambda parameter list up to ')' or ':'. */
    private Arguments parameters(boolean lambda) {
        TokenKind closer = lambda ? COLON : RPAR;
        List<Arg> plain = new ArrayList<>();
        List<Arg> posonly = List.of();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        boolean sawStar = false;
        boolean sawSlash = false;
        while (!at(closer)) {
            Token here = cur();
            if (kwarg != null) {
                throw errorAt(here, "parameters cannot follow var-keyword parameter");
            }
            if (accept(SLASH)) {
                if (sawSlash) {
                    throw errorAt(here, "/ may appear only once");
                }
                if (sawStar) {
                    throw errorAt(here, "/ must be ahead of *");
                }
                if (plain.isEmpty()) {
                    throw errorAt(here, "at least one parameter must precede /");
                }
                sawSlash = true;
                posonly = new ArrayList<>(plain);
                plain.clear();
            } else if (accept(STAR)) {
                if (sawStar) {
                    throw errorAt(here, "* may appear only once");
                }
                sawStar = true;
                if (!at(COMMA) && !at(closer)) {
                    vararg = param(lambda, true);
                    if (at(EQUAL)) {
                        throw errorAt(cur(), "var-positional parameter cannot have default value");
                    }
                } else if (at(closer) || at(COMMA) && (ahead(1).kind() == closer || ahead(1).kind() == DOUBLESTAR)) {
                    // def reports at the '*'; lambda (invalid_lambda_star_etc) at the last token it read.
                    Token where = lambda ? (at(COMMA) ? ahead(1) : cur()) : here;
                    throw errorAt(where, "named parameters must follow bare *");
                }
            } else if (accept(DOUBLESTAR)) {
                kwarg = param(lambda, false);
                if (at(EQUAL)) {
                    throw errorAt(cur(), "var-keyword parameter cannot have default value");
                }
            } else if (at(LPAR)) {
                Token open = cur();
                int depth = 0;
                do {
                    depth += at(LPAR) ? 1 : at(RPAR) ? -1 : 0;
                    p++;
                } while (depth > 0 && !at(ENDMARKER));
                throw errorRange(tokenLocated(open), tokenLocated(tokens.get(p - 1)), lambda
                        ? "Lambda expression parameters cannot be parenthesized"
                        : "Function parameters cannot be parenthesized");
            } else {
                Arg arg = param(lambda, false);
                Expr defaultValue = null;
                if (at(EQUAL)) {
                    Token equal = cur();
                    p++;
                    if (at(COMMA) || at(closer)) {
                        throw errorAt(equal, "expected default value expression");
                    }
                    defaultValue = expression();
                }
                if (sawStar) {
                    kwonly.add(arg);
                    kwDefaults.add(defaultValue);
                } else {
                    if (defaultValue != null) {
                        defaults.add(defaultValue);
                    } else if (!defaults.isEmpty()) {
                        throw errorAt(arg, "parameter without a default follows parameter with a default");
                    }
                    plain.add(arg);
                }
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        if (kwDefaults.stream().allMatch(d -> d == null) && kwDefaults.isEmpty()) {
            kwDefaults = List.of();
        }
        return new Arguments(posonly, plain, vararg, kwonly, Collections.unmodifiableList(kwDefaults), kwarg, defaults);
    }

    /** param / lambda_param: NAME [annotation] (a star annotation after '*') */
    private Arg param(boolean lambda, boolean starAnnotation) {
        Token nameToken = name();
        Expr annotation = null;
        if (!lambda && accept(COLON)) {
            annotation = starAnnotation && at(STAR) ? starExpression() : expression();
        }
        int end = lastIndex();
        return new Arg(nameToken.text(), annotation, null, nameToken.lineno(), nameToken.colOffset(), tokens.endLineno(end),
                tokens.endColOffset(end));
    }

    // ---- expressions ----------------------------------------------------------------------------

    /** expressions: expression (',' expression)* [','] */
    private Expr expressions() {
        return tupleOrSingle(false);
    }

    /** star_expressions: star_expression (',' star_expression)* [','] */
    private Expr starExpressions() {
        return tupleOrSingle(true);
    }

    /** The shared shape of expressions and star_expressions: one item, or a tuple of them. */
    private Expr tupleOrSingle(boolean starred) {
        int start = p;
        Expr first = starred ? starExpression() : expression();
        if (!at(COMMA)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (!isExpressionStart()) {
                break;
            }
            elts.add(starred ? starExpression() : expression());
        }
        int end = lastIndex();
        return new Expr.Tuple(elts, ExprContext.Load, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** star_expression: '*' bitwise_or | expression */
    private Expr starExpression() {
        if (at(STAR)) {
            Token star = cur();
            p++;
            Expr value = bitwiseOr();
            int end = lastIndex();
            return new Expr.Starred(value, ExprContext.Load, star.lineno(), star.colOffset(), tokens.endLineno(end),
                    tokens.endColOffset(end));
        }
        return expression();
    }

    /** star_named_expression: '*' bitwise_or | named_expression */
    private Expr starNamedExpression() {
        if (at(STAR)) {
            return starExpression();
        }
        return namedExpression();
    }

    /** named_expression without invalid_named_expression: call arguments have their own rules. */
    private Expr namedExpressionNoHint() {
        if (at(NAME) && ahead(1).kind() == COLONEQUAL && atName()) {
            return namedExpression();
        }
        Expr e = expression();
        if (at(COLONEQUAL)) {
            throw errorAt(e, "cannot use assignment expressions with " + expressionName(e));
        }
        return e;
    }

    /** named_expression: assignment_expression | expression !':=' */
    private Expr namedExpression() {
        if (at(NAME) && ahead(1).kind() == COLONEQUAL && atName()) {
            Token nameToken = cur();
            p += 2;
            Expr value = expression();
            Expr target = new Expr.Name(nameToken.text(), ExprContext.Store, nameToken.lineno(), nameToken.colOffset(),
                    nameToken.endLineno(), nameToken.endColOffset());
            int end = lastIndex();
            return new Expr.NamedExpr(target, value, nameToken.lineno(), nameToken.colOffset(), tokens.endLineno(end),
                    tokens.endColOffset(end));
        }
        Expr e = expression();
        if (at(COLONEQUAL)) {
            throw errorAt(e, "cannot use assignment expressions with " + expressionName(e));
        }
        if (at(EQUAL)) {
            assignmentInsteadOfComparison(e);
        }
        return e;
    }

    /** invalid_named_expression: "x = 1" where a condition or element is expected. */
    private void assignmentInsteadOfComparison(Expr target) {
        int save = p;
        p++;
        Expr value;
        try {
            value = bitwiseOr();
        } catch (PySyntaxError e) {
            p = save;
            return;
        }
        boolean followedByAssignment = at(EQUAL) || at(COLONEQUAL);
        p = save;
        if (followedByAssignment) {
            return;
        }
        if (target instanceof Expr.Name) {
            throw errorRange(target, value, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        if (hintsComparison(target)) {
            throw errorAt(target, "cannot assign to " + expressionName(target) + " here. Maybe you meant '==' instead of '='?");
        }
    }

    /** invalid_expression's "Perhaps you forgot a comma?": two expressions side by side inside brackets. */
    private void checkMissingComma(Expr previous) {
        Token next = cur();
        if (!startsExpression(next) || next.kind() == NAME && KEYWORDS.contains(next.text())
                && !Set.of("None", "True", "False", "not", "lambda", "await").contains(next.text())) {
            return;
        }
        int save = p;
        Expr following;
        try {
            following = expression();
        } catch (PySyntaxError e) {
            p = save;
            return;
        }
        throw errorRange(previous, following, "invalid syntax. Perhaps you forgot a comma?");
    }

    /** expression (memo): disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
    private Expr expression() {
        if (atKeyword("lambda")) {
            return lambdef();
        }
        int start = p;
        Expr body = disjunction();
        if (atKeyword("if")) {
            p++;
            Expr test = disjunction();
            if (!atKeyword("else")) {
                if (at(COLON) || at(NEWLINE) || at(RPAR) || at(COMMA) || at(RSQB) || at(RBRACE)) {
                    throw errorRange(body, test, "expected 'else' after 'if' expression");
                }
                throw invalidSyntax();
            }
            p++;
            if (at(NAME) && Set.of("pass", "break", "continue", "return", "raise", "del", "global", "nonlocal",
                    "import", "from", "assert").contains(cur().text())) {
                throw errorAt(cur(), "expected expression after 'else', but statement is given");
            }
            if (at(STAR) || at(DOUBLESTAR)) {
                throw errorAt(cur(), at(STAR) ? "cannot unpack only part of a conditional expression"
                        : "cannot use dict unpacking on only part of a conditional expression");
            }
            Expr orelse = expression();
            int end = lastIndex();
            return new Expr.IfExp(test, body, orelse, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                    tokens.endColOffset(end));
        }
        return body;
    }

    /** lambdef: 'lambda' [lambda_params] ':' expression */
    private Expr lambdef() {
        int start = p;
        p++;
        Arguments args = at(COLON) ? emptyArguments() : parameters(true);
        expect(COLON);
        Expr body = expression();
        int end = lastIndex();
        return new Expr.Lambda(args, body, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
    private Expr yieldExpr() {
        int start = p;
        p++;
        if (acceptKeyword("from")) {
            Expr value = expression();
            int end = lastIndex();
            return new Expr.YieldFrom(value, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
        }
        Expr value = isExpressionStart() ? starExpressions() : null;
        int end = lastIndex();
        return new Expr.Yield(value, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** disjunction (memo): conjunction ('or' conjunction)+ | conjunction */
    private Expr disjunction() {
        return boolOp(BoolOperator.Or);
    }

    /** conjunction (memo): inversion ('and' inversion)+ | inversion */
    private Expr conjunction() {
        return boolOp(BoolOperator.And);
    }

    /** The shared shape of disjunction (over conjunctions) and conjunction (over inversions). */
    private Expr boolOp(BoolOperator op) {
        String keyword = op == BoolOperator.Or ? "or" : "and";
        int start = p;
        Expr first = op == BoolOperator.Or ? conjunction() : inversion();
        if (!atKeyword(keyword)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (acceptKeyword(keyword)) {
            values.add(op == BoolOperator.Or ? conjunction() : inversion());
        }
        int end = lastIndex();
        return new Expr.BoolOp(op, values, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                tokens.endColOffset(end));
    }

    /** inversion (memo): 'not' inversion | comparison */
    private Expr inversion() {
        if (atKeyword("not")) {
            int start = p;
            p++;
            enterNesting();
            Expr operand;
            try {
                operand = inversion();
            } finally {
                nesting--;
            }
            int end = lastIndex();
            return new Expr.UnaryOp(UnaryOperator.Not, operand, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                    tokens.endColOffset(end));
        }
        return comparison();
    }

    /** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
    private Expr comparison() {
        int start = p;
        Expr left = bitwiseOr();
        CmpOperator op = comparisonOperator();
        if (op == null) {
            return left;
        }
        List<CmpOperator> ops = new ArrayList<>();
        List<Expr> comparators = new ArrayList<>();
        while (op != null) {
            ops.add(op);
            comparators.add(bitwiseOr());
            op = comparisonOperator();
        }
        int end = lastIndex();
        return new Expr.Compare(left, ops, comparators, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                tokens.endColOffset(end));
    }

    /** compare_op_bitwise_or_pair: consumes the operator tokens, or returns null. */
    private CmpOperator comparisonOperator() {
        Token token = cur();
        CmpOperator op = switch (token.kind()) {
            case EQEQUAL -> CmpOperator.Eq;
            case NOTEQUAL -> CmpOperator.NotEq;
            case LESS -> CmpOperator.Lt;
            case LESSEQUAL -> CmpOperator.LtE;
            case GREATER -> CmpOperator.Gt;
            case GREATEREQUAL -> CmpOperator.GtE;
            case NAME -> switch (token.text()) {
                case "in" -> CmpOperator.In;
                case "is" -> ahead(1).isName("not") ? CmpOperator.IsNot : CmpOperator.Is;
                case "not" -> ahead(1).isName("in") ? CmpOperator.NotIn : null;
                default -> null;
            };
            default -> null;
        };
        if (op != null) {
            p += op == CmpOperator.IsNot || op == CmpOperator.NotIn ? 2 : 1;
        }
        return op;
    }

    /** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor (left-recursive: a loop) */
    private Expr bitwiseOr() {
        int start = p;
        Expr left = bitwiseXor();
        while (at(VBAR)) {
            p++;
            Expr right = bitwiseXor();
            left = binOp(start, left, Operator.BitOr, right);
        }
        return left;
    }

    private Expr binOp(int start, Expr left, Operator op, Expr right) {
        int end = lastIndex();
        return new Expr.BinOp(left, op, right, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and */
    private Expr bitwiseXor() {
        int start = p;
        Expr left = bitwiseAnd();
        while (at(CIRCUMFLEX)) {
            p++;
            left = binOp(start, left, Operator.BitXor, bitwiseAnd());
        }
        return left;
    }

    /** bitwise_and: bitwise_and '&' shift_expr | shift_expr */
    private Expr bitwiseAnd() {
        int start = p;
        Expr left = shiftExpr();
        while (at(AMPER)) {
            p++;
            left = binOp(start, left, Operator.BitAnd, shiftExpr());
        }
        return left;
    }

    /** shift_expr: shift_expr ('<<' | '>>') sum | sum */
    private Expr shiftExpr() {
        int start = p;
        Expr left = sum();
        while (at(LEFTSHIFT) || at(RIGHTSHIFT)) {
            Operator op = at(LEFTSHIFT) ? Operator.LShift : Operator.RShift;
            p++;
            left = binOp(start, left, op, sum());
        }
        return left;
    }

    /** sum: sum ('+' | '-') term | term */
    private Expr sum() {
        int start = p;
        Expr left = term();
        while (at(PLUS) || at(MINUS)) {
            Operator op = at(PLUS) ? Operator.Add : Operator.Sub;
            p++;
            notAfterOperator();
            left = binOp(start, left, op, term());
        }
        return left;
    }

    /** term: term ('*' | '/' | '//' | '%' | '@') factor | factor */
    private Expr term() {
        int start = p;
        Expr left = factor();
        while (true) {
            Operator op = switch (cur().kind()) {
                case STAR -> Operator.Mult;
                case SLASH -> Operator.Div;
                case DOUBLESLASH -> Operator.FloorDiv;
                case PERCENT -> Operator.Mod;
                case AT -> Operator.MatMult;
                default -> null;
            };
            if (op == null) {
                return left;
            }
            p++;
            notAfterOperator();
            left = binOp(start, left, op, factor());
        }
    }

    /** invalid_arithmetic / invalid_factor: "1 + not x" */
    private void notAfterOperator() {
        if (atKeyword("not")) {
            Token not = cur();
            p++;
            Expr operand = inversion();
            throw errorRange(tokenLocated(not), operand, "'not' after an operator must be parenthesized");
        }
    }

    /** factor (memo): '+' factor | '-' factor | '~' factor | power */
    private Expr factor() {
        int start = p;
        UnaryOperator op = switch (tokens.kind(start)) {
            case PLUS -> UnaryOperator.UAdd;
            case MINUS -> UnaryOperator.USub;
            case TILDE -> UnaryOperator.Invert;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        p++;
        notAfterOperator();
        enterNesting();
        Expr operand;
        try {
            operand = factor();
        } finally {
            nesting--;
        }
        int end = lastIndex();
        return new Expr.UnaryOp(op, operand, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** power: await_primary '**' factor | await_primary */
    private Expr power() {
        int start = p;
        Expr base = awaitPrimary();
        if (at(DOUBLESTAR)) {
            p++;
            return binOp(start, base, Operator.Pow, factor());
        }
        return base;
    }

    /** await_primary (memo): 'await' primary | primary */
    private Expr awaitPrimary() {
        if (atKeyword("await")) {
            int start = p;
            p++;
            Expr value = primary();
            int end = lastIndex();
            return new Expr.Await(value, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
        }
        return primary();
    }

    /** primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom */
    private Expr primary() {
        int start = p;
        Expr value = atom();
        while (true) {
            switch (cur().kind()) {
                case DOT -> {
                    p++;
                    Token attr = name();
                    value = new Expr.Attribute(value, attr.text(), ExprContext.Load, tokens.lineno(start), tokens.colOffset(start),
                            attr.endLineno(), attr.endColOffset());
                }
                case LPAR -> {
                    Token open = cur();
                    p++;
                    CallArguments arguments = arguments(RPAR, true);
                    Token close = expect(RPAR);
                    List<Expr> args = arguments.args;
                    if (arguments.generators != null) {
                        args = List.of(new Expr.GeneratorExp(args.get(0), arguments.generators, open.lineno(),
                                open.colOffset(), close.endLineno(), close.endColOffset()));
                    }
                    value = new Expr.Call(value, args, arguments.keywords, tokens.lineno(start), tokens.colOffset(start),
                            close.endLineno(), close.endColOffset());
                }
                case LSQB -> {
                    p++;
                    Expr slice = slices();
                    Token close = expect(RSQB);
                    value = new Expr.Subscript(value, slice, ExprContext.Load, tokens.lineno(start), tokens.colOffset(start),
                            close.endLineno(), close.endColOffset());
                }
                default -> {
                    return value;
                }
            }
        }
    }

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
    private Expr slices() {
        int start = p;
        Expr first = at(STAR) ? starExpressionForCall() : slice();
        if (!at(COMMA) && !(first instanceof Expr.Starred)) {
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RSQB)) {
                break;
            }
            elts.add(at(STAR) ? starExpressionForCall() : slice());
        }
        int end = lastIndex();
        return new Expr.Tuple(elts, ExprContext.Load, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
    private Expr slice() {
        int start = p;
        Expr lower = null;
        if (!at(COLON)) {
            lower = namedExpression();
            if (!at(COLON)) {
                return lower;
            }
            if (lower instanceof Expr.NamedExpr) {
                throw invalidSyntax();
            }
        }
        p++;
        Expr upper = at(COLON) || at(COMMA) || at(RSQB) ? null : expression();
        Expr step = null;
        if (accept(COLON)) {
            step = at(COMMA) || at(RSQB) ? null : expression();
        }
        int end = lastIndex();
        return new Expr.Slice(lower, upper, step, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end), tokens.endColOffset(end));
    }

    /** atom */
    private Expr atom() {
        Token token = cur();
        switch (token.kind()) {
            case NAME -> {
                String text = token.text();
                Object constant = switch (text) {
                    case "None" -> ConstantSingleton.None;
                    case "True" -> Boolean.TRUE;
                    case "False" -> Boolean.FALSE;
                    default -> null;
                };
                if (constant != null) {
                    p++;
                    return new Expr.Constant(constant, null, token.lineno(), token.colOffset(), token.endLineno(),
                            token.endColOffset());
                }
                if (KEYWORDS.contains(text)) {
                    if ((text.equals("pass") || text.equals("break") || text.equals("continue"))
                            && ahead(1).isName("if")) {
                        throw errorAt(token, "expected expression before 'if', but statement is given");
                    }
                    throw invalidSyntax();
                }
                p++;
                return new Expr.Name(text, ExprContext.Load, token.lineno(), token.colOffset(), token.endLineno(),
                        token.endColOffset());
            }
            case NUMBER -> {
                p++;
                return number(token);
            }
            case STRING, FSTRING_START, TSTRING_START -> {
                return strings();
            }
            case LPAR -> {
                return parenthesized();
            }
            case LSQB -> {
                return listDisplay();
            }
            case LBRACE -> {
                return braceDisplay();
            }
            case ELLIPSIS -> {
                p++;
                return new Expr.Constant(ConstantSingleton.Ellipsis, null, token.lineno(), token.colOffset(),
                        token.endLineno(), token.endColOffset());
            }
            default -> throw invalidSyntax();
        }
    }

    private Expr number(Token token) {
        return new Expr.Constant(StringLiterals.parseNumber(token.text()), null, token.lineno(), token.colOffset(),
                token.endLineno(), token.endColOffset());
    }

    /** tuple | group | genexp */
    private Expr parenthesized() {
        Token open = cur();
        p++;
        if (at(RPAR)) {
            Token close = cur();
            p++;
            return new Expr.Tuple(List.of(), ExprContext.Load, open.lineno(), open.colOffset(), close.endLineno(),
                    close.endColOffset());
        }
        if (atKeyword("yield")) {
            Expr value = yieldExpr();
            expect(RPAR);
            return value;
        }
        if (at(DOUBLESTAR)) {
            Token stars = cur();
            int save = p;
            p++;
            expression();
            if (at(RPAR)) {
                throw errorAt(stars, "cannot use double starred expression here");
            }
            p = save;
        }
        Expr first = starNamedExpression();
        if (atKeyword("for") || atKeyword("async") && ahead(1).isName("for")) {
            if (first instanceof Expr.Starred) {
                throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> generators = forIfClauses();
            Token close = expect(RPAR);
            return new Expr.GeneratorExp(first, generators, open.lineno(), open.colOffset(), close.endLineno(),
                    close.endColOffset());
        }
        if (at(RPAR) && !(first instanceof Expr.Starred)) {
            p++;
            return first;
        }
        checkMissingComma(first);
        if (!at(COMMA)) {
            if (at(RPAR)) {
                throw errorAt(first, "cannot use starred expression here");
            }
            throw invalidSyntax();
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (accept(COMMA)) {
            if (at(RPAR)) {
                break;
            }
            elts.add(starNamedExpression());
            checkMissingComma(elts.get(elts.size() - 1));
        }
        Token close = expect(RPAR);
        return new Expr.Tuple(elts, ExprContext.Load, open.lineno(), open.colOffset(), close.endLineno(),
                close.endColOffset());
    }

    /** list | listcomp */
    private Expr listDisplay() {
        Token open = cur();
        p++;
        List<Expr> elts = new ArrayList<>();
        if (!at(RSQB)) {
            Expr first = starNamedExpression();
            if (atKeyword("for") || atKeyword("async") && ahead(1).isName("for")) {
                if (first instanceof Expr.Starred) {
                    throw errorAt(first, "iterable unpacking cannot be used in comprehension");
                }
                List<Comprehension> generators = forIfClauses();
                Token close = expect(RSQB);
                return new Expr.ListComp(first, generators, open.lineno(), open.colOffset(), close.endLineno(),
                        close.endColOffset());
            }
            elts.add(first);
            checkMissingComma(first);
            while (accept(COMMA)) {
                if (at(RSQB) || atKeyword("for")) {
                    break;
                }
                elts.add(starNamedExpression());
                checkMissingComma(elts.get(elts.size() - 1));
            }
            comprehensionTargetWithoutParentheses(elts);
        }
        Token close = expect(RSQB);
        return new Expr.List(elts, ExprContext.Load, open.lineno(), open.colOffset(), close.endLineno(),
                close.endColOffset());
    }

    /** dict | set | dictcomp | setcomp */
    private Expr braceDisplay() {
        Token open = cur();
        p++;
        if (at(RBRACE)) {
            Token close = cur();
            p++;
            return new Expr.Dict(List.of(), List.of(), open.lineno(), open.colOffset(), close.endLineno(),
                    close.endColOffset());
        }
        if (at(DOUBLESTAR) || !at(STAR) && isDictStart()) {
            return dictDisplay(open);
        }
        Expr first = starNamedExpression();
        if (first instanceof Expr.Starred && at(COLON)) {
            throw errorAt(first, "cannot use a starred expression in a dictionary key");
        }
        if (atKeyword("for") || atKeyword("async") && ahead(1).isName("for")) {
            if (first instanceof Expr.Starred) {
                throw errorAt(first, "iterable unpacking cannot be used in comprehension");
            }
            List<Comprehension> generators = forIfClauses();
            Token close = expect(RBRACE);
            return new Expr.SetComp(first, generators, open.lineno(), open.colOffset(), close.endLineno(),
                    close.endColOffset());
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        checkMissingComma(first);
        while (accept(COMMA)) {
            if (at(RBRACE) || atKeyword("for")) {
                break;
            }
            elts.add(starNamedExpression());
            checkMissingComma(elts.get(elts.size() - 1));
        }
        comprehensionTargetWithoutParentheses(elts);
        Token close = expect(RBRACE);
        return new Expr.Set(elts, open.lineno(), open.colOffset(), close.endLineno(), close.endColOffset());
    }

    /** invalid_comprehension: "[x, y for ...]" */
    private void comprehensionTargetWithoutParentheses(List<Expr> elts) {
        if (atKeyword("for") || atKeyword("async") && ahead(1).isName("for")) {
            Located end = elts.size() > 1 ? elts.get(elts.size() - 1) : tokenLocated(tokens.get(p - 1));
            throw errorRange(elts.get(0), end, "did you forget parentheses around the comprehension target?");
        }
    }

    /** Whether the first element inside '{' is a key: an expression followed by a top-level ':'. */
    private boolean isDictStart() {
        int depth = 0;
        for (int i = p; i < tokens.size(); i++) {
            TokenKind kind = tokens.get(i).kind();
            switch (kind) {
                case LPAR, LSQB, LBRACE, FSTRING_START, TSTRING_START -> depth++;
                case RPAR, RSQB, FSTRING_END, TSTRING_END -> depth--;
                case RBRACE -> {
                    if (depth == 0) {
                        return false;
                    }
                    depth--;
                }
                case COLON -> {
                    if (depth == 0) {
                        return true;
                    }
                }
                case COMMA, COLONEQUAL -> {
                    if (depth == 0) {
                        return false;
                    }
                }
                case NAME -> {
                    // A lambda's ':' or a comprehension's 'for' at the top level means this is no key.
                    if (depth == 0 && (tokens.text(i).equals("for") || tokens.text(i).equals("lambda"))) {
                        return false;
                    }
                }
                case ENDMARKER -> {
                    return false;
                }
                default -> { }
            }
        }
        return false;
    }

    /** The rest of "body if test else orelse" after its body, for error ranges. */
    private Expr conditionalAfter(Expr body) {
        p++;
        Expr test = disjunction();
        if (!acceptKeyword("else")) {
            return test;
        }
        return expression();
    }

    private Expr dictDisplay(Token open) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        while (!at(RBRACE)) {
            if (at(DOUBLESTAR)) {
                Token stars = cur();
                p++;
                Expr unpacked = bitwiseOr();
                if (atKeyword("if")) {
                    Expr conditional = conditionalAfter(unpacked);
                    throw errorRange(tokenLocated(stars), conditional, "invalid double starred expression. Did you forget "
                            + "to wrap the conditional expression in parentheses?");
                }
                if (at(COLON)) {
                    throw errorRange(tokenLocated(stars), unpacked, "cannot use dict unpacking in a dictionary key");
                }
                if (atKeyword("for")) {
                    throw errorAt(stars, "dict unpacking cannot be used in dict comprehension");
                }
                keys.add(null);
                values.add(unpacked);
            } else {
                Expr key = expression();
                if (!at(COLON)) {
                    if (at(RBRACE) || at(COMMA)) {
                        List<Integer> starts = lineStartList();
                        byte[] line = lineBytes(source, starts, key.endLineno());
                        throw new PySyntaxError("SyntaxError", "':' expected after dictionary key", filename,
                                key.endLineno(), PySyntaxError.characterOffset(line, key.endColOffset() - 1),
                                key.endLineno(), 0, lineText(line, source, starts, key.endLineno()));
                    }
                    throw invalidSyntax();
                }
                p++;
                if (at(RBRACE) || at(COMMA)) {
                    throw errorAt(tokens.get(p - 1), "expression expected after dictionary key and ':'");
                }
                if (at(STAR) || at(DOUBLESTAR)) {
                    Token star = cur();
                    p++;
                    Expr starred = bitwiseOr();
                    throw errorRange(tokenLocated(star), starred, star.kind() == STAR
                            ? "cannot use a starred expression in a dictionary value"
                            : "cannot use dict unpacking in a dictionary value");
                }
                Expr value = expression();
                checkMissingComma(value);
                if (keys.isEmpty() && (atKeyword("for") || atKeyword("async") && ahead(1).isName("for"))) {
                    List<Comprehension> generators = forIfClauses();
                    Token close = expect(RBRACE);
                    return new Expr.DictComp(key, value, generators, open.lineno(), open.colOffset(), close.endLineno(),
                            close.endColOffset());
                }
                keys.add(key);
                values.add(value);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        Token close = expect(RBRACE);
        return new Expr.Dict(keys, values, open.lineno(), open.colOffset(), close.endLineno(), close.endColOffset());
    }

    /** for_if_clauses: for_if_clause+ */
    private List<Comprehension> forIfClauses() {
        List<Comprehension> generators = new ArrayList<>();
        while (atKeyword("for") || atKeyword("async") && ahead(1).isName("for")) {
            int isAsync = acceptKeyword("async") ? 1 : 0;
            p++;
            Expr target = starTargets();
            if (!atKeyword("in")) {
                // invalid_for_if_clause
                throw errorAt(cur(), "'in' expected after for-loop variables");
            }
            p++;
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (atKeyword("if")) {
                p++;
                ifs.add(disjunction());
            }
            generators.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return generators;
    }

    /** The parsed argument list of a call or class definition. */
    private record CallArguments(List<Expr> args, List<Keyword> keywords, List<Comprehension> generators) {}

    /** arguments (memo): args [','] &')' */
    private CallArguments arguments(TokenKind closer, boolean allowGenerator) {
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeywordUnpacking = false;
        String pendingError = null;
        while (!at(closer)) {
            int start = p;
            if (at(STAR)) {
                if (sawKeywordUnpacking) {
                    throw errorAt(cur(), "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(starExpressionForCall());
            } else if (at(DOUBLESTAR)) {
                p++;
                Expr value = expression();
                if (at(EQUAL)) {
                    p++;
                    Expr assigned = expression();
                    throw errorRange(tokenLocated(tokens.get(start)), assigned, "cannot assign to keyword argument unpacking");
                }
                int end = lastIndex();
                keywords.add(new Keyword(null, value, tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                        tokens.endColOffset(end)));
                sawKeywordUnpacking = true;
            } else if (at(NAME) && ahead(1).kind() == EQUAL && ahead(2).kind() != EQUAL) {
                Token nameToken = cur();
                if (KEYWORDS.contains(nameToken.text())) {
                    if (nameToken.text().equals("True") || nameToken.text().equals("False")
                            || nameToken.text().equals("None")) {
                        throw errorRange(tokenLocated(nameToken), tokenLocated(ahead(1)),
                                "cannot assign to " + nameToken.text());
                    }
                    throw errorRange(tokenLocated(nameToken), tokenLocated(ahead(1)),
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                Token equal = ahead(1);
                p += 2;
                if (at(COMMA) || at(closer)) {
                    throw errorRange(tokenLocated(nameToken), tokenLocated(equal),
                            "expected argument value expression");
                }
                Expr value = expression();
                if (atKeyword("for")) {
                    throw errorRange(tokenLocated(nameToken), tokenLocated(equal),
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
                }
                int end = lastIndex();
                keywords.add(new Keyword(nameToken.text(), value, nameToken.lineno(), nameToken.colOffset(),
                        tokens.endLineno(end), tokens.endColOffset(end)));
                checkMissingComma(value);
            } else {
                Expr value = namedExpressionNoHint();
                if (atKeyword("for") || atKeyword("async") && ahead(1).isName("for")) {
                    if (!allowGenerator) {
                        throw invalidSyntax();
                    }
                    List<Comprehension> generators = forIfClauses();
                    if (!args.isEmpty() || !keywords.isEmpty() || !at(closer) && !(at(COMMA) && ahead(1).kind() == closer)) {
                        Expr lastItem = generators.get(generators.size() - 1).ifs().isEmpty()
                                ? generators.get(generators.size() - 1).iter()
                                : generators.get(generators.size() - 1).ifs().get(generators.get(generators.size() - 1).ifs().size() - 1);
                        throw errorRange(value, lastItem, "Generator expression must be parenthesized");
                    }
                    if (at(COMMA)) {
                        Expr lastItem = generators.get(generators.size() - 1).ifs().isEmpty()
                                ? generators.get(generators.size() - 1).iter()
                                : generators.get(generators.size() - 1).ifs().get(generators.get(generators.size() - 1).ifs().size() - 1);
                        throw errorRange(value, lastItem, "Generator expression must be parenthesized");
                    }
                    return new CallArguments(List.of(value), List.of(), generators);
                }
                if (at(EQUAL)) {
                    Token equal = cur();
                    throw errorRange(value, tokenLocated(equal),
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (!keywords.isEmpty() && pendingError == null) {
                    pendingError = sawKeywordUnpacking ? "positional argument follows keyword argument unpacking"
                            : "positional argument follows keyword argument";
                }
                checkMissingComma(value);
                args.add(value);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        if (pendingError != null) {
            // invalid_arguments raises without a location: at the last token read.
            throw errorAt(at(closer) ? cur() : tokens.get(p - 1), pendingError);
        }
        return new CallArguments(args, keywords, null);
    }

    /** starred_expression: '*' expression (with invalid_starred_expression*) */
    private Expr starExpressionForCall() {
        Token star = cur();
        p++;
        if (!isExpressionStart()) {
            // RAISE_SYNTAX_ERROR: at the last token read, the one after the '*'.
            throw errorAt(cur(), "Invalid star expression");
        }
        Expr value = expression();
        if (value instanceof Expr.IfExp) {
            throw errorRange(tokenLocated(star), value,
                    "invalid starred expression. Did you forget to wrap the conditional expression in parentheses?");
        }
        if (at(EQUAL) && ahead(1).kind() != EQUAL) {
            p++;
            Expr assigned = expression();
            throw errorRange(tokenLocated(star), assigned, "cannot assign to iterable argument unpacking");
        }
        int end = lastIndex();
        return new Expr.Starred(value, ExprContext.Load, star.lineno(), star.colOffset(), tokens.endLineno(end),
                tokens.endColOffset(end));
    }

    // ---- strings --------------------------------------------------------------------------------

    /** strings (memo): (fstring | string)+ | tstring+ */
    private Expr strings() {
        int start = p;
        List<Expr> parts = new ArrayList<>();
        boolean template = false;
        boolean other = false;
        while (true) {
            Token token = cur();
            if (token.kind() == STRING) {
                p++;
                other = true;
                parts.add(stringConstant(token));
            } else if (token.kind() == FSTRING_START) {
                other = true;
                parts.add(fstring());
            } else if (token.kind() == TSTRING_START) {
                template = true;
                parts.add(fstring());
            } else {
                break;
            }
        }
        int end = lastIndex();
        if (template && other) {
            // invalid_string_tstring_concat: from the last part before the kind changes to the next one.
            int boundary = 1;
            while (isTemplate(parts.get(boundary)) == isTemplate(parts.get(0))) {
                boundary++;
            }
            throw errorRange(parts.get(boundary - 1), parts.get(boundary),
                    "cannot mix t-string literals with string or bytes literals");
        }
        return template ? concatenateTemplates(parts, start, end) : concatenateStrings(parts, start, end);
    }

    /** Parser/string_parser.c: warn_invalid_escape_sequence. */
    private void invalidEscapeWarning(String escape, Token token) {
        String kind = escape.length() > 2 ? "invalid octal escape sequence" : "invalid escape sequence";
        pendingWarnings.add(new PendingWarning("\"" + escape + "\" is an " + kind + ". Such sequences will not work in "
                + "the future. Did you mean \"\\" + escape + "\"? A raw string is also an option.", token.lineno(),
                token.colOffset()));
    }

    private static boolean isTemplate(Expr part) {
        return part instanceof Expr.TemplateStr;
    }

    private Expr stringConstant(Token token) {
        Object value;
        try {
            value = StringLiterals.parseString(token.text(), escape -> invalidEscapeWarning(escape, token));
        } catch (StringLiterals.DecodeError e) {
            throw errorAt(token, e.getMessage());
        }
        char first = token.text().charAt(0);
        return new Expr.Constant(value, first == 'u' ? "u" : null, token.lineno(), token.colOffset(), token.endLineno(),
                token.endColOffset());
    }

    /** _PyPegen_concatenate_strings */
    private Expr concatenateStrings(List<Expr> parts, int start, int end) {
        boolean fstring = false;
        boolean bytes = false;
        boolean unicode = false;
        for (Expr part : parts) {
            if (part instanceof Expr.Constant c) {
                if (c.value() instanceof byte[]) {
                    bytes = true;
                } else {
                    unicode = true;
                }
            } else {
                fstring = true;
            }
        }
        if ((unicode || fstring) && bytes) {
            throw errorAt(cur(), "cannot mix bytes and nonbytes literals");
        }
        if (!fstring) {
            if (parts.size() == 1) {
                return parts.get(0);
            }
            Expr.Constant first = (Expr.Constant) parts.get(0);
            Object value;
            if (bytes) {
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                for (Expr part : parts) {
                    out.writeBytes((byte[]) ((Expr.Constant) part).value());
                }
                value = out.toByteArray();
            } else {
                StringBuilder out = new StringBuilder();
                for (Expr part : parts) {
                    out.append((String) ((Expr.Constant) part).value());
                }
                value = out.toString();
            }
            return new Expr.Constant(value, first.kind(), tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                    tokens.endColOffset(end));
        }
        return new Expr.JoinedStr(concatenatedValues(parts), tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                tokens.endColOffset(end));
    }

    private Expr concatenateTemplates(List<Expr> parts, int start, int end) {
        return new Expr.TemplateStr(concatenatedValues(parts), tokens.lineno(start), tokens.colOffset(start), tokens.endLineno(end),
                tokens.endColOffset(end));
    }

    /** _build_concatenated_str: flatten the parts, fold adjacent constants, drop empty ones. */
    private static List<Expr> concatenatedValues(List<Expr> parts) {
        List<Expr> flat = new ArrayList<>();
        for (Expr part : parts) {
            if (part instanceof Expr.JoinedStr j) {
                flat.addAll(j.values());
            } else if (part instanceof Expr.TemplateStr t) {
                flat.addAll(t.values());
            } else {
                flat.add(part);
            }
        }
        List<Expr> values = new ArrayList<>();
        for (int i = 0; i < flat.size(); i++) {
            Expr element = flat.get(i);
            if (element instanceof Expr.Constant first) {
                int j = i;
                StringBuilder text = new StringBuilder();
                Expr.Constant lastConstant = first;
                while (j < flat.size() && flat.get(j) instanceof Expr.Constant c) {
                    text.append((String) c.value());
                    lastConstant = c;
                    j++;
                }
                if (j - i > 1) {
                    element = new Expr.Constant(text.toString(), first.kind(), first.lineno(), first.colOffset(),
                            lastConstant.endLineno(), lastConstant.endColOffset());
                }
                i = j - 1;
                if (text.isEmpty()) {
                    continue;
                }
            }
            values.add(element);
        }
        return values;
    }

    /** fstring: FSTRING_START fstring_middle* FSTRING_END (and tstring alike) */
    private Expr fstring() {
        int start = p;
        p++;
        boolean template = tokens.kind(start) == TSTRING_START;
        TokenKind middleKind = template ? TSTRING_MIDDLE : FSTRING_MIDDLE;
        TokenKind endKind = template ? TSTRING_END : FSTRING_END;
        boolean raw = tokens.text(start).indexOf('r') >= 0 || tokens.text(start).indexOf('R') >= 0;
        List<Expr> raws = new ArrayList<>();
        while (!at(endKind)) {
            if (at(middleKind)) {
                Token middle = cur();
                p++;
                raws.add(middleConstant(middle, raw));
            } else if (at(LBRACE)) {
                Expr field = replacementField(template);
                if (field instanceof Expr.JoinedStr j) {
                    raws.addAll(j.values());
                } else {
                    raws.add(field);
                }
            } else {
                throw invalidSyntax();
            }
        }
        Token end = cur();
        p++;
        List<Expr> values = new ArrayList<>(raws.size());
        for (Expr value : raws) {
            if (value instanceof Expr.Constant c && c.value() instanceof String s && s.isEmpty()) {
                continue;
            }
            values.add(value);
        }
        return template
                ? new Expr.TemplateStr(values, tokens.lineno(start), tokens.colOffset(start), end.endLineno(), end.endColOffset())
                : new Expr.JoinedStr(values, tokens.lineno(start), tokens.colOffset(start), end.endLineno(), end.endColOffset());
    }

    private Expr middleConstant(Token middle, boolean raw) {
        String value;
        try {
            value = raw ? middle.text()
                    : StringLiterals.decodeUnicode(middle.text(), escape -> invalidEscapeWarning(escape, middle));
        } catch (StringLiterals.DecodeError e) {
            throw errorAt(middle, e.getMessage());
        }
        return new Expr.Constant(value, null, middle.lineno(), middle.colOffset(), middle.endLineno(),
                middle.endColOffset());
    }

    /** fstring_replacement_field / tstring_replacement_field */
    private Expr replacementField(boolean template) {
        Token open = cur();
        p++;
        if (at(RBRACE) || at(EXCLAMATION) || at(COLON) || at(EQUAL)) {
            throw errorAt(cur(), (template ? "t" : "f") + "-string: valid expression required before '" + cur().text()
                    + "'");
        }
        if (atKeyword("lambda")) {
            Token lambda = cur();
            int save = p;
            p++;
            if (!at(COLON)) {
                parameters(true);
            }
            if (at(COLON)) {
                throw errorRange(tokenLocated(lambda), tokenLocated(cur()),
                        (template ? "t" : "f") + "-string: lambda expressions are not allowed without parentheses");
            }
            p = save;
        }
        String prefix = template ? "t" : "f";
        if (!isExpressionStart() && !atKeyword("yield")) {
            throw errorAt(cur(), prefix + "-string: expecting a valid expression after '{'");
        }
        Expr value = atKeyword("yield") ? yieldExpr() : starExpressions();
        if (!at(EQUAL) && !at(EXCLAMATION) && !at(COLON) && !at(RBRACE)) {
            throw errorAt(cur(), prefix + "-string: expecting '=', or '!', or ':', or '}'");
        }
        Token debug = null;
        if (at(EQUAL)) {
            debug = cur();
            p++;
            if (!at(EXCLAMATION) && !at(COLON) && !at(RBRACE)) {
                throw errorAt(cur(), prefix + "-string: expecting '!', or ':', or '}'");
            }
        }
        int textEnd = cur().start();
        String metadata = new String(source, open.end(), textEnd - open.end(), StandardCharsets.UTF_8);
        int conversion = -1;
        Expr conversionName = null;
        if (at(EXCLAMATION)) {
            Token bang = cur();
            p++;
            Token conv = cur();
            if (conv.kind() != NAME) {
                throw errorAt(conv, prefix + (at(COLON) || at(RBRACE) ? "-string: missing conversion character"
                        : "-string: invalid conversion character"));
            }
            if (conv.lineno() != bang.lineno() || conv.colOffset() != bang.endColOffset()) {
                throw errorRange(tokenLocated(bang), tokenLocated(conv),
                        (template ? "t" : "f") + "-string: conversion type must come right after the exclamanation mark");
            }
            p++;
            conversionName = tokenLocatedName(conv);
            if (!conv.text().equals("s") && !conv.text().equals("r") && !conv.text().equals("a")) {
                throw errorAt(conv, (template ? "t" : "f") + "-string: invalid conversion character " + tierpy.objects.Strs.repr(conv.text())
                        + ": expected 's', 'r', or 'a'");
            }
            conversion = conv.text().charAt(0);
        } else if (debug != null && !at(COLON)) {
            conversion = 'r';
        }
        Expr formatSpec = null;
        Token colon = null;
        if (!at(COLON) && !at(RBRACE)) {
            throw errorAt(cur(), prefix + "-string: expecting ':' or '}'");
        }
        if (at(COLON)) {
            colon = cur();
            p++;
            formatSpec = formatSpec(colon, template);
            if (!at(RBRACE)) {
                throw errorAt(cur(), prefix + "-string: expecting '}', or format specs");
            }
        }
        Token close = cur();
        p++;
        Expr result;
        if (template) {
            result = new Expr.Interpolation(value, stripInterpolation(metadata), conversion, formatSpec, open.lineno(),
                    open.colOffset(), close.endLineno(), close.endColOffset());
        } else {
            result = new Expr.FormattedValue(value, conversion, formatSpec, open.lineno(), open.colOffset(),
                    close.endLineno(), close.endColOffset());
        }
        if (debug == null) {
            return result;
        }
        int debugEndLine;
        int debugEnd;
        if (conversionName != null) {
            debugEndLine = conversionName.lineno();
            debugEnd = conversionName.colOffset();
        } else if (formatSpec != null) {
            debugEndLine = formatSpec.lineno();
            debugEnd = formatSpec.colOffset() + 1;
        } else {
            debugEndLine = close.endLineno();
            debugEnd = close.endColOffset();
        }
        Expr debugText = new Expr.Constant(metadata, null, open.lineno(), open.colOffset() + 1, debugEndLine, debugEnd - 1);
        return new Expr.JoinedStr(List.of(debugText, result), open.lineno(), open.colOffset(), debugEndLine, debugEnd);
    }

    private static Expr tokenLocatedName(Token token) {
        return new Expr.Name(token.text(), ExprContext.Load, token.lineno(), token.colOffset(), token.endLineno(),
                token.endColOffset());
    }

    /** _strip_interpolation_expr: the expression text without the trailing '=' and whitespace. */
    private static String stripInterpolation(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '=')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** fstring_full_format_spec: ':' fstring_format_spec* */
    private Expr formatSpec(Token colon, boolean template) {
        TokenKind middleKind = template ? TSTRING_MIDDLE : FSTRING_MIDDLE;
        List<Expr> spec = new ArrayList<>();
        while (true) {
            if (at(middleKind)) {
                Token middle = cur();
                p++;
                spec.add(middleConstant(middle, false));
            } else if (at(LBRACE)) {
                Expr field = replacementField(template);
                spec.add(field);
            } else {
                break;
            }
        }
        int end = lastIndex();
        List<Expr> nonEmpty = new ArrayList<>();
        for (Expr item : spec) {
            if (!(item instanceof Expr.Constant c && c.value() instanceof String s && s.isEmpty())) {
                nonEmpty.add(item);
            }
        }
        if (nonEmpty.isEmpty() || nonEmpty.size() == 1 && nonEmpty.get(0) instanceof Expr.Constant) {
            return new Expr.JoinedStr(nonEmpty, colon.lineno(), colon.colOffset(), tokens.endLineno(end), tokens.endColOffset(end));
        }
        return new Expr.JoinedStr(concatenatedValues(nonEmpty), colon.lineno(), colon.colOffset(), tokens.endLineno(end),
                tokens.endColOffset(end));
    }
}
