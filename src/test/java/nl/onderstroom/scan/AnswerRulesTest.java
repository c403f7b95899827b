package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import nl.onderstroom.base.UserError;
import nl.onderstroom.scan.AnswerRules.Field;
import nl.onderstroom.scan.AnswerRules.Problem;
import nl.onderstroom.scan.SurveyAnswers.ConnectionAnswer;
import org.junit.jupiter.api.Test;

class AnswerRulesTest {

    private static final Set<Long> DEPARTMENTS = Set.of(1L, 2L, 3L);

    private static SurveyAnswers answers() {
        SurveyAnswers a = new SurveyAnswers();
        a.setDepartmentId(1L);
        a.setInnerFlow(3);
        return a;
    }

    @Test
    void each_missing_connection_answer_is_named_with_its_department_in_screen_order() {
        SurveyAnswers a = answers();
        a.setInnerFlow(null);
        ConnectionAnswer two = new ConnectionAnswer(2L);
        two.setFrequency(Frequency.WEEKLY);
        two.setFlow(4);
        ConnectionAnswer three = new ConnectionAnswer(3L);
        a.getConnections().addAll(List.of(two, three));
        assertThat(AnswerRules.connections(a, DEPARTMENTS)).containsExactly(
                new Problem(Field.INNER_FLOW, null),
                new Problem(Field.IMPORTANCE, 2L), new Problem(Field.STOP, 2L),
                new Problem(Field.FREQUENCY, 3L), new Problem(Field.IMPORTANCE, 3L), new Problem(Field.FLOW, 3L),
                new Problem(Field.STOP, 3L));
        assertThat(new Problem(Field.STOP, 3L).key()).isEqualTo("scan.respond.stopMissing");
        assertThat(new Problem(Field.STOP, 3L).submissionKey()).isEqualTo("scan.respond.connectionIncomplete");
    }

    @Test
    void the_own_department_a_stranger_or_a_double_is_no_connection() {
        SurveyAnswers a = answers();
        for (long target : new long[] {1L, 9L, 2L, 2L}) {
            ConnectionAnswer c = new ConnectionAnswer(target);
            c.setFrequency(Frequency.DAILY);
            c.setImportance(3);
            c.setFlow(3);
            c.setStop(Stop.NONE);
            a.getConnections().add(c);
        }
        assertThat(AnswerRules.connections(a, DEPARTMENTS)).extracting(Problem::field, Problem::targetId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Field.CONNECTION, 1L),
                        org.assertj.core.groups.Tuple.tuple(Field.CONNECTION, 9L),
                        org.assertj.core.groups.Tuple.tuple(Field.CONNECTION, 2L));
    }

    @Test
    void a_department_must_be_chosen_from_the_organisation() {
        SurveyAnswers a = answers();
        assertThat(AnswerRules.department(a, DEPARTMENTS)).isEmpty();
        a.setDepartmentId(null);
        assertThat(AnswerRules.department(a, DEPARTMENTS)).containsExactly(new Problem(Field.DEPARTMENT, null));
        a.setDepartmentId(9L);
        assertThat(AnswerRules.department(a, DEPARTMENTS)).containsExactly(new Problem(Field.DEPARTMENT, null));
        assertThat(AnswerRules.submission(a, DEPARTMENTS, true)).isEmpty();
    }

    @Test
    void a_submission_is_refused_with_the_first_rule_the_screen_also_asks() {
        SurveyAnswers a = answers();
        a.getConnections().add(new ConnectionAnswer(2L));
        assertThatThrownBy(() -> Submission.of(QuestionSet.defaults(), a, DEPARTMENTS, false))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.respond.connectionIncomplete");
        a.setDepartmentId(null);
        assertThatThrownBy(() -> Submission.of(QuestionSet.defaults(), a, DEPARTMENTS, false))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.respond.departmentMissing");
    }

    @Test
    void cleaning_fixes_the_invited_department_drops_targetless_connections_and_refuses_out_of_range() {
        SurveyAnswers a = answers();
        a.getConnections().add(new ConnectionAnswer(null));
        ConnectionAnswer two = new ConnectionAnswer(2L);
        two.setStory("  a story \u0000 ");
        a.getConnections().add(two);
        SurveyAnswers clean = AnswerRules.clean(a, 3L);
        assertThat(clean.getDepartmentId()).isEqualTo(3L);
        assertThat(clean.getConnections()).extracting(ConnectionAnswer::getTargetId).containsExactly(2L);
        assertThat(AnswerRules.clean(a, null).getDepartmentId()).isEqualTo(1L);

        a.setInnerFlow(AnswerRules.RATING_MAX + 1);
        assertThatThrownBy(() -> AnswerRules.clean(a, null)).isInstanceOf(UserError.class)
                .extracting("key").isEqualTo("scan.respond.outOfRange");
        a.setInnerFlow(3);
        a.getThemes().put("trust", AnswerRules.INTENSITY_MAX + 1);
        assertThatThrownBy(() -> AnswerRules.clean(a, null)).isInstanceOf(UserError.class);
        a.getThemes().put("trust", AnswerRules.INTENSITY_MIN);
        a.getTexts().put("undercurrents.open", "x".repeat(AnswerRules.MAX_TEXT + 1));
        assertThatThrownBy(() -> AnswerRules.clean(a, null)).isInstanceOf(UserError.class)
                .extracting("key").isEqualTo(FreeText.TOO_LONG_KEY);
    }

    @Test
    void a_rating_of_the_own_department_is_the_inner_flow_and_never_a_connection() {
        assertThat(AnswerRules.isInnerFlow(1, 1)).isTrue();
        assertThat(AnswerRules.isInnerFlow(1, 2)).isFalse();
        SurveyAnswers a = answers();
        ConnectionAnswer own = new ConnectionAnswer(1L);
        own.setFrequency(Frequency.DAILY);
        own.setImportance(3);
        own.setFlow(3);
        own.setStop(Stop.NONE);
        a.getConnections().add(own);
        assertThat(AnswerRules.connections(a, DEPARTMENTS)).containsExactly(new Problem(Field.CONNECTION, 1L));
    }

    @Test
    void a_stored_answer_is_within_its_range_only_as_a_whole_number() {
        assertThat(AnswerRules.within("5", 1, 5)).isTrue();
        assertThat(AnswerRules.within("6", 1, 5)).isFalse();
        assertThat(AnswerRules.within("2.5", 1, 5)).isFalse();
        assertThat(AnswerRules.within("", 1, 5)).isFalse();
    }
}
