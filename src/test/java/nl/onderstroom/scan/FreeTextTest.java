package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FreeTextTest {

    private static String clean(String raw) {
        return FreeText.clean(raw, 10_000).text();
    }

    @Test
    void ordinary_text_is_unchanged() {
        assertThat(clean("Iedereen werkt hard,\nmaar niemand praat met elkaar.")).isEqualTo(
                "Iedereen werkt hard,\nmaar niemand praat met elkaar.");
    }

    @Test
    void windows_and_old_mac_line_ends_become_newlines() {
        assertThat(clean("een\r\ntwee\rdrie\u2028vier")).isEqualTo("een\ntwee\ndrie\nvier");
    }

    @Test
    void control_characters_are_removed_but_tabs_stay() {
        assertThat(clean("a\u0000b\u0007c\u001Bd\u007Fe\u0080f\u009Fg\th")).isEqualTo("abcdefg\th");
    }

    @Test
    void unpaired_surrogates_are_removed_and_paired_ones_kept() {
        assertThat(clean("a\uD800b\uDC00c\uD83D\uDE00")).isEqualTo("abc😀");
    }

    @Test
    void invisible_and_direction_override_characters_are_removed() {
        String sneaky = "\uFEFFpass\u200Bword \u202Eevil\u202C \u2066iso\u2069 \u200Eltr\u200F \u2060x";

        assertThat(clean(sneaky)).isEqualTo("password evil iso ltr x");
    }

    @Test
    void a_family_emoji_keeps_its_zero_width_joiners() {
        String family = "👩\u200D👩\u200D👧";

        String cleaned = clean("Ons team is een " + family + "!");

        assertThat(cleaned).isEqualTo("Ons team is een 👩‍👩‍👧!");
        assertThat(cleaned.codePoints().filter(cp -> cp == 0x200D).count()).isEqualTo(2);
    }

    @Test
    void emoji_with_variation_selectors_skin_tones_and_flags_survive() {
        String text = "❤️\u200D🔥 👍🏽 🇳🇱 🏴󠁧󠁢󠁳󠁣󠁴󠁿";

        assertThat(clean(text)).isEqualTo(text);
    }

    @Test
    void the_persian_zero_width_non_joiner_is_kept_inside_a_word() {
        String persian = "می\u200Cخواهم";

        assertThat(clean(persian)).isEqualTo(persian);
    }

    @Test
    void joiners_that_join_nothing_are_removed() {
        assertThat(clean("\u200Dhallo\u200C \u200D wereld\u200D")).isEqualTo("hallo  wereld");
        assertThat(clean("\u200D\u200C")).isEmpty();
    }

    @Test
    void text_is_brought_into_nfc() {
        String decomposed = "e\u0301e\u0308n";

        assertThat(clean(decomposed)).isEqualTo("\u00e9\u00ebn");
    }

    @Test
    void a_removed_invisible_character_does_not_keep_an_accent_from_composing() {
        assertThat(clean("e\u200B\u0301")).isEqualTo("\u00e9");
    }

    @Test
    void any_script_is_kept() {
        String text = "مرحبا بالعالم — 你好世界 — IJsselmeer ĳ — Ελληνικά — עברית";

        assertThat(clean(text)).isEqualTo(text);
    }

    @Test
    void html_is_not_stripped() {
        assertThat(clean("<script>alert('x')</script> & <b>vet</b>"))
                .isEqualTo("<script>alert('x')</script> & <b>vet</b>");
    }

    @Test
    void surrounding_white_space_is_trimmed_including_non_breaking_spaces() {
        assertThat(clean(" \u00A0\t\n  tekst \u3000\n\n ")).isEqualTo("tekst");
    }

    @Test
    void more_than_two_blank_lines_become_two() {
        assertThat(clean("a\n\n\n\n\n\nb\n\nc\n \n\t\n \nd")).isEqualTo("a\n\n\nb\n\nc\n\n\nd");
    }

    @Test
    void trailing_spaces_on_a_line_go_but_indentation_stays() {
        assertThat(clean("lijst:   \n  - een  \n  - twee")).isEqualTo("lijst:\n  - een\n  - twee");
    }

    @Test
    void length_is_counted_as_the_h2_column_counts_so_an_emoji_counts_twice() {
        FreeText.Result fits = FreeText.clean("😀😀😀", 6);
        FreeText.Result over = FreeText.clean("😀😀😀", 5);

        assertThat(fits.length()).isEqualTo(6);
        assertThat(fits.isTooLong()).isFalse();
        assertThat(over.isTooLong()).isTrue();
        assertThat(over.problemKey()).contains(FreeText.TOO_LONG_KEY);
    }

    @Test
    void nineteen_hundred_emoji_do_not_pass_a_two_thousand_check() {
        FreeText.Result result = FreeText.clean("😀".repeat(1_900), 2_000);

        assertThat(result.isTooLong()).isTrue();
        assertThat(result.problemArgs()).containsExactly(2_000, 3_800);
    }

    @Test
    void over_long_text_is_kept_whole_and_reported_with_both_lengths() {
        FreeText.Result result = FreeText.clean("x".repeat(2_001), 2_000);

        assertThat(result.isTooLong()).isTrue();
        assertThat(result.text()).hasSize(2_001);
        assertThat(result.problemKey()).contains("scan.text.tooLong");
        assertThat(result.problemArgs()).containsExactly(2_000, 2_001);
    }

    @Test
    void length_is_measured_after_cleaning() {
        FreeText.Result result = FreeText.clean("  " + "\u200B".repeat(50) + "abc\r\n", 3);

        assertThat(result.text()).isEqualTo("abc");
        assertThat(result.isTooLong()).isFalse();
    }

    @Test
    void null_and_blank_are_empty() {
        assertThat(FreeText.clean(null, 10).isEmpty()).isTrue();
        assertThat(FreeText.clean(" \n\u200B\t", 10).isEmpty()).isTrue();
    }

    @Test
    void a_negative_limit_is_a_programming_error() {
        assertThatThrownBy(() -> FreeText.clean("x", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cleaning_twice_changes_nothing_more() {
        String messy = "\uFEFF  Hé\u0301\r\n\r\n\r\n\r\n👩\u200D👩\u200D👧 \u202Ex\u0000 ";

        String once = clean(messy);

        assertThat(clean(once)).isEqualTo(once);
    }
}
