package tierpy.modules.re;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The parser's tree, flags and errors, and the java.util.regex text it becomes. */
class TranslatorTest {
    private static String java(String pattern, int flags) {
        return Translator.translate(Parser.parse(pattern, flags, true), true).regex();
    }

    private static String error(String pattern) {
        Parser.Error e = assertThrows(Parser.Error.class, () -> Parser.parse(pattern, 0, true));
        return e.getMessage() + " @" + e.pos;
    }

    @Test
    void anchorsAndDotSpellPythonsSemantics() {
        assertEquals("\\Aa(?=\\n?\\z)", java("^a$", 0));
        assertEquals("(?<![^\\n])a(?=\\n|\\z)(?:\uD800\uDC00){0}", java("^a$", Parser.MULTILINE));
        assertEquals("[^\\n][\\x{0}-\\x{10ffff}]", java(".(?s:.)", 0).replace("(?:", "").replace(")", ""));
        assertEquals("\\A\\z", java("\\A\\Z", 0));
    }

    @Test
    void classesUsePythonsUnicodeOrAsciiSets() {
        assertEquals("[\\p{Nd}][\\p{L}\\p{N}_]", java("\\d\\w", 0));
        assertEquals("[0-9][a-zA-Z0-9_]", java("\\d\\w", Parser.ASCII));
        assertEquals("[^a\\x{2d}z]", java("[^a-]z", 0).replace("]z", "z]"));
        assertEquals("(?iu)abc", java("abc", Parser.IGNORECASE));
        assertEquals("(?i)abc", java("abc", Parser.IGNORECASE | Parser.ASCII));
        assertEquals("(?iu)(?-iu:a)b", java("(?-i:a)b", Parser.IGNORECASE));
    }

    @Test
    void branchOfCharactersBecomesASet() {
        assertEquals("(?:[ab])*c", java("(?:a|b)*c", 0));
        assertEquals("(?:ab|c)", java("ab|c", 0));
    }

    @Test
    void quantifiersKeepGreed() {
        assertEquals("(?:a)*?(?:b)++(?:c){2,}(?:d){0,3}+(?:e){4}", java("a*?b++c{2,}d{,3}+e{4}", 0));
        assertEquals("x\\x{7b}(?:y)?", java("x{y?", 0));
    }

    @Test
    void conditionalsTestAMarkerGroup() {
        Translator.Result r = Translator.translate(Parser.parse("(a)?(?(1)b|c)(d)", 0, true), true);
        assertEquals("(?:(a()))?(?:(?=\\2)(?:b)|(?!\\2)(?:c))(d)", r.regex());
        assertArrayEquals(new int[] {0, 1, 3}, r.javaGroup());
    }

    @Test
    void groupsAndNames() {
        Parser.Parsed p = Parser.parse("(?P<x>a)(?:b)(c)(?P<y>(d))", Parser.VERBOSE, true);
        assertEquals(4, p.groups());
        assertEquals(Map.of("x", 1, "y", 3), p.groupIndex());
        assertEquals(Parser.VERBOSE | Parser.UNICODE, p.flags());
        assertEquals(Parser.IGNORECASE | Parser.UNICODE, Parser.parse("(?i)a", 0, true).flags());
    }

    @Test
    void errorsCarryCPythonsMessagesAndPositions() {
        assertEquals("multiple repeat @2", error("a**"));
        assertEquals("nothing to repeat @0", error("*a"));
        assertEquals("missing ), unterminated subpattern @0", error("(abc"));
        assertEquals("unbalanced parenthesis @3", error("abc)"));
        assertEquals("unterminated character set @0", error("[abc"));
        assertEquals("unknown extension ?<x @1", error("(?<x>a)"));
        assertEquals("bad escape \\q @0", error("\\q"));
        assertEquals("bad character range z-a @1", error("[z-a]"));
        assertEquals("invalid group reference 2 @3", error("(?(2)a)"));
        assertEquals("global flags not at the start of the expression @1", error("a(?i)b"));
        assertEquals("look-behind requires fixed-width pattern @-1", error("(?<=a+)b"));
        Parser.Error locale = assertThrows(Parser.Error.class, () -> Parser.parse("a", Parser.LOCALE, true));
        assertEquals(Parser.Kind.VALUE, locale.kind);
        assertEquals("cannot use LOCALE flag with a str pattern", locale.getMessage());
    }

    @Test
    void templatesSplitIntoLiteralsAndGroups() {
        assertEquals(List.of("<", 1, "|", 0, ">\n"), Parser.parseTemplate("<\\1|\\g<0>>\\n", true, 1, Map.of()));
        assertEquals(List.of(2, "A"), Parser.parseTemplate("\\g<name>\\101", true, 2, Map.of("name", 2)));
        Parser.Error e = assertThrows(Parser.Error.class, () -> Parser.parseTemplate("\\3", true, 1, Map.of()));
        assertEquals("invalid group reference 3", e.getMessage());
        assertEquals(1, e.pos);
    }
}
