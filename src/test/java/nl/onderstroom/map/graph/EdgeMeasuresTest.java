package nl.onderstroom.map.graph;

import static nl.onderstroom.map.graph.Scenario.rating;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EdgeMeasuresTest {

    private static final int K = 5;

    @Test
    void a_question_with_fewer_than_k_answers_shows_no_distribution_and_no_mean() {
        ConnectionTally c = new ConnectionTally(1, 2, 6, rating(4, 6), new int[] {0, 0, 4, 0, 0},
                new int[] {0, 0, 6, 0, 0}, new int[] {2, 2, 0, 0});

        EdgeFigures f = EdgeMeasures.figures(c, null, K, 3.0);

        assertThat(f.meanFlow()).isEqualTo(4.0);
        assertThat(f.meanImportance()).isNull();
        assertThat(f.importanceDistribution()).isEmpty();
        assertThat(f.stopsShare()).as("4 stop answers").isNull();
        assertThat(f.modalFrequency()).isEqualTo(Frequency.MONTHLY);
    }

    @Test
    void asymmetry_needs_the_reverse_flow_and_working_needs_the_minimum_flow() {
        ConnectionTally c = new ConnectionTally(1, 2, 5, rating(3, 5), rating(3, 5), new int[] {0, 0, 0, 5, 0},
                new int[] {3, 1, 1, 0});

        EdgeFigures with = EdgeMeasures.figures(c, 2.0, K, 3.0);
        EdgeFigures without = EdgeMeasures.figures(c, null, K, 3.5);

        assertThat(with.asymmetry()).isEqualTo(1.0);
        assertThat(with.working()).isTrue();
        assertThat(with.stopsShare()).isEqualTo(0.4);
        assertThat(without.asymmetry()).isNull();
        assertThat(without.reverseMeanFlow()).isNull();
        assertThat(without.working()).isFalse();
    }
}
