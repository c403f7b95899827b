package nl.onderstroom.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class FiguresTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    @Test
    void numbers_have_a_decimal_comma_in_dutch_and_a_point_in_english() {
        assertThat(Figures.number(2.45, 1, DUTCH)).isEqualTo("2,5");
        assertThat(Figures.number(2.45, 1, Locale.ENGLISH)).isEqualTo("2.5");
        assertThat(Figures.count(1234, DUTCH)).isEqualTo("1.234");
        assertThat(Figures.count(1234, Locale.ENGLISH)).isEqualTo("1,234");
        assertThat(Figures.signed(-0.6, DUTCH)).isEqualTo("−0,6");
        assertThat(Figures.signed(0.6, Locale.ENGLISH)).isEqualTo("+0.6");
    }

    @Test
    void every_colour_of_the_flow_scale_stands_out_from_a_white_canvas_at_least_three_to_one() {
        // graphics that carry meaning need 3:1 (WCAG 1.4.11); a bright amber (230,162,20) had 2.2:1
        assertThat(Figures.contrast("rgb(230,162,20)", "#ffffff")).isLessThan(3);
        for (int tenth = 10; tenth <= 50; tenth++) {
            String colour = Figures.ratingColour(tenth / 10.0);
            assertThat(Figures.contrast(colour, "#ffffff")).as(colour).isGreaterThanOrEqualTo(3);
        }
    }

    @Test
    void the_figure_in_a_matrix_cell_reads_at_least_four_and_a_half_to_one_on_its_colour() {
        assertThat(Figures.contrast("rgb(196,128,0)", "#ffffff")).as("white on amber alone would not do").isLessThan(4.5);
        for (int tenth = 10; tenth <= 50; tenth++) {
            double rating = tenth / 10.0;
            String colour = Figures.ratingColour(rating);
            assertThat(Figures.contrast(Figures.textOnRating(rating), colour)).as(colour).isGreaterThanOrEqualTo(4.5);
        }
    }
}
