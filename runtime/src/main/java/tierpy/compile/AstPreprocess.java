package tierpy.compile;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import tierpy.ast.ExceptHandler;
import tierpy.ast.Expr;
import tierpy.ast.MatchCase;
import tierpy.ast.Mod;
import tierpy.ast.Operator;
import tierpy.ast.Stmt;
import tierpy.ast.UnaryOperator;
import tierpy.code.Const;

/**
 * Mirrors Python/ast_preprocess.c of CPython 3.14. The PEP 765 pass warns about 'return', 'break'
 * and 'continue' leaving a 'finally' block; the rewrites of the same file are applied where codegen
 * reads the nodes: {@link #foldMatchValue} (negative and complex literals in patterns) and
 * {@link #optimizeFormat} ("%" formatting of a tuple as an f-string). __debug__ is loaded as a
 * constant by codegen.
 */
final class AstPreprocess {
    /** One ControlFlowInFinallyContext. */
    private record Context(boolean inFinally, boolean inFuncdef, boolean inLoop) {}

    private final String filename;
    private final List<Compiler.Warning> warnings;
    private final Deque<Context> contexts = new ArrayDeque<>();

    private AstPreprocess(String filename, List<Compiler.Warning> warnings) {
        this.filename = filename;
        this.warnings = warnings;
    }

    static Mod run(Mod mod, String filename, int optimize, List<Compiler.Warning> warnings) {
        AstPreprocess pass = new AstPreprocess(filename, warnings);
        switch (mod) {
            case Mod.Module m -> pass.body(m.body());
            case Mod.Interactive i -> pass.body(i.body());
            default -> { }
        }
        return mod;
    }

    private void body(List<Stmt> stmts) {
        for (Stmt s : stmts) stmt(s);
    }

    private void inContext(Context ctx, List<Stmt> stmts) {
        contexts.push(ctx);
        body(stmts);
        contexts.pop();
    }

    private void warnIf(boolean condition, Stmt s, String keyword) {
        if (condition) {
            warnings.add(new Compiler.Warning("SyntaxWarning", "'" + keyword + "' in a 'finally' block", filename,
                    s.lineno()));
        }
    }

    private void handlers(List<ExceptHandler> handlers) {
        for (ExceptHandler h : handlers) body(h.body());
    }

    private void stmt(Stmt s) {
        Context top = contexts.peek();
        switch (s) {
            case Stmt.FunctionDef f -> inContext(new Context(false, true, false), f.body());
            case Stmt.AsyncFunctionDef f -> inContext(new Context(false, true, false), f.body());
            case Stmt.ClassDef c -> body(c.body());
            case Stmt.Return r -> warnIf(top != null && top.inFinally() && !top.inFuncdef(), s, "return");
            case Stmt.Break b -> warnIf(top != null && top.inFinally() && !top.inLoop(), s, "break");
            case Stmt.Continue c -> warnIf(top != null && top.inFinally() && !top.inLoop(), s, "continue");
            case Stmt.For f -> {
                inContext(new Context(false, false, true), f.body());
                body(f.orelse());
            }
            case Stmt.AsyncFor f -> {
                inContext(new Context(false, false, true), f.body());
                body(f.orelse());
            }
            case Stmt.While w -> {
                inContext(new Context(false, false, true), w.body());
                body(w.orelse());
            }
            case Stmt.If i -> {
                body(i.body());
                body(i.orelse());
            }
            case Stmt.With w -> body(w.body());
            case Stmt.AsyncWith w -> body(w.body());
            case Stmt.Match m -> {
                for (MatchCase c : m.cases()) body(c.body());
            }
            case Stmt.Try t -> {
                body(t.body());
                handlers(t.handlers());
                body(t.orelse());
                inContext(new Context(true, false, false), t.finalbody());
            }
            case Stmt.TryStar t -> {
                body(t.body());
                handlers(t.handlers());
                body(t.orelse());
                inContext(new Context(true, false, false), t.finalbody());
            }
            default -> { }
        }
    }

