package nl.onderstroom.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import nl.onderstroom.scan.Frequency;
import nl.onderstroom.scan.Stop;

class TallyConversionTest {

    @Test
    void every_scan_frequency_and_stop_becomes_the_graph_constant_of_the_same_meaning() {
        for (Frequency f : Frequency.values()) {
            assertThat(TallyConversion.frequency(f).name()).isEqualTo(f.name());
        }
        for (Stop s : Stop.values()) {
            assertThat(TallyConversion.stop(s).name()).isEqualTo(s.name());
        }
    }

    @Test
    void counts_move_from_stored_codes_to_graph_constants() {
        int[] byCode = new int[5];
        byCode[Frequency.WEEKLY.code()] = 7;
        byCode[Frequency.NEVER.code()] = 2;
        int[] graph = TallyConversion.frequencyCounts(byCode);
        assertThat(graph[nl.onderstroom.map.graph.Frequency.WEEKLY.ordinal()]).isEqualTo(7);
        assertThat(graph[nl.onderstroom.map.graph.Frequency.NEVER.ordinal()]).isEqualTo(2);
        assertThat(graph).hasSize(nl.onderstroom.map.graph.Frequency.values().length);

        int[] stops = new int[4];
        stops[Stop.OURS.code()] = 3;
        assertThat(TallyConversion.stopCounts(stops)[nl.onderstroom.map.graph.Stop.OURS.ordinal()]).isEqualTo(3);
        assertThat(TallyConversion.stopCounts(null)).containsOnly(0);
    }
}
