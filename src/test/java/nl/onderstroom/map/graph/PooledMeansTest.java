package nl.onderstroom.map.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PooledMeansTest {

    @Test
    void only_departments_that_show_figures_and_count_and_only_cells_of_k_answers_are_pooled() {
        MapInput input = MapInput.of(List.of(dept(1), dept(2), dept(3)),
                List.of(tally(1, 10, new int[] {0, 0, 10, 0, 0}), tally(2, 10, new int[] {0, 0, 0, 0, 10}),
                        tally(3, 10, new int[] {0, 4, 0, 0, 0})),
                List.of());
        // 2 shows its figures but not its count; 3 has only 4 trust answers
        Disclosure disclosure = new Disclosure(5, Set.of(1L, 2L, 3L), Set.of(1L, 3L), Map.of(), null);

        PooledMeans pooled = PooledMeans.of(input, disclosure);

        assertThat(pooled.themes()).containsExactly(Map.entry("trust", 2.0));
        assertThat(pooled.identity()).containsExactly(Map.entry("identity", 3.0));
    }

    private static Department dept(long id) {
        return new Department(id, "D" + id, null, 20);
    }

    private static DepartmentTally tally(long id, int respondents, int[] trust) {
        return new DepartmentTally(id, respondents, new int[5], Map.of("trust", trust),
                Map.of("identity", new int[] {0, 0, respondents, 0, 0}));
    }
}
