package nl.onderstroom.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.onderstroom.map.graph.Department;
import nl.onderstroom.map.graph.MapComputation;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.map.graph.OrganisationMap;
import org.junit.jupiter.api.Test;

class MapExportsTest {

    static OrganisationMap map(String firstName) {
        List<Department> tree = List.of(new Department(1, firstName, null, 10), new Department(2, "B", null, 10),
                new Department(3, "C", null, 10));
        return MapComputation.compute(tree,
                List.of(Tallies.departmentTally(1, 8), Tallies.departmentTally(2, 8), Tallies.departmentTally(3, 8)),
                TallyConversion.connectionTallies(List.of(Tallies.connection(1, 2, 6, 4, 4, 3, 0),
                        Tallies.connection(2, 1, 3, 2, 4, 3, 0)), java.util.Set.of(1L, 2L, 3L)),
                MapSettings.defaults(5));
    }

    @Test
    void the_matrix_quotes_names_with_separators_and_leaves_hidden_and_unrated_cells_alike_empty() {
        String csv = MapExports.matrixCsv(map("Sales; North"));
        assertThat(csv.split("\r\n")).containsExactly(
                "from \\ to;\"Sales; North\";B;C",
                "\"Sales; North\";;4;",
                "B;;;",
                "C;;;");
    }

    @Test
    void graphml_escapes_names_and_leaves_hidden_edges_out_like_unrated_ones() {
        String xml = MapExports.graphml(map("R&D <lab>"));
        assertThat(xml).contains("R&amp;D &lt;lab&gt;").contains("edgedefault=\"directed\"");
        assertThat(xml).contains("source=\"d1\"").doesNotContain("source=\"d2\"", "suppressed\">true</data><data key=\"e");
    }

    @Test
    void numbers_are_written_with_a_point_and_without_trailing_zeros() {
        assertThat(MapExports.number(3.0)).isEqualTo("3");
        assertThat(MapExports.number(2.5)).isEqualTo("2.5");
        assertThat(MapExports.number(1.23456)).isEqualTo("1.235");
    }
}
