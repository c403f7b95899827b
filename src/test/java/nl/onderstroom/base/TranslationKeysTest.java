package nl.onderstroom.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dutch and English say the same things: same keys, same placeholders, and every key the code uses exists. */
class TranslationKeysTest {

    private static final Path DIR = Path.of("src/main/resources/vaadin-i18n");
    private static final Pattern KEY_LITERAL =
            Pattern.compile("\"((?:base|api|security|organisation|scan|map|findings)\\.[a-zA-Z0-9.]+)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(DIR.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void dutch_and_english_have_exactly_the_same_keys() throws IOException {
        Set<String> english = load("translations_en.properties").stringPropertyNames();
        assertThat(english).hasSizeGreaterThan(100);
        assertThat(load("translations_nl.properties").stringPropertyNames()).isEqualTo(english);
        assertThat(load("translations.properties").stringPropertyNames()).isEqualTo(english);
    }

    @Test
    void every_key_the_code_uses_has_a_text() throws IOException {
        Set<String> keys = load("translations_en.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_LITERAL.matcher(Files.readString(file));
                while (m.find()) {
                    String literal = m.group(1);
                    boolean prefix = literal.endsWith(".") || keys.stream().anyMatch(k -> k.startsWith(literal + "."));
                    if (!keys.contains(literal) && !prefix) {
                        missing.add(literal + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void texts_are_valid_patterns_with_the_same_placeholders_in_both_languages() throws IOException {
        Properties english = load("translations_en.properties");
        Properties dutch = load("translations_nl.properties");
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String nl = dutch.getProperty(key);
            // An ASCII apostrophe is eaten by MessageFormat, but only when there are arguments: use ’.
            assertThat(en).as(key).doesNotContain("'").isNotBlank();
            assertThat(nl).as(key).doesNotContain("'").isNotBlank();
            new MessageFormat(en, Locale.ENGLISH);
            new MessageFormat(nl, Translations.DUTCH);
            assertThat(placeholders(nl)).as(key).isEqualTo(placeholders(en));
        }
    }

    @Test
    void a_message_reads_in_the_language_asked_for_and_falls_back_to_english() {
        assertThat(Translations.get(Translations.DUTCH, "base.action.save")).isEqualTo("Opslaan");
        assertThat(Translations.get(Locale.ENGLISH, "base.action.save")).isEqualTo("Save");
        assertThat(Translations.get(Locale.GERMAN, "base.action.save")).isEqualTo("Save");
        assertThat(Translations.get(Translations.DUTCH, "organisation.csv.problemAtLine", 12345, "x")).isEqualTo("Regel 12345: x");
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
