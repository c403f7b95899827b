package nl.onderstroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Figures read as a Dutch and an English reader write them. */
class LocalNumbersTest {

    @Test
    void a_dutch_reader_gets_a_decimal_comma_and_a_thousands_point() {
        assertThat(LocalNumbers.decimal(3.456, 1, Translations.DUTCH)).isEqualTo("3,5");
        assertThat(LocalNumbers.decimal(3.0, 2, Translations.DUTCH)).isEqualTo("3,00");
        assertThat(LocalNumbers.count(1234, Translations.DUTCH)).isEqualTo("1.234");
        assertThat(LocalNumbers.percent(0.25, Translations.DUTCH)).isEqualTo("25%");
        assertThat(LocalNumbers.signed(-0.44, Translations.DUTCH)).isEqualTo("−0,4");
    }

    @Test
    void an_english_reader_gets_a_decimal_point_and_a_thousands_comma() {
        assertThat(LocalNumbers.decimal(3.456, 1, Translations.ENGLISH)).isEqualTo("3.5");
        assertThat(LocalNumbers.count(1234, Translations.ENGLISH)).isEqualTo("1,234");
        assertThat(LocalNumbers.percent(0.25, Translations.ENGLISH)).isEqualTo("25%");
        assertThat(LocalNumbers.signed(1.25, Translations.ENGLISH)).isEqualTo("+1.2");
        assertThat(LocalNumbers.signed(0.0, Translations.ENGLISH)).isEqualTo("0.0");
    }

    @Test
    void a_missing_figure_is_a_dash_not_a_zero() {
        assertThat(LocalNumbers.decimal(null, 1, Translations.DUTCH)).isEqualTo("–");
        assertThat(LocalNumbers.percent(null, Translations.ENGLISH)).isEqualTo("–");
        assertThat(LocalNumbers.signed(null, Translations.ENGLISH)).isEqualTo("–");
    }
}
