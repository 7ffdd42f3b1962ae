package tierpy.modules.re;

import java.util.List;

/**
 * Mirrors Lib/re/_parser.py's SubPattern items (opcode, argument): the parsed form of a Python
 * regular expression, which {@link Translator} turns into a java.util.regex pattern.
 */
sealed interface Node {
    /** MAXREPEAT stands for an unbounded repeat. */
    long MAXREPEAT = 4294967295L;

    /** LITERAL: one code point (NOT_LITERAL is a negated {@link In}). */
    record Literal(int cp) implements Node {}

    record Any() implements Node {}

    record In(List<SetItem> items, boolean negate) implements Node {}

    enum AtKind { BEGINNING, END, BEGINNING_STRING, END_STRING, BOUNDARY, NON_BOUNDARY }

    record At(AtKind kind) implements Node {}

    /** SUBPATTERN: a capturing group (index > 0) or a flag-scoped group (index 0). */
    record Group(int index, int addFlags, int delFlags, Seq body) implements Node {}

    record Atomic(Seq body) implements Node {}

    record Look(boolean behind, boolean negate, Seq body) implements Node {}

    enum Greed { GREEDY, LAZY, POSSESSIVE }

    record Repeat(long min, long max, Greed greed, Seq body) implements Node {}

    record Branch(List<Seq> alternatives) implements Node {}

    record GroupRef(int group) implements Node {}

    /** GROUPREF_EXISTS: {@code (?(group)yes|no)}; no is null without a '|'. */
    record Conditional(int group, Seq yes, Seq no) implements Node {}

    record Seq(List<Node> items) implements Node {}

    /** One member of a character set: a range (a literal is lo == hi) or a category. */
    sealed interface SetItem {}

    record Range(int lo, int hi) implements SetItem {}

    enum Category { DIGIT, NOT_DIGIT, SPACE, NOT_SPACE, WORD, NOT_WORD }

    record Cat(Category category) implements SetItem {}
}
