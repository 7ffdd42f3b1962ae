package tierpy.kernel.magics;

import java.util.HashMap;
import java.util.Map;

/**
 * Option parsing for magic arguments (mirrors IPython/core/magic.py: Magics.parse_options with
 * posix=False, strict=False, preserve_non_opts=True): getopt-style short options, which stop at
 * the first word that is not an option; the rest is kept verbatim.
 *
 * @param values option letter to its value ("" for a flag)
 * @param rest   the remaining argument text
 */
public record MagicOptions(Map<Character, String> values, String rest) {

    /** {@code spec} lists option letters, each followed by ':' when it takes a value. */
    public static MagicOptions parse(String args, String spec) throws UsageError {
        Map<Character, String> values = new HashMap<>();
        int i = 0;
        int n = args.length();
        while (true) {
            while (i < n && Character.isWhitespace(args.charAt(i))) i++;
            if (i + 1 >= n || args.charAt(i) != '-' || args.charAt(i + 1) == '-' || Character.isWhitespace(args.charAt(i + 1))) {
                break;
            }
            int wordEnd = i;
            while (wordEnd < n && !Character.isWhitespace(args.charAt(wordEnd))) wordEnd++;
            int j = i + 1;
            while (j < wordEnd) {
                char letter = args.charAt(j);
                int at = spec.indexOf(letter);
                if (at < 0) throw new UsageError("option -" + letter + " not recognized ( allowed: \"" + spec + "\")");
                boolean takesValue = at + 1 < spec.length() && spec.charAt(at + 1) == ':';
                if (!takesValue) {
                    values.put(letter, "");
                    j++;
                    continue;
                }
                if (j + 1 < wordEnd) {
                    values.put(letter, args.substring(j + 1, wordEnd));
                } else {
                    int valueStart = wordEnd;
                    while (valueStart < n && Character.isWhitespace(args.charAt(valueStart))) valueStart++;
                    int valueEnd = valueStart;
                    while (valueEnd < n && !Character.isWhitespace(args.charAt(valueEnd))) valueEnd++;
                    if (valueStart == valueEnd) throw new UsageError("option -" + letter + " requires argument ( allowed: \"" + spec + "\")");
                    values.put(letter, args.substring(valueStart, valueEnd));
                    wordEnd = valueEnd;
                }
                break;
            }
            i = wordEnd;
        }
        return new MagicOptions(values, args.substring(Math.min(i, n)).strip());
    }

    public boolean has(char option) {
        return values.containsKey(option);
    }

    public int intValue(char option, int otherwise) throws UsageError {
        String value = values.get(option);
        if (value == null) return otherwise;
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageError("invalid literal for int() with base 10: '" + value + "'");
        }
    }
}
