package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import nl.onderstroom.base.UserError;
import org.junit.jupiter.api.Test;

/**
 * Answers that would not fit their column are refused here, with a message, before the database would refuse them
 * with an error that quotes them.
 */
class SubmissionTest {

    static final long SALES = 1;
    static final long IT = 2;

    static SurveyAnswers answers() {
        SurveyAnswers a = new SurveyAnswers();
        a.setDepartmentId(SALES);
        a.setInnerFlow(3);
        SurveyAnswers.ConnectionAnswer c = new SurveyAnswers.ConnectionAnswer(IT);
        c.setFrequency(Frequency.WEEKLY);
        c.setImportance(4);
        c.setFlow(2);
        c.setStop(Stop.NONE);
        c.setStory("Het stokt bij de overdracht");
        a.getConnections().add(c);
        return a;
    }

    @Test
    void a_choice_answer_longer_than_its_column_is_refused_with_a_message() {
        List<QuestionSet.Question> questions = new ArrayList<>(QuestionSet.defaults().questions());
        questions.add(new QuestionSet.Question("q1", QuestionSet.Section.IDENTITY, QuestionSet.Type.CHOICE,
                new QuestionSet.LocalText("Where?", "Waar?"),
                List.of(new QuestionSet.LocalText("Office", "Kantoor"), new QuestionSet.LocalText("Shop", "Winkel")),
                false, true));
        QuestionSet set = new QuestionSet(QuestionSet.defaults().themes(), questions);
        SurveyAnswers a = answers();
        a.getCustom().put("q1", "x".repeat(Submission.ANSWER_COLUMN + 1));

        assertThatThrownBy(() -> Submission.of(set, a, Set.of(SALES, IT), false)).isInstanceOf(UserError.class)
                .extracting("key").isEqualTo("scan.respond.outOfRange");
    }

    @Test
    void a_theme_sent_a_thousand_times_is_stored_once() {
        SurveyAnswers a = answers();
        a.getConnections().get(0).setStoryThemes(new ArrayList<>(Collections.nCopies(1_000, "trust")));

        Submission s = Submission.of(QuestionSet.defaults(), a, Set.of(SALES, IT), false);

        assertThat(s.texts()).singleElement().satisfies(t -> assertThat(t.themes()).containsExactly("trust"));
    }
}
