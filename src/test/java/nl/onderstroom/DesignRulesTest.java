package nl.onderstroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Design rules that live in the source text rather than in the byte code (ArchitectureTest holds the others); see
 * docs/decisions/design-health.md.
 */
class DesignRulesTest {

    private static final Path MAIN = Path.of("src/main/java/nl/onderstroom");

    /**
     * A class over {@value #MAX_LINES} lines says why at its top: its first comment holds a paragraph that starts
     * with {@value #REASON}, so the next engineer reads the reason where the length is.
     */
    private static final int MAX_LINES = 300;
    private static final String REASON = "Long on purpose:";

    @Test
    void no_class_is_over_the_line_limit_without_a_reason_at_its_top() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                if (lines.size() > MAX_LINES && !reasonAtTop(String.join("\n", lines))) {
                    tooLong.add(MAIN.relativize(file).toString().replace('\\', '/') + " (" + lines.size() + " lines)");
                }
            }
        }
        assertThat(tooLong).as("classes over " + MAX_LINES + " lines without '" + REASON + "' at their top").isEmpty();
    }

    /** Whether the comment before the first type declaration gives the reason. */
    static boolean reasonAtTop(String source) {
        Matcher type = Pattern.compile("(?m)^(public |final |abstract |sealed )*(class|record|interface|enum) ").matcher(source);
        String top = type.find() ? source.substring(0, type.start()) : source;
        return top.contains(REASON);
    }

    @Test
    void the_reason_must_stand_above_the_class_not_somewhere_in_it() {
        assertThat(reasonAtTop("/** A map.\n * <p>" + REASON + " one drawing. */\npublic class A {\n}")).isTrue();
        assertThat(reasonAtTop("/** A map. */\nclass A {\n  // " + REASON + " no\n}")).isFalse();
    }

    @Test
    void the_pure_graph_package_holds_no_translation_keys() throws IOException {
        // a translation key is a dotted lower-camel string such as "map.measure.density.label"
        Pattern key = Pattern.compile("\"[a-z]+\\.[a-zA-Z]+(\\.[a-zA-Z]+)*\\.?\"");
        assertThat(matches(MAIN.resolve("map/graph"), key)).isEmpty();
    }

    @Test
    void identity_question_keys_are_written_only_in_their_owner() throws IOException {
        Pattern key = Pattern.compile("\"identity\\.(identity|integrity|image|why|forWhom|greatAt|goodAt|cannot)\"");
        assertThat(matches(MAIN, key)).as("only scan/IdentityQuestions names them")
                .allMatch(hit -> hit.startsWith("scan/IdentityQuestions.java"));
    }

    private static List<String> matches(Path root, Pattern pattern) throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    hits.add(MAIN.relativize(file).toString().replace('\\', '/') + ": " + m.group());
                }
            }
        }
        return hits;
    }
}
