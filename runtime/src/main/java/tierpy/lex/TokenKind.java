package tierpy.lex;

/** Mirrors Lib/token.py: the token types, with the same names and order. */
public enum TokenKind {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT,
    LPAR, RPAR, LSQB, RSQB, COLON, COMMA, SEMI, PLUS, MINUS, STAR, SLASH, VBAR, AMPER, LESS, GREATER,
    EQUAL, DOT, PERCENT, LBRACE, RBRACE, EQEQUAL, NOTEQUAL, LESSEQUAL, GREATEREQUAL, TILDE, CIRCUMFLEX,
    LEFTSHIFT, RIGHTSHIFT, DOUBLESTAR, PLUSEQUAL, MINEQUAL, STAREQUAL, SLASHEQUAL, PERCENTEQUAL,
    AMPEREQUAL, VBAREQUAL, CIRCUMFLEXEQUAL, LEFTSHIFTEQUAL, RIGHTSHIFTEQUAL, DOUBLESTAREQUAL,
    DOUBLESLASH, DOUBLESLASHEQUAL, AT, ATEQUAL, RARROW, ELLIPSIS, COLONEQUAL, EXCLAMATION,
    OP, TYPE_IGNORE, TYPE_COMMENT, SOFT_KEYWORD,
    FSTRING_START, FSTRING_MIDDLE, FSTRING_END, TSTRING_START, TSTRING_MIDDLE, TSTRING_END,
    COMMENT, NL, ERRORTOKEN, ENCODING;

    /** The operator token for an operator's text (Lib/token.py EXACT_TOKEN_TYPES), or null. */
    public static TokenKind operator(String text) {
        return switch (text) {
            case "!" -> EXCLAMATION; case "!=" -> NOTEQUAL; case "%" -> PERCENT; case "%=" -> PERCENTEQUAL;
            case "&" -> AMPER; case "&=" -> AMPEREQUAL; case "(" -> LPAR; case ")" -> RPAR; case "*" -> STAR;
            case "**" -> DOUBLESTAR; case "**=" -> DOUBLESTAREQUAL; case "*=" -> STAREQUAL; case "+" -> PLUS;
            case "+=" -> PLUSEQUAL; case "," -> COMMA; case "-" -> MINUS; case "-=" -> MINEQUAL; case "->" -> RARROW;
            case "." -> DOT; case "..." -> ELLIPSIS; case "/" -> SLASH; case "//" -> DOUBLESLASH;
            case "//=" -> DOUBLESLASHEQUAL; case "/=" -> SLASHEQUAL; case ":" -> COLON; case ":=" -> COLONEQUAL;
            case ";" -> SEMI; case "<" -> LESS; case "<<" -> LEFTSHIFT; case "<<=" -> LEFTSHIFTEQUAL;
            case "<=" -> LESSEQUAL; case "=" -> EQUAL; case "==" -> EQEQUAL; case ">" -> GREATER;
            case ">=" -> GREATEREQUAL; case ">>" -> RIGHTSHIFT; case ">>=" -> RIGHTSHIFTEQUAL; case "@" -> AT;
            case "@=" -> ATEQUAL; case "[" -> LSQB; case "]" -> RSQB; case "^" -> CIRCUMFLEX;
            case "^=" -> CIRCUMFLEXEQUAL; case "{" -> LBRACE; case "|" -> VBAR; case "|=" -> VBAREQUAL;
            case "}" -> RBRACE; case "~" -> TILDE;
            default -> null;
        };
    }
}
