package nl.onderstroom.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * WCAG 1.4.3 (AA) on the heat maps: the figure in every cell of the matrix (flow 1-5), the theme heat map (0-4) and
 * the own questions' means (1-5) contrasts at least 4.5:1 with its background, over the whole scale, as
 * {@link HeatTable} colours it; so do the marks of hidden and empty cells.
 */
class HeatMapContrastTest {

    private static final double AA = 4.5;

    @Test
    void the_check_tells_a_readable_pair_from_an_unreadable_one() {
        // the themes' old cells: the body text colour (near black) on the scale's middle violet
        assertThat(Figures.contrast("#1a2733", Figures.intensityColour(2.3))).isLessThan(AA);
        assertThat(Figures.contrast("#000000", "#ffffff")).isEqualTo(21.0);
    }

    @Test
    void every_theme_intensity_cell_is_readable() {
        for (int i = 0; i <= 400; i++) {
            double value = i / 100.0;
            String background = Figures.intensityColour(value);
            assertThat(Figures.contrast(Figures.textOn(background), background)).as("theme %.2f on %s", value, background)
                    .isGreaterThanOrEqualTo(AA);
        }
    }

    @Test
    void every_flow_and_rating_cell_is_readable() {
        for (int i = 100; i <= 500; i++) {
            double value = i / 100.0;
            String background = Figures.ratingColour(value);
            assertThat(Figures.contrast(Figures.textOn(background), background)).as("rating %.2f on %s", value, background)
                    .isGreaterThanOrEqualTo(AA);
        }
    }

    @Test
    void the_mark_of_a_hidden_cell_is_readable_on_both_stripes() throws Exception {
        String css = Files.readString(Path.of("frontend", "src", "onderstroom-results.css"));
        Matcher rule = Pattern.compile("\\.results-matrix-suppressed \\{([^}]*)}").matcher(css);
        assertThat(rule.find()).as("the hidden cells' rule").isTrue();
        Matcher text = Pattern.compile("[^-]color: (#[0-9a-f]{6})").matcher(rule.group(1));
        assertThat(text.find()).as("its text colour").isTrue();
        Matcher stripes = Pattern.compile("(#[0-9a-f]{6}) \\d").matcher(rule.group(1));
        int found = 0;
        while (stripes.find()) {
            found++;
            assertThat(Figures.contrast(text.group(1), stripes.group(1))).as(stripes.group(1)).isGreaterThanOrEqualTo(AA);
        }
        assertThat(found).as("both stripes").isEqualTo(2);
    }
}
