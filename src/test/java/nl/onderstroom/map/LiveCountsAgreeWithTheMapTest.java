package nl.onderstroom.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.onderstroom.map.graph.Department;
import nl.onderstroom.map.graph.DepartmentTally;
import nl.onderstroom.map.graph.MapComputation;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.scan.LiveCounts;
import org.junit.jupiter.api.Test;

/**
 * An advisor sees the live counts of a closed scan and its map. If the two hid different departments' counts, one
 * would undo the other's hiding (before this rule: live counts showed HR's 5 that the map hid to protect Directie's
 * 3, and the live total counted the 3 directors). Both decide by one rule; this checks they agree everywhere,
 * departments without any response included.
 */
class LiveCountsAgreeWithTheMapTest {

    @Test
    void live_counts_and_the_map_show_and_hide_the_same_counts_in_many_random_organisations() {
        Random random = new Random(23);
        for (int run = 0; run < 400; run++) {
            int k = 3 + random.nextInt(5);
            int n = 2 + random.nextInt(20);
            List<DepartmentNode> nodes = new ArrayList<>();
            List<Department> departments = new ArrayList<>();
            List<DepartmentTally> tallies = new ArrayList<>();
            Map<Long, Integer> counts = new HashMap<>();
            for (long id = 1; id <= n; id++) {
                Long parent = id == 1 || random.nextInt(3) == 0 ? null : (long) (1 + random.nextInt((int) id - 1));
                int count = random.nextInt(10) < 4 ? random.nextInt(k) : k + random.nextInt(25);
                nodes.add(new DepartmentNode(id, "D" + id, parent, 10 + count, 0));
                departments.add(new Department(id, "D" + id, parent, 10 + count));
                if (count > 0 || random.nextBoolean()) {
                    tallies.add(Tallies.departmentTally(id, count));
                }
                counts.put(id, count);
            }
            LiveCounts.Result live = LiveCounts.of(nodes, counts, k);
            OrganisationMap map = MapComputation.compute(departments, tallies, List.of(), MapSettings.defaults(k));

            assertThat(live.total()).as("run %d: total", run).isEqualTo(map.metrics().totalRespondents());
            for (int i = 0; i < n; i++) {
                MapNode node = map.nodes().get(i);
                Integer onMap = node.figures() == null ? null : node.figures().respondents();
                assertThat(live.rows().get(i).responses()).as("run %d: department %d", run, node.id()).isEqualTo(onMap);
                if (onMap == null && node.figures() != null) {
                    assertThat(live.rows().get(i).atLeastK()).isTrue();
                }
            }
        }
    }
}
