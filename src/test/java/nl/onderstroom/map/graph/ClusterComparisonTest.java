package nl.onderstroom.map.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ClusterComparisonTest {

    private static final Map<Long, Long> UNITS = Map.of(1L, 10L, 2L, 10L, 3L, 20L, 4L, 20L);

    @Test
    void clusters_that_follow_the_formal_units_agree_fully() {
        ClusterComparison c = ClusterComparison.of(result(Set.of(1L, 2L), Set.of(3L, 4L)), UNITS,
                Set.of(1L, 2L, 3L, 4L));

        assertThat(c.clusters()).extracting(InformalCluster::crossesFormalUnits).containsExactly(false, false);
        assertThat(c.crossingShare()).isEqualTo(0.0);
        assertThat(c.adjustedRandIndex()).isEqualTo(1.0);
    }

    @Test
    void clusters_across_the_formal_units_cross_and_agree_less_than_chance() {
        ClusterComparison c = ClusterComparison.of(result(Set.of(1L, 3L), Set.of(2L, 4L)), UNITS,
                Set.of(1L, 2L, 3L, 4L));

        assertThat(c.clusters()).extracting(InformalCluster::formalUnitIds)
                .containsExactly(List.of(10L, 20L), List.of(10L, 20L));
        assertThat(c.crossingShare()).isEqualTo(1.0);
        assertThat(c.adjustedRandIndex()).isNegative();
    }

    @Test
    void a_hidden_department_is_no_member_and_a_single_shown_member_makes_no_cluster() {
        ClusterComparison c = ClusterComparison.of(result(Set.of(1L, 2L, 3L), Set.of(4L)), UNITS,
                Set.of(1L, 3L, 4L));

        assertThat(c.clusters()).singleElement().extracting(InformalCluster::departmentIds)
                .isEqualTo(List.of(1L, 3L));
        assertThat(c.clusterOf()).containsOnlyKeys(1L, 3L);
    }

    @SafeVarargs
    private static Communities.Result result(Set<Long>... sets) {
        return new Communities.Result(List.of(sets).stream().map(s -> (Set<Long>) new TreeSet<>(s)).toList(),
                ClusteringMethod.GIRVAN_NEWMAN, 0.5);
    }
}
