package nl.onderstroom.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import nl.onderstroom.map.graph.Measure;

class MeasureTextsTest {

    @Test
    void dutch_and_english_have_the_same_keys() throws IOException {
        assertThat(load("src/main/resources/vaadin-i18n/translations_nl.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("src/main/resources/vaadin-i18n/translations_en.properties").stringPropertyNames());
    }

    @Test
    void every_measure_has_a_label_and_a_one_sentence_explanation_in_both_languages() throws IOException {
        for (String file : new String[] {"src/main/resources/vaadin-i18n/translations_en.properties", "src/main/resources/vaadin-i18n/translations_nl.properties"}) {
            Properties texts = load(file);
            for (Measure measure : Measure.values()) {
                assertThat(texts.getProperty(MeasureTexts.label(measure))).as(file + " " + MeasureTexts.label(measure)).isNotBlank();
                String explain = texts.getProperty(MeasureTexts.explain(measure));
                assertThat(explain).as(file + " " + MeasureTexts.explain(measure)).isNotBlank().endsWith(".");
                assertThat(explain.split("[.!?] ")).as("one sentence: " + explain).hasSize(1);
            }
        }
    }

    @Test
    void measure_keys_follow_the_feature_naming() {
        assertThat(MeasureTexts.explain(Measure.EI_INDEX)).isEqualTo("map.measure.eiIndex.explain");
        assertThat(MeasureTexts.label(Measure.DENSITY)).isEqualTo("map.measure.density.label");
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
