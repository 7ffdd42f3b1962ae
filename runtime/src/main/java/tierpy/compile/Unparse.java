package tierpy.compile;

import java.util.List;
import tierpy.ast.Arg;
import tierpy.ast.Arguments;
import tierpy.ast.BoolOperator;
import tierpy.ast.CmpOperator;
import tierpy.ast.Comprehension;
import tierpy.ast.ConstantSingleton;
import tierpy.ast.Expr;
import tierpy.ast.Keyword;
import tierpy.ast.Operator;
import tierpy.ast.UnaryOperator;
import tierpy.code.Const;
import tierpy.objects.Strs;

/**
 * Mirrors Python/ast_unparse.c: the source text of an expression, as stored for annotations under
 * "from __future__ import annotations", with the same precedence-driven parentheses.
 * Kept apart from {@link tierpy.ast.Unparser} (Lib/_ast_unparse.py) as CPython keeps both: this one
 * renders expressions only and writes str and f-string literals as plain repr(), where ast.unparse
 * chooses quotes to avoid backslashes; a mode flag on Unparser could serve both (not done yet).
 */
final class Unparse {
    private Unparse() {}

    private static final int PR_TUPLE = 0;
    private static final int PR_TEST = 1;
    private static final int PR_OR = 2;
    private static final int PR_AND = 3;
    private static final int PR_NOT = 4;
    private static final int PR_CMP = 5;
    private static final int PR_EXPR = 6;
    private static final int PR_BOR = PR_EXPR;
    private static final int PR_BXOR = 7;
    private static final int PR_BAND = 8;
    private static final int PR_SHIFT = 9;
    private static final int PR_ARITH = 10;
    private static final int PR_TERM = 11;
    private static final int PR_FACTOR = 12;
    private static final int PR_POWER = 13;
    private static final int PR_AWAIT = 14;
    private static final int PR_ATOM = 15;

