package nl.onderstroom.scan;

import java.text.Normalizer;
import java.util.List;
import java.util.Optional;

/**
 * Cleans text people type into open questions and stories, so that what is stored is plain,
 * visible text: no control characters, no invisible characters that change how the text around
 * them reads, one canonical Unicode form.
 *
 * <p>Kept: every script, emoji, and the two joiners where they join something. U+200D (zero width
 * joiner) glues emoji sequences such as 👩‍👩‍👧 and Indic conjuncts; U+200C (zero width non-joiner)
 * is spelling in Persian and Hindi. Both are kept between two visible characters and dropped
 * elsewhere (at the start or end, next to white space), where they do nothing but hide.
 *
 * <p>Not touched: HTML and other markup. Text is escaped where it is shown, never stripped here, so
 * {@code <script>} stays readable as the words someone typed.
 */
public final class FreeText {

    public static final String TOO_LONG_KEY = "scan.text.tooLong";
    private static final int ZWNJ = 0x200C;
    private static final int ZWJ = 0x200D;

    private FreeText() {
    }

    /**
     * A cleaned text and whether it fits.
     *
     * @param text      the cleaned text, never {@code null}; kept whole even when too long, so the
     *                  person can shorten it
     * @param length    its length as the strictest database counts it: in UTF-16 code units, as H2's
     *                  {@code VARCHAR(n)} does (an emoji outside the Basic Multilingual Plane counts 2) and as a
     *                  browser's {@code maxlength} does; MariaDB's utf8mb4 {@code VARCHAR(n)} counts code points,
     *                  never more. Counting code points let 1,900 emoji pass a 2,000 check and overflow the column
     *                  on H2, whose error message then carried the whole story.
     * @param maxLength the limit it was cleaned for
     */
    public record Result(String text, int length, int maxLength) {

        public boolean isTooLong() {
            return length > maxLength;
        }

        public boolean isEmpty() {
            return text.isEmpty();
        }

        /** {@value #TOO_LONG_KEY} when too long; its arguments are {@link #problemArgs}. */
        public Optional<String> problemKey() {
            return isTooLong() ? Optional.of(TOO_LONG_KEY) : Optional.empty();
        }

        /** The maximum and the actual length. */
        public List<Object> problemArgs() {
            return List.of(maxLength, length);
        }
    }

    /**
     * Cleans {@code raw} ({@code null} counts as empty):
     * <ol>
     * <li>line breaks become {@code \n} ({@code \r\n}, a lone {@code \r}, U+0085, U+2028, U+2029);</li>
     * <li>other C0 and C1 control characters except tab are removed, as are unpaired surrogates;</li>
     * <li>U+200B, U+200E, U+200F, U+202A–U+202E, U+2060, U+2066–U+2069 and U+FEFF (zero width space,
     * direction marks and overrides, word joiner, byte order mark) are removed; U+200C and U+200D
     * only where they join nothing;</li>
     * <li>Unicode NFC;</li>
     * <li>white space at the end of each line is removed, so are more than two blank lines in a row,
     * and white space at the start and end of the text.</li>
     * </ol>
     */
    public static Result clean(String raw, int maxLength) {
        if (maxLength < 0) {
            throw new IllegalArgumentException("maxLength < 0");
        }
        if (raw == null || raw.isEmpty()) {
            return new Result("", 0, maxLength);
        }
        if (isPrintableAsciiLine(raw)) {
            String text = strip(raw);
            return new Result(text, text.length(), maxLength);
        }
        String kept = Normalizer.normalize(removeInvisible(raw), Normalizer.Form.NFC);
        String text = tidyLines(kept);
        return new Result(text, text.length(), maxLength);
    }

    /** The common case, which needs only trimming: one line of printable ASCII. */
    private static boolean isPrintableAsciiLine(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    private static String removeInvisible(String raw) {
        int[] cps = raw.codePoints().toArray();
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < cps.length; i++) {
            int cp = cps[i];
            if (cp == '\r') {
                out.append('\n');
                if (i + 1 < cps.length && cps[i + 1] == '\n') {
                    i++;
                }
            } else if (cp == '\n' || cp == 0x85 || cp == 0x2028 || cp == 0x2029) {
                out.append('\n');
            } else if (cp == '\t') {
                out.append('\t');
            } else if (cp == ZWJ || cp == ZWNJ) {
                if (joinsSomething(cps, i)) {
                    out.appendCodePoint(cp);
                }
            } else if (!isRemoved(cp)) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    /** Whether the joiner at {@code i} stands between two visible characters (after removal). */
    private static boolean joinsSomething(int[] cps, int i) {
        int before = i - 1;
        while (before >= 0 && isRemoved(cps[before])) {
            before--;
        }
        int after = i + 1;
        while (after < cps.length && isRemoved(cps[after])) {
            after++;
        }
        return before >= 0 && after < cps.length && isVisible(cps[before]) && isVisible(cps[after]);
    }

    private static boolean isVisible(int cp) {
        return cp != ZWJ && cp != ZWNJ && !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && !Character.isISOControl(cp);
    }

    /** Characters that go whatever their neighbours; line breaks and tab stay (as white space). */
    private static boolean isRemoved(int cp) {
        return (Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r' && cp != 0x85)
                || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE)
                || cp == 0x200B || cp == 0x200E || cp == 0x200F
                || (cp >= 0x202A && cp <= 0x202E)
                || cp == 0x2060
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0xFEFF;
    }

    private static String tidyLines(String text) {
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(text.length());
        int blankRun = 0;
        for (String line : lines) {
            String trimmed = stripTrailing(line);
            if (trimmed.isEmpty()) {
                blankRun++;
                if (blankRun > 2) {
                    continue;
                }
            } else {
                blankRun = 0;
            }
            out.append(trimmed).append('\n');
        }
        return strip(out.toString());
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }

    private static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** White space, also the non-breaking kinds (all in the Basic Multilingual Plane). */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
