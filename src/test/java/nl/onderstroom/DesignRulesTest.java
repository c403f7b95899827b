package nl.onderstroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** Over {@value #MAX_LINES} lines only with a reason; shrink this list, never grow it without writing why. */
    private static final int MAX_LINES = 400;
    private static final Map<String, String> LONG_CLASSES = Map.of(
            "findings/FindingsService.java", "suggestions, editing under a lock and reactions: to be split in three (issue 9)",
            "findings/ui/FindingsView.java", "suggestion list, editor and actions panel: to be split into components (issue 9)",
            "map/ui/MapView.java", "to be split into toolbar, side panel, keyboard lists and wave box (issue 9)",
            "scan/ui/ScanView.java", "to be split into settings, live counts, codes, open links, e-mail, import (issue 9)",
            "scan/ScanService.java", "lifecycle, invitations and live counts; response import moved out (issue 9)",
            "demo/DemoScans.java", "demonstration data: one story, told in one place",
            "base/disclosure/CountSuppression.java", "one algorithm (complementary suppression) with its proofs in comments");

    @Test
    void no_class_is_over_the_line_limit_without_a_written_reason() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = MAIN.relativize(file).toString().replace('\\', '/');
                if (Files.readAllLines(file).size() > MAX_LINES && !LONG_CLASSES.containsKey(name)) {
                    tooLong.add(name);
                }
            }
        }
        assertThat(tooLong).as("classes over " + MAX_LINES + " lines").isEmpty();
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
