package nl.onderstroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The audit log screen names every action in Dutch and English, the retention and erasure actions included. */
class AuditActionTranslationsTest {

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = AuditActionTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void every_action_has_a_dutch_and_an_english_name() throws IOException {
        Properties nl = load("translations_nl.properties");
        Properties en = load("translations_en.properties");
        for (AuditLog.Action action : AuditLog.Action.values()) {
            String key = "security.audit.action." + action.name();
            assertThat(nl.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank().isNotEqualTo(nl.getProperty(key));
        }
    }
}
