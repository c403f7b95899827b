package nl.onderstroom.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.onderstroom.map.graph.ConnectionTally;
import nl.onderstroom.map.graph.Department;
import nl.onderstroom.map.graph.DepartmentTally;
import nl.onderstroom.map.graph.MapComputation;
import nl.onderstroom.map.graph.MapSettings;
import nl.onderstroom.map.graph.OrganisationMap;
import org.junit.jupiter.api.Test;

/** What the map component is told, without a browser: figures only where the map shows them; filters hide. */
class ConnectionMapTest {

    static int[] all(int n, int rating) {
        int[] c = new int[5];
        c[rating - 1] = n;
        return c;
    }

    static ConnectionTally edge(long from, long to, int n, int flow, int stop) {
        int[] stops = new int[4];
        stops[stop] = n;
        return new ConnectionTally(from, to, n, all(n, flow), all(n, 4), new int[]{0, 0, n, 0, 0}, stops);
    }

    /** 1 and 2 have 8 respondents; 3 has 2 (suppressed), so is 4 (complementary); 1->3 is rated by 3 (hidden). */
    static OrganisationMap map() {
        List<Department> tree = List.of(new Department(1, "A", null, 10), new Department(2, "B", null, 10),
                new Department(3, "C", null, 10), new Department(4, "D", null, 10));
        List<DepartmentTally> tallies = List.of(new DepartmentTally(1, 8, all(8, 3), Map.of(), Map.of()),
                new DepartmentTally(2, 8, all(8, 4), Map.of(), Map.of()),
                new DepartmentTally(3, 2, all(2, 4), Map.of(), Map.of()),
                new DepartmentTally(4, 6, all(6, 4), Map.of(), Map.of()));
        return MapComputation.compute(tree, tallies,
                List.of(edge(1, 2, 8, 2, 1), edge(2, 1, 8, 4, 0), edge(1, 3, 3, 4, 0)), MapSettings.defaults(5));
    }

    static JsonNode sent(ConnectionMap component) throws Exception {
        return new ObjectMapper().readTree(component.getElement().getProperty("mapData"));
    }

    static JsonNode find(JsonNode list, String id) {
        for (JsonNode n : list) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError(id);
    }

    @Test
    void suppressed_departments_are_sent_without_any_figure_and_hidden_connections_not_at_all() throws Exception {
        ConnectionMap component = new ConnectionMap();
        component.setMap("scan-1", map(), MapFilter.NONE, Map.of(), Locale.ENGLISH);
        JsonNode data = sent(component);
        JsonNode hidden = find(data.get("nodes"), "d3");
        assertThat(hidden.get("suppressed").asBoolean()).isTrue();
        assertThat(hidden.has("respondents") || hidden.has("cohesion") || hidden.has("island")).isFalse();
        assertThat(data.get("edges")).extracting(e -> e.get("id").asText()).as("a hidden connection is not sent")
                .containsExactlyInAnyOrder("e1-2", "e2-1");
        JsonNode shown = find(data.get("edges"), "e1-2");
        assertThat(shown.get("flow").asDouble()).isEqualTo(2.0);
        assertThat(shown.get("stops").asBoolean()).isTrue();
        assertThat(shown.get("stopTheirs").asDouble()).isEqualTo(1.0);
        assertThat(shown.get("frequency").asDouble()).isEqualTo(2.0);
        assertThat(component.getElement().getProperty("layoutKey")).isEqualTo("scan-1");
    }

    @Test
    void filters_hide_items_but_keep_them_in_the_drawing_so_the_layout_stays() throws Exception {
        ConnectionMap component = new ConnectionMap();
        component.setMap("scan-1", map(), new MapFilter(3, false, null), Map.of(), Locale.ENGLISH);
        JsonNode data = sent(component);
        assertThat(data.get("nodes")).hasSize(4);
        assertThat(find(data.get("edges"), "e1-2").get("hidden").asBoolean()).as("flow 2 < 3").isTrue();
        assertThat(find(data.get("edges"), "e2-1").get("hidden").asBoolean()).isFalse();

        component.setMap("scan-1", map(), new MapFilter(1, true, null), Map.of(), Locale.ENGLISH);
        assertThat(find(sent(component).get("edges"), "e2-1").get("hidden").asBoolean()).as("does not stop").isTrue();

        component.setMap("scan-1", map(), new MapFilter(1, false, 2L), Map.of(), Locale.ENGLISH);
        JsonNode around = sent(component);
        assertThat(find(around.get("nodes"), "d1").get("hidden").asBoolean()).isFalse();
        assertThat(find(around.get("nodes"), "d3").get("hidden").asBoolean()).isTrue();
        assertThat(find(around.get("nodes"), "d4").get("hidden").asBoolean()).isTrue();
        assertThat(new MapFilter(1, false, 2L).shownNodes(map())).isEqualTo(Set.of(1L, 2L));
        assertThat(new MapFilter(1, false, 3L).shownNodes(map()))
                .as("the hidden 1 -> 3 makes no neighbour, as if nobody rated it").isEqualTo(Set.of(3L));
    }

    @Test
    void a_change_since_an_earlier_scan_travels_with_its_connection() throws Exception {
        ConnectionMap component = new ConnectionMap();
        component.setMap("scan-1", map(), MapFilter.NONE, Map.of(List.of(2L, 1L), 0.8), Locale.forLanguageTag("nl"));
        assertThat(find(sent(component).get("edges"), "e2-1").get("change").asDouble()).isEqualTo(0.8);
        assertThat(find(sent(component).get("edges"), "e2-1").get("changeLabel").asText()).isEqualTo("+0,8");
    }

    @Test
    void the_change_drawn_on_the_canvas_is_written_in_the_users_locale() throws Exception {
        ConnectionMap component = new ConnectionMap();
        component.setMap("scan-1", map(), MapFilter.NONE, Map.of(List.of(2L, 1L), -0.75), Locale.ENGLISH);
        assertThat(find(sent(component).get("edges"), "e2-1").get("changeLabel").asText()).isEqualTo("−0.8");
        component.setMap("scan-1", map(), MapFilter.NONE, Map.of(List.of(2L, 1L), -0.75), Locale.forLanguageTag("nl-NL"));
        assertThat(find(sent(component).get("edges"), "e2-1").get("changeLabel").asText()).isEqualTo("−0,8");
    }
}
