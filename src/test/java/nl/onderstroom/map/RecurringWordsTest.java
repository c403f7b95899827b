package nl.onderstroom.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class RecurringWordsTest {

    @Test
    void dutch_forms_of_one_word_count_together_and_stop_words_do_not_count() {
        List<RecurringWord> words = RecurringWords.of(List.of(
                "Wij werken voor de klanten",
                "Het werk voor onze klanten is mooi",
                "Ik werk graag met de klant"));
        assertThat(words).extracting(RecurringWord::word).contains("klanten").doesNotContain("de", "voor", "wij", "onze");
        assertThat(words).filteredOn(w -> w.word().equals("klanten")).first()
                .extracting(RecurringWord::answers).isEqualTo(3);
        assertThat(words).extracting(RecurringWord::word).anyMatch(w -> w.startsWith("werk"));
    }

    @Test
    void english_forms_are_stemmed_and_stop_words_removed() {
        List<RecurringWord> words = RecurringWords.of(List.of(
                "We are helping the customers",
                "Helping our customer is what we do",
                "The team helps every customer"));
        assertThat(words).extracting(RecurringWord::word).contains("customer", "helping")
                .doesNotContain("the", "we", "is");
        assertThat(words).filteredOn(w -> w.word().equals("helping")).first()
                .extracting(RecurringWord::answers).isEqualTo(3);
    }

    @Test
    void the_most_frequent_surface_form_is_shown() {
        List<RecurringWord> words = RecurringWords.of(List.of("Klanten, klanten en nog eens klanten", "De klant", "klanten"));
        assertThat(words).extracting(RecurringWord::word).containsExactly("klanten");
    }

    @Test
    void a_word_repeated_in_one_answer_does_not_recur() {
        assertThat(RecurringWords.of(List.of("budget budget budget", "iets anders"))).isEmpty();
    }

    @Test
    void the_language_is_chosen_per_answer_by_its_stop_words() {
        assertThat(RecurringWords.isEnglish("this is what we do for the people")).isTrue();
        assertThat(RecurringWords.isEnglish("dit is wat wij doen voor de mensen")).isFalse();
    }
}
