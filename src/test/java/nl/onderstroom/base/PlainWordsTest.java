package nl.onderstroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The tables stay honest and plain (issue 12): nothing left untranslated, no network-analysis jargon on a screen,
 * one word per concept, the tone of address chosen in docs/decisions/tone-of-address.md.
 */
class PlainWordsTest {

    private static final Path DIR = Path.of("src/main/resources/vaadin-i18n");

    /** Words that are written the same in Dutch and English; any other text equal in both is untranslated. */
    static final Set<String> SAME_IN_BOTH = Set.of("Account", "Accounts", "Code", "E-mail", "Matrix", "Open",
            "Open links", "Scan", "Scans", "Status");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void no_key_reads_the_same_in_dutch_and_english_except_words_that_are_the_same_in_both() throws IOException {
        Properties english = load("translations_en.properties");
        Properties dutch = load("translations_nl.properties");
        Set<String> untranslated = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            if (en.equals(dutch.getProperty(key)) && !SAME_IN_BOTH.contains(en)) {
                untranslated.add(key + " = " + en);
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void the_allowed_list_holds_only_words_still_used_so_it_cannot_hide_a_new_untranslated_text() throws IOException {
        Properties english = load("translations_en.properties");
        Properties dutch = load("translations_nl.properties");
        for (String word : SAME_IN_BOTH) {
            assertThat(english.stringPropertyNames()).as(word)
                    .anyMatch(k -> english.getProperty(k).equals(word) && word.equals(dutch.getProperty(k)));
        }
    }

    @Test
    void no_screen_speaks_network_analysis_jargon() throws IOException {
        Pattern jargon = Pattern.compile("(?i)\\bE-I\\b|E-I-index|betweenness|modularit|wederkerig|reciprocity"
                + "|makelaar|\\bbroker|tussenpositie|werkbanden|centrality|centraliteit");
        for (String file : List.of("translations_en.properties", "translations_nl.properties")) {
            Properties texts = load(file);
            Set<String> found = new TreeSet<>();
            for (String key : texts.stringPropertyNames()) {
                if (jargon.matcher(texts.getProperty(key)).find()) {
                    found.add(key + " = " + texts.getProperty(key));
                }
            }
            assertThat(found).as(file).isEmpty();
        }
    }

    @Test
    void one_word_per_concept_in_dutch() throws IOException {
        Properties dutch = load("translations_nl.properties");
        // "stopt" reads as "has ended": collaboration "stokt"; sides as the survey asks them; one name for directors
        Pattern wrong = Pattern.compile("(?i)\\bstopt\\b|\\bstoppen\\b.*samenwerking|\\bbij hen\\b|\\bbij ons\\b"
                + "|bij hun deur|bij onze deur|\\bbestuurder|bedoelde identiteit|\\bstroom\\b|werkstroom");
        Set<String> found = new TreeSet<>();
        for (String key : dutch.stringPropertyNames()) {
            if (wrong.matcher(dutch.getProperty(key)).find()) {
                found.add(key + " = " + dutch.getProperty(key));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void dutch_addresses_every_reader_with_u_as_decided() throws IOException {
        Properties dutch = load("translations_nl.properties");
        Pattern informal = Pattern.compile("(?i)\\b(je|jij|jou|jouw|jullie)\\b");
        Set<String> found = new TreeSet<>();
        for (String key : dutch.stringPropertyNames()) {
            if (informal.matcher(dutch.getProperty(key)).find()) {
                found.add(key + " = " + dutch.getProperty(key));
            }
        }
        assertThat(found).isEmpty();
        assertThat(Files.readString(Path.of("docs/decisions/tone-of-address.md"))).contains("“u”");
    }

    @Test
    void the_identity_results_are_labelled_exactly_as_the_questions_were_asked() {
        Map<String, String> questions = Map.of("identity_why", "why", "identity_for_whom", "forWhom",
                "identity_great_at", "greatAt", "identity_good_at", "goodAt", "identity_cannot", "cannot");
        for (Locale locale : Translations.LOCALES) {
            questions.forEach((result, asked) -> assertThat(Translations.get(locale, "map.identity.question." + result))
                    .as(locale + " " + result).isEqualTo(Translations.get(locale, "scan.question.identity." + asked)));
            for (String rating : List.of("identity", "integrity", "image")) {
                assertThat(Translations.get(locale, "map.identity.key." + rating)).as(locale + " " + rating)
                        .contains(Translations.get(locale, "scan.question.identity." + rating));
            }
        }
    }

    @Test
    void agreement_scales_say_what_they_measure() {
        assertThat(Translations.get(Translations.DUTCH, "scan.survey.scale.agree"))
                .isEqualTo("1 = helemaal mee oneens … 5 = helemaal mee eens");
        assertThat(Translations.get(Locale.ENGLISH, "scan.survey.scale.agree"))
                .isEqualTo("1 = strongly disagree … 5 = strongly agree");
        assertThat(Translations.get(Translations.DUTCH, "scan.question.identity.goodAt")).doesNotContain("alleen");
    }
}
