package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.onderstroom.base.UserError;
import nl.onderstroom.scan.QuestionSet.LocalText;
import nl.onderstroom.scan.QuestionSet.Theme;
import org.junit.jupiter.api.Test;

/** Theme labels follow the same rule for invisible characters as department names. */
class ScanInputTest {

    private static QuestionSet withTheme(String en, String nl) {
        QuestionSet set = QuestionSet.defaults();
        List<Theme> themes = new ArrayList<>(set.themes());
        themes.add(new Theme("extra", new LocalText(en, nl)));
        return new QuestionSet(themes, set.questions());
    }

    @Test
    void a_theme_label_with_nul_zero_width_or_bidi_characters_is_refused() {
        for (String bad : new String[] {"Werk\u0000druk", "Werk\u200Bdruk", "\u202EWerkdruk"}) {
            assertThatThrownBy(() -> withTheme(bad, "Werkdruk").validate()).as(bad)
                    .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.questions.error.invisible");
            assertThatThrownBy(() -> withTheme("Workload", bad).validate()).as(bad)
                    .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.questions.error.invisible");
        }
        assertThatCode(() -> withTheme("Workload", "Werkdruk").validate()).doesNotThrowAnyException();
    }
}
