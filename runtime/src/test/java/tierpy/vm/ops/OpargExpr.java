package tierpy.vm.ops;

/** Evaluates the small C expressions in oparg that stack effects use ({@code oparg*2}, {@code (oparg>>8) + 1}). */
final class OpargExpr {
    private final String s;
    private final int oparg;
    private int pos;

    private OpargExpr(String s, int oparg) {
        this.s = s.replace(" ", "");
        this.oparg = oparg;
    }

    static int eval(String expr, int oparg) {
        OpargExpr e = new OpargExpr(expr, oparg);
        int v = e.or();
        if (e.pos != e.s.length()) throw new IllegalArgumentException("cannot evaluate " + expr);
        return v;
    }

    private int or() {
        int v = and();
        while (eat("|")) v |= and();
        return v;
    }

    private int and() {
        int v = shift();
        while (eat("&")) v &= shift();
        return v;
    }

    private int shift() {
        int v = sum();
        for (;;) {
            if (eat(">>")) v >>= sum();
            else if (eat("<<")) v <<= sum();
            else return v;
        }
    }

    private int sum() {
        int v = product();
        for (;;) {
            if (eat("+")) v += product();
            else if (eat("-")) v -= product();
            else return v;
        }
    }

    private int product() {
        int v = atom();
        while (eat("*")) v *= atom();
        return v;
    }

    private int atom() {
        if (eat("(")) {
            int v = or();
            if (!eat(")")) throw new IllegalArgumentException("missing ) in " + s);
            return v;
        }
        if (s.startsWith("oparg", pos)) {
            pos += 5;
            return oparg;
        }
        int start = pos;
        if (s.startsWith("0x", pos) || s.startsWith("0X", pos)) {
            pos += 2;
            while (pos < s.length() && Character.digit(s.charAt(pos), 16) >= 0) pos++;
            return Integer.parseInt(s.substring(start + 2, pos), 16);
        }
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) pos++;
        if (start == pos) throw new IllegalArgumentException("unexpected input at " + pos + " in " + s);
        return Integer.parseInt(s.substring(start, pos));
    }

    private boolean eat(String token) {
        if (!s.startsWith(token, pos)) return false;
        pos += token.length();
        return true;
    }
}