    /** fold_const_match_patterns: -<number> and <real> +/- <imaginary> in a pattern become constants. */
    static Expr foldMatchValue(Expr node) {
        switch (node) {
            case Expr.UnaryOp u when u.op() == UnaryOperator.USub && u.operand() instanceof Expr.Constant k -> {
                Object folded = ConstFolding.unaryop(Const.fromAst(k.value()), tierpy.code.Opcodes.UNARY_NEGATIVE, 0);
                return folded == null ? node : constant(folded, node);
            }
            case Expr.BinOp b when (b.op() == Operator.Add || b.op() == Operator.Sub)
                    && b.right() instanceof Expr.Constant right -> {
                Expr left = foldMatchValue(b.left());
                if (left instanceof Expr.Constant l) {
                    Object folded = ConstFolding.binop(Const.fromAst(l.value()),
                            b.op() == Operator.Add ? tierpy.code.Opcodes.NB_ADD : tierpy.code.Opcodes.NB_SUBTRACT,
                            Const.fromAst(right.value()));
                    return folded == null ? node : constant(folded, node);
                }
                return node;
            }
            default -> {
                return node;
            }
        }
    }

    private static Expr.Constant constant(Object value, Expr at) {
        return new Expr.Constant(value, null, at.lineno(), at.colOffset(), at.endLineno(), at.endColOffset());
    }

    private static Expr.Constant noLocationString(String s) {
        return new Expr.Constant(s, null, -1, -1, -1, -1);
    }

    /** fold_binop + optimize_format: '...%s...' % (a, b) as an f-string, or null when it does not apply. */
    static Expr.JoinedStr optimizeFormat(Expr.BinOp node) {
        if (node.op() != Operator.Mod || !(node.left() instanceof Expr.Constant k) || !(k.value() instanceof String fmt)
                || !(node.right() instanceof Expr.Tuple t)) {
            return null;
        }
        for (Expr e : t.elts()) if (e instanceof Expr.Starred) return null;
        List<Expr> elts = t.elts();
        List<Expr> seq = new ArrayList<>();
        int[] pos = {0};
        int cnt = 0;
        int[] cps = fmt.codePoints().toArray();
        while (true) {
            Expr.Constant lit = parseLiteral(cps, pos);
            if (lit != null) seq.add(lit);
            if (pos[0] >= cps.length) break;
            if (cnt >= elts.size()) return null;
            pos[0]++;
            Expr expr = parseFormat(cps, pos, elts.get(cnt));
            cnt++;
            if (expr == null) return null;
            seq.add(expr);
        }
        if (cnt < elts.size()) return null;
        return new Expr.JoinedStr(seq, node.lineno(), node.colOffset(), node.endLineno(), node.endColOffset());
    }

    private static Expr.Constant parseLiteral(int[] cps, int[] ppos) {
        int start = ppos[0];
        int pos = start;
        boolean hasPercents = false;
        while (pos < cps.length) {
            if (cps[pos] != '%') {
                pos++;
            } else if (pos + 1 < cps.length && cps[pos + 1] == '%') {
                hasPercents = true;
                pos += 2;
            } else {
                break;
            }
        }
        ppos[0] = pos;
        if (pos == start) return null;
        String str = new String(cps, start, pos - start);
        if (hasPercents) str = str.replace("%%", "%");
        return noLocationString(str);
    }

    private static final int MAXDIGITS = 3;

    private static Expr parseFormat(int[] cps, int[] ppos, Expr arg) {
        int pos = ppos[0];
        int len = cps.length;
        boolean ljust = false;
        int ch;
        while (true) {
            if (pos >= len) return null;
            ch = cps[pos++];
            if (ch == '-') ljust = true;
            else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') break;
        }
        int width = -1;
        int prec = -1;
        if ('0' <= ch && ch <= '9') {
            width = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= len) return null;
                ch = cps[pos++];
                if (++digits >= MAXDIGITS) return null;
            }
        }
        if (ch == '.') {
            if (pos >= len) return null;
            ch = cps[pos++];
            prec = 0;
            int digits = 0;
            while ('0' <= ch && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= len) return null;
                ch = cps[pos++];
                if (++digits >= MAXDIGITS) return null;
            }
        }
        ppos[0] = pos;
        if (ch != 's' && ch != 'r' && ch != 'a') return null;
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) spec.append('>');
        if (width >= 0) spec.append(width);
        if (prec >= 0) spec.append('.').append(prec);
        Expr formatSpec = spec.isEmpty() ? null : noLocationString(spec.toString());
        return new Expr.FormattedValue(arg, ch, formatSpec, arg.lineno(), arg.colOffset(), arg.endLineno(),
                arg.endColOffset());
    }
}
