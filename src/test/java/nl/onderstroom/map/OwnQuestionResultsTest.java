package nl.onderstroom.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import nl.onderstroom.map.graph.ConnectionTally;
import nl.onderstroom.map.graph.Department;
import nl.onderstroom.map.graph.DepartmentTally;
import nl.onderstroom.map.graph.MapComputation;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.ScanTallies;

/**
 * The advisor's own questions beside a department whose respondent count is hidden to protect a smaller one: the
 * number of answers to a question everyone answers is that count, and the smaller count follows by subtraction.
 */
class OwnQuestionResultsTest {

    private static final QuestionSet.Question TEMPO = new QuestionSet.Question("tempo", QuestionSet.Section.UNDERCURRENTS,
            QuestionSet.Type.RATING, new QuestionSet.LocalText("Pace", "Tempo"), List.of(), false, false);

    /** 20, 8, 7 and 2 respondents (k = 5): the 2 is hidden, and the count of the 7 protects it. */
    private static OrganisationMap map() {
        List<Department> departments = new ArrayList<>();
        List<DepartmentTally> tallies = new ArrayList<>();
        int[][] counts = {{1, 20}, {2, 8}, {3, 7}, {4, 2}};
        for (int[] c : counts) {
            departments.add(new Department(c[0], "D" + c[0], null, c[1] * 2));
            int[] inner = new int[5];
            inner[3] = c[1];
            tallies.add(new DepartmentTally(c[0], c[1], inner, Map.of(), Map.of()));
        }
        List<ConnectionTally> connections = List.of(
                new ConnectionTally(1, 2, 8, new int[] {0, 0, 0, 8, 0}, new int[] {0, 0, 8, 0, 0},
                        new int[] {0, 0, 0, 8, 0}, new int[] {8, 0, 0, 0}),
                new ConnectionTally(3, 1, 6, new int[] {0, 0, 0, 6, 0}, new int[] {0, 0, 6, 0, 0},
                        new int[] {0, 0, 0, 6, 0}, new int[] {6, 0, 0, 0}));
        return MapComputation.compute(departments, tallies, connections, MapSettings.defaults(5));
    }

    /** Everyone answers the rating question with a 4. */
    private static List<ScanTallies.OwnAnswerCount> everyoneAnswers() {
        return List.of(new ScanTallies.OwnAnswerCount(1, "tempo", "4", 20), new ScanTallies.OwnAnswerCount(2, "tempo", "4", 8),
                new ScanTallies.OwnAnswerCount(3, "tempo", "4", 7), new ScanTallies.OwnAnswerCount(4, "tempo", "4", 2));
    }

    @Test
    void a_department_whose_count_protects_another_shows_no_number_of_answers() {
        OrganisationMap map = map();
        assertThat(map.node(3).orElseThrow().figures().countHidden()).as("the scenario protects the 2 with the 7").isTrue();

        OwnQuestionResult result = OwnQuestionResults.of(map, List.of(TEMPO), everyoneAnswers(), List.of(), 5, 7,
                new Random(1)).get(0);

        Map<Long, Integer> answers = new java.util.HashMap<>();
        result.departments().forEach(row -> answers.put(row.departmentId(), row.figure().answers()));
        assertThat(answers.get(1L)).as("a department whose count is shown: the attack's control").isEqualTo(20);
        assertThat(answers.get(3L)).as("the protecting department's count stays hidden").isNull();
        assertThat(answers.get(4L)).isNull();
        Integer organisation = result.organisation().answers();
        assertThat(organisation == null || organisation == 28)
                .as("the organisation figure pools only the departments whose count is shown (20 + 8), so the total "
                        + "minus the shown ones gives nothing away").isTrue();
    }
}
