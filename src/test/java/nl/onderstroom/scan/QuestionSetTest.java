package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.onderstroom.base.UserError;
import nl.onderstroom.scan.QuestionSet.LocalText;
import nl.onderstroom.scan.QuestionSet.Question;
import nl.onderstroom.scan.QuestionSet.Section;
import nl.onderstroom.scan.QuestionSet.Type;
import org.junit.jupiter.api.Test;

class QuestionSetTest {

    @Test
    void the_default_set_has_the_eight_themes_and_texts_in_both_languages() {
        QuestionSet set = QuestionSet.defaults();
        assertThat(set.themeKeys()).containsExactly("trust", "communication", "priorities", "workload", "leadership",
                "recognition", "safety", "changeFatigue");
        assertThat(set.text("undercurrents.open", Locale.forLanguageTag("nl"))).startsWith("Wat speelt er");
        assertThat(set.text("undercurrents.open", Locale.ENGLISH)).startsWith("What goes on");
        set.validate();
    }

    @Test
    void optional_questions_may_be_dropped_but_required_ones_not() {
        QuestionSet set = QuestionSet.defaults();
        List<Question> without = new ArrayList<>(set.questions());
        without.removeIf(q -> q.key().equals("identity.cannot"));
        new QuestionSet(set.themes(), without).validate();
        without.removeIf(q -> q.key().equals("connections.flow"));
        assertThatThrownBy(() -> new QuestionSet(set.themes(), without).validate())
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.questions.error.required");
    }

    @Test
    void an_added_question_needs_texts_in_both_languages_and_choices() {
        QuestionSet set = QuestionSet.defaults();
        List<Question> more = new ArrayList<>(set.questions());
        more.add(new Question(set.newKey("q"), Section.IDENTITY, Type.CHOICE, new LocalText("Which?", "Welke?"),
                List.of(new LocalText("A", "A")), false, true));
        assertThatThrownBy(() -> new QuestionSet(set.themes(), more).validate())
                .extracting("key").isEqualTo("scan.questions.error.choices");
        more.set(more.size() - 1, new Question("q1", Section.IDENTITY, Type.RATING, new LocalText("Rate", " "),
                List.of(), false, true));
        assertThatThrownBy(() -> new QuestionSet(set.themes(), more).validate())
                .extracting("key").isEqualTo("scan.questions.error.text");
        more.set(more.size() - 1, new Question("q1", Section.IDENTITY, Type.RATING, new LocalText("Rate", "Cijfer"),
                List.of(), false, true));
        new QuestionSet(set.themes(), more).validate();
    }

    @Test
    void a_built_in_question_cannot_change_its_kind() {
        QuestionSet set = QuestionSet.defaults();
        List<Question> changed = new ArrayList<>(set.questions());
        Question flow = set.question("connections.flow").orElseThrow();
        changed.set(changed.indexOf(flow), new Question(flow.key(), flow.section(), Type.TEXT, flow.text(), List.of(), true, false));
        assertThatThrownBy(() -> new QuestionSet(set.themes(), changed).validate())
                .extracting("key").isEqualTo("scan.questions.error.builtIn");
    }
}
