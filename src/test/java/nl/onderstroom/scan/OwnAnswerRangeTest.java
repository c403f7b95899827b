package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.onderstroom.base.UserError;
import org.junit.jupiter.api.Test;

/** Answers to the advisor's own questions are stored only within the question's range. */
class OwnAnswerRangeTest {

    private static QuestionSet withOwnQuestions() {
        QuestionSet defaults = QuestionSet.defaults();
        List<QuestionSet.Question> questions = new ArrayList<>(defaults.questions());
        questions.add(new QuestionSet.Question("q1", QuestionSet.Section.UNDERCURRENTS, QuestionSet.Type.RATING,
                new QuestionSet.LocalText("Rate", "Beoordeel"), List.of(), false, true));
        questions.add(new QuestionSet.Question("q2", QuestionSet.Section.UNDERCURRENTS, QuestionSet.Type.CHOICE,
                new QuestionSet.LocalText("Pick", "Kies"), List.of(new QuestionSet.LocalText("A", "A"),
                new QuestionSet.LocalText("B", "B")), false, true));
        return new QuestionSet(defaults.themes(), questions);
    }

    private static SurveyAnswers answers(String rating, String choice) {
        SurveyAnswers a = new SurveyAnswers();
        a.setDepartmentId(1L);
        a.setInnerFlow(3);
        a.getCustom().put("q1", rating);
        a.getCustom().put("q2", choice);
        return a;
    }

    @Test
    void answers_within_range_are_stored() {
        Submission s = Submission.of(withOwnQuestions(), answers("5", "1"), Set.of(1L), false);
        assertThat(s.response().answers()).containsEntry("q1", "5").containsEntry("q2", "1");
    }

    @Test
    void a_rating_or_choice_outside_its_range_is_refused() {
        for (String[] bad : new String[][] {{"6", "0"}, {"0", "0"}, {"x", "0"}, {"3", "2"}, {"3", "-1"}}) {
            assertThatThrownBy(() -> Submission.of(withOwnQuestions(), answers(bad[0], bad[1]), Set.of(1L), false))
                    .isInstanceOf(UserError.class).hasMessageContaining("scan.respond.outOfRange");
        }
    }
}
