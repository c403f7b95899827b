package nl.onderstroom.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * The narrative's markup: a small Markdown subset, stored as the advisor typed it and rendered to HTML that can
 * carry no script.
 * <ul>
 *   <li>a blank line separates paragraphs; a single line break stays a line break;</li>
 *   <li>{@code **bold**} and {@code *italic*};</li>
 *   <li>lines starting with {@code - } or {@code * } form a bulleted list, {@code 1. } a numbered list.</li>
 * </ul>
 * Everything else is text: every character is escaped, so {@code <script>} is shown as typed. The rendered HTML then
 * passes jsoup's cleaner with a Safelist of exactly the tags above and no attributes, a second guard that does not
 * depend on this renderer being right (docs/decisions/finding-edits.md, "Stored markup").
 */
public final class Narrative {

    private static final Safelist ALLOWED = Safelist.none().addTags("p", "strong", "em", "ul", "ol", "li", "br");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    private static final Pattern ITALIC = Pattern.compile("(?<![*\\w])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![*\\w])");

    private Narrative() {
    }

    /** Safe HTML of a narrative: only p, strong, em, ul, ol, li and br, without attributes. */
    public static String toHtml(String narrative) {
        if (narrative == null || narrative.isBlank()) {
            return "";
        }
        StringBuilder html = new StringBuilder();
        for (String block : narrative.replace("\r\n", "\n").replace('\r', '\n').split("\n\\s*\n")) {
            if (block.isBlank()) {
                continue;
            }
            List<String> lines = List.of(block.strip().split("\n"));
            if (lines.stream().allMatch(l -> BULLET.matcher(l).matches())) {
                list(html, "ul", lines, BULLET);
            } else if (lines.stream().allMatch(l -> NUMBERED.matcher(l).matches())) {
                list(html, "ol", lines, NUMBERED);
            } else {
                List<String> rendered = new ArrayList<>();
                for (String line : lines) {
                    rendered.add(inline(line.strip()));
                }
                html.append("<p>").append(String.join("<br>", rendered)).append("</p>");
            }
        }
        Document.OutputSettings out = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(html.toString(), "", ALLOWED, out);
    }

    /** The narrative as plain text (markup removed), e.g. for a list preview or a PDF without styles. */
    public static String toText(String narrative) {
        if (narrative == null) {
            return "";
        }
        return Jsoup.parse(toHtml(narrative).replace("<br>", "\n").replace("</p>", "\n\n").replace("</li>", "\n"))
                .wholeText().strip();
    }

    private static void list(StringBuilder html, String tag, List<String> lines, Pattern item) {
        html.append('<').append(tag).append('>');
        for (String line : lines) {
            Matcher m = item.matcher(line);
            if (m.matches()) {
                html.append("<li>").append(inline(m.group(1).strip())).append("</li>");
            }
        }
        html.append("</").append(tag).append('>');
    }

    private static String inline(String text) {
        String escaped = escape(text);
        escaped = BOLD.matcher(escaped).replaceAll("<strong>$1</strong>");
        return ITALIC.matcher(escaped).replaceAll("<em>$1</em>");
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                case '$' -> out.append("&#36;"); // replaceAll treats $ in the replacement specially
                case '\\' -> out.append("&#92;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