    static String expr(Expr e) {
        StringBuilder sb = new StringBuilder();
        append(sb, e, PR_TEST);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Expr e, int level) {
        switch (e) {
            case Expr.BoolOp b -> {
                int pr = b.op() == BoolOperator.And ? PR_AND : PR_OR;
                String op = b.op() == BoolOperator.And ? " and " : " or ";
                open(sb, level > pr);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) sb.append(op);
                    append(sb, b.values().get(i), pr + 1);
                }
                close(sb, level > pr);
            }
            case Expr.BinOp b -> {
                int pr = binopPrecedence(b.op());
                int rassoc = b.op() == Operator.Pow ? 1 : 0;
                open(sb, level > pr);
                append(sb, b.left(), pr + rassoc);
                sb.append(binopSymbol(b.op()));
                append(sb, b.right(), pr + 1 - rassoc);
                close(sb, level > pr);
            }
            case Expr.UnaryOp u -> {
                int pr = u.op() == UnaryOperator.Not ? PR_NOT : PR_FACTOR;
                open(sb, level > pr);
                sb.append(switch (u.op()) {
                    case Not -> "not ";
                    case Invert -> "~";
                    case UAdd -> "+";
                    case USub -> "-";
                });
                append(sb, u.operand(), pr);
                close(sb, level > pr);
            }
            case Expr.Lambda l -> {
                open(sb, level > PR_TEST);
                sb.append("lambda");
                String args = arguments(l.args());
                if (!args.isEmpty()) sb.append(' ').append(args);
                sb.append(": ");
                append(sb, l.body(), PR_TEST);
                close(sb, level > PR_TEST);
            }
            case Expr.IfExp i -> {
                open(sb, level > PR_TEST);
                append(sb, i.body(), PR_TEST + 1);
                sb.append(" if ");
                append(sb, i.test(), PR_TEST + 1);
                sb.append(" else ");
                append(sb, i.orelse(), PR_TEST);
                close(sb, level > PR_TEST);
            }
            case Expr.Dict d -> {
                sb.append('{');
                for (int i = 0; i < d.values().size(); i++) {
                    if (i > 0) sb.append(", ");
                    if (d.keys().get(i) == null) {
                        sb.append("**");
                        append(sb, d.values().get(i), PR_EXPR);
                    } else {
                        append(sb, d.keys().get(i), PR_TEST);
                        sb.append(": ");
                        append(sb, d.values().get(i), PR_TEST);
                    }
                }
                sb.append('}');
            }
            case Expr.Set s -> {
                if (s.elts().isEmpty()) {
                    sb.append("{*()}");
                } else {
                    sb.append('{');
                    sequence(sb, s.elts());
                    sb.append('}');
                }
            }
            case Expr.ListComp l -> comprehension(sb, "[", l.elt(), null, l.generators(), "]");
            case Expr.SetComp s -> comprehension(sb, "{", s.elt(), null, s.generators(), "}");
            case Expr.DictComp d -> comprehension(sb, "{", d.key(), d.value(), d.generators(), "}");
            case Expr.GeneratorExp g -> comprehension(sb, "(", g.elt(), null, g.generators(), ")");
            case Expr.Await a -> {
                open(sb, level > PR_AWAIT);
                sb.append("await ");
                append(sb, a.value(), PR_ATOM);
                close(sb, level > PR_AWAIT);
            }
            case Expr.Yield y -> {
                sb.append(level > PR_TUPLE ? "(yield" : "yield");
                if (y.value() != null) {
                    sb.append(' ');
                    append(sb, y.value(), PR_TEST);
                }
                if (level > PR_TUPLE) sb.append(')');
            }
            case Expr.YieldFrom y -> {
                sb.append(level > PR_TUPLE ? "(yield from " : "yield from ");
                append(sb, y.value(), PR_TEST);
                if (level > PR_TUPLE) sb.append(')');
            }
            case Expr.Compare c -> {
                open(sb, level > PR_CMP);
                append(sb, c.left(), PR_CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    sb.append(cmpSymbol(c.ops().get(i)));
                    append(sb, c.comparators().get(i), PR_CMP + 1);
                }
                close(sb, level > PR_CMP);
            }
            case Expr.Call c -> {
                append(sb, c.func(), PR_ATOM);
                if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof Expr.GeneratorExp g) {
                    append(sb, g, PR_TEST);
                    return;
                }
                sb.append('(');
                boolean first = true;
                for (Expr a : c.args()) {
                    if (!first) sb.append(", ");
                    first = false;
                    append(sb, a, PR_TEST);
                }
                for (Keyword k : c.keywords()) {
                    if (!first) sb.append(", ");
                    first = false;
                    sb.append(k.arg() == null ? "**" : k.arg() + "=");
                    append(sb, k.value(), PR_TEST);
                }
                sb.append(')');
            }
            case Expr.Constant k -> constant(sb, k.value());
            case Expr.Attribute a -> {
                append(sb, a.value(), PR_ATOM);
                boolean intConst = a.value() instanceof Expr.Constant k && ConstFolding.isInt(Const.fromAst(k.value()))
                        && !(k.value() instanceof Boolean);
                sb.append(intConst ? " ." : ".").append(a.attr());
            }
            case Expr.Subscript s -> {
                append(sb, s.value(), PR_ATOM);
                sb.append('[');
                if (s.slice() instanceof Expr.Tuple t && !t.elts().isEmpty()) {
                    sequence(sb, t.elts());
                    if (t.elts().size() == 1) sb.append(',');
                } else {
                    append(sb, s.slice(), PR_TUPLE);
                }
                sb.append(']');
            }
            case Expr.Starred s -> {
                sb.append('*');
                append(sb, s.value(), PR_EXPR);
            }
            case Expr.Name n -> sb.append(n.id());
            case Expr.List l -> {
                sb.append('[');
                sequence(sb, l.elts());
                sb.append(']');
            }
            case Expr.Tuple t -> {
                if (t.elts().isEmpty()) {
                    sb.append("()");
                    return;
                }
                open(sb, level > PR_TUPLE);
                sequence(sb, t.elts());
                if (t.elts().size() == 1) sb.append(',');
                close(sb, level > PR_TUPLE);
            }
            case Expr.Slice s -> {
                if (s.lower() != null) append(sb, s.lower(), PR_TEST);
                sb.append(':');
                if (s.upper() != null) append(sb, s.upper(), PR_TEST);
                if (s.step() != null) {
                    sb.append(':');
                    append(sb, s.step(), PR_TEST);
                }
            }
            case Expr.NamedExpr n -> {
                open(sb, level > PR_TUPLE);
                append(sb, n.target(), PR_ATOM);
                sb.append(" := ");
                append(sb, n.value(), PR_ATOM);
                close(sb, level > PR_TUPLE);
            }
            case Expr.JoinedStr j -> sb.append('f').append(Strs.repr(fstringBody(j.values())));
            case Expr.TemplateStr t -> sb.append('t').append(Strs.repr(fstringBody(t.values())));
            case Expr.FormattedValue f -> sb.append("f").append(Strs.repr(fstringBody(List.of(f))));
            case Expr.Interpolation i -> sb.append("t").append(Strs.repr(fstringBody(List.of(i))));
        }
    }

    /** The inside of an f-string: literal parts with braces doubled, replacement fields as source. */
    private static String fstringBody(List<Expr> values) {
        StringBuilder sb = new StringBuilder();
        for (Expr v : values) {
            switch (v) {
                case Expr.Constant k when k.value() instanceof String s -> sb.append(s.replace("{", "{{").replace("}", "}}"));
                case Expr.FormattedValue f -> field(sb, f.value(), f.conversion(), f.formatSpec());
                case Expr.Interpolation i -> field(sb, i.value(), i.conversion(), i.formatSpec());
                default -> append(sb, v, PR_TEST);
            }
        }
        return sb.toString();
    }

    private static void field(StringBuilder sb, Expr value, int conversion, Expr spec) {
        String inner = expr(value);
        sb.append(inner.startsWith("{") ? "{ " : "{").append(inner);
        if (conversion != -1) sb.append('!').append((char) conversion);
        if (spec instanceof Expr.JoinedStr j) sb.append(':').append(fstringBody(j.values()));
        sb.append('}');
    }

    private static void open(StringBuilder sb, boolean paren) {
        if (paren) sb.append('(');
    }

    private static void close(StringBuilder sb, boolean paren) {
        if (paren) sb.append(')');
    }

    private static void sequence(StringBuilder sb, List<Expr> elts) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) sb.append(", ");
            append(sb, elts.get(i), PR_TEST);
        }
    }

    private static void comprehension(StringBuilder sb, String open, Expr elt, Expr value, List<Comprehension> gens,
            String close) {
        sb.append(open);
        append(sb, elt, PR_TEST);
        if (value != null) {
            sb.append(": ");
            append(sb, value, PR_TEST);
        }
        for (Comprehension g : gens) {
            sb.append(g.isAsync() != 0 ? " async for " : " for ");
            append(sb, g.target(), PR_TUPLE);
            sb.append(" in ");
            append(sb, g.iter(), PR_TEST + 1);
            for (Expr cond : g.ifs()) {
                sb.append(" if ");
                append(sb, cond, PR_TEST + 1);
            }
        }
        sb.append(close);
    }

    private static void constant(StringBuilder sb, Object value) {
        if (value == ConstantSingleton.Ellipsis) {
            sb.append("...");
            return;
        }
        Object v = Const.fromAst(value);
        if (v instanceof Double d && Double.isInfinite(d)) {
            sb.append(d > 0 ? "1e309" : "-1e309");
            return;
        }
        sb.append(Const.repr(v));
    }

    private static String arguments(Arguments a) {
        StringBuilder sb = new StringBuilder();
        int ndefaults = a.defaults().size();
        List<Arg> positional = new java.util.ArrayList<>(a.posonlyargs());
        positional.addAll(a.args());
        for (int i = 0; i < positional.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(positional.get(i).arg());
            int d = i - (positional.size() - ndefaults);
            if (d >= 0) {
                sb.append('=');
                append(sb, a.defaults().get(d), PR_TEST);
            }
            if (i == a.posonlyargs().size() - 1) sb.append(", /");
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append('*');
            if (a.vararg() != null) sb.append(a.vararg().arg());
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            sb.append(", ").append(a.kwonlyargs().get(i).arg());
            Expr d = a.kwDefaults().get(i);
            if (d != null) {
                sb.append('=');
                append(sb, d, PR_TEST);
            }
        }
        if (a.kwarg() != null) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append("**").append(a.kwarg().arg());
        }
        return sb.toString();
    }

    private static int binopPrecedence(Operator op) {
        return switch (op) {
            case Add, Sub -> PR_ARITH;
            case Mult, MatMult, Div, Mod, FloorDiv -> PR_TERM;
            case LShift, RShift -> PR_SHIFT;
            case BitOr -> PR_BOR;
            case BitXor -> PR_BXOR;
            case BitAnd -> PR_BAND;
            case Pow -> PR_POWER;
        };
    }

    private static String binopSymbol(Operator op) {
        return switch (op) {
            case Add -> " + ";
            case Sub -> " - ";
            case Mult -> " * ";
            case MatMult -> " @ ";
            case Div -> " / ";
            case Mod -> " % ";
            case FloorDiv -> " // ";
            case LShift -> " << ";
            case RShift -> " >> ";
            case BitOr -> " | ";
            case BitXor -> " ^ ";
            case BitAnd -> " & ";
            case Pow -> " ** ";
        };
    }

    private static String cmpSymbol(CmpOperator op) {
        return switch (op) {
            case Eq -> " == ";
            case NotEq -> " != ";
            case Lt -> " < ";
            case LtE -> " <= ";
            case Gt -> " > ";
            case GtE -> " >= ";
            case Is -> " is ";
            case IsNot -> " is not ";
            case In -> " in ";
            case NotIn -> " not in ";
        };
    }
}
