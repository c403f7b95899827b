package nl.onderstroom.map.ui;

import nl.onderstroom.scan.ScanStatus;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import elemental.json.Json;
import elemental.json.JsonObject;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.map.FakeScanTallies;
import nl.onderstroom.map.FakeScanTalliesConfiguration;
import nl.onderstroom.map.MapFixture;
import nl.onderstroom.map.Tallies;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The results screens without a browser (Karibu-Testing), on MariaDB with hand-made tallies. */
@IntegrationTest
@Import(FakeScanTalliesConfiguration.class)
class ResultsViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    FakeScanTallies tallies;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;

    MapFixture fixture;
    long[] d;

    @BeforeEach
    void setUp() {
        fixture = new MapFixture(organisations, accounts, tallies, ScanStatus.CLOSED);
        d = fixture.departments;
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.stop();
    }

    private void open(AccountSummary account, String page) {
        KaribuSpring.signInAndStart(context, users, account);
        UI.getCurrent().navigate("scans/" + fixture.scanId + "/" + page);
    }

    private static String panelTitle() {
        return _get(_get(Div.class, s -> s.withId("map-panel")), H3.class, s -> s.withId("panel-title")).getText();
    }

    private static List<String> ids(Component parent, Class<? extends Component> type) {
        return _find(parent, type).stream().map(c -> c.getId().orElse("")).filter(id -> !id.isEmpty()).toList();
    }

    @Test
    void the_map_gets_every_department_and_no_hidden_connection() throws Exception {
        open(fixture.advisor, "map");
        ConnectionMap map = _get(ConnectionMap.class, s -> s.withId("connection-map"));
        JsonNode data = new ObjectMapper().readTree(map.getElement().getProperty("mapData"));
        assertThat(data.get("nodes")).hasSize(6);
        assertThat(data.get("edges")).isNotEmpty().allSatisfy(edge -> {
            assertThat(edge.has("suppressed")).isFalse();
            assertThat(edge.get("id").asText()).as("3 respondents < k: like an unrated pair")
                    .isNotEqualTo("e" + d[4] + "-" + d[5]);
        });
        assertThat(map.getElement().getProperty("layoutKey")).isEqualTo("scan-" + fixture.scanId);
    }

    @Test
    void choosing_a_connection_in_the_keyboard_list_opens_its_figures_distributions_and_stories() {
        open(fixture.advisor, "map");
        _click(_get(Button.class, s -> s.withId("connection-" + d[0] + "-" + d[3])));
        assertThat(panelTitle()).isEqualTo("Sales → Planning");
        Div panel = _get(Div.class, s -> s.withId("map-panel"));
        assertThat(ids(panel, Div.class)).contains("figure-meanFlow", "figure-meanImportance", "figure-stopsShare",
                "bars-flow", "bars-frequency", "panel-stories");
        assertThat(_find(panel, Paragraph.class, s -> s.withClasses("results-story"))).hasSize(7);
        Div explanation = _get(panel, Div.class, s -> s.withId("figure-meanFlow"));
        assertThat(_find(explanation, Span.class, s -> s.withClasses("results-figure-explain"))).hasSize(1);
    }

    @Test
    void a_hidden_connection_is_not_listed_just_like_an_unrated_one() {
        open(fixture.advisor, "map");
        assertThat(_find(Button.class, s -> s.withId("connection-" + d[0] + "-" + d[3]))).as("a shown one").hasSize(1);
        assertThat(_find(Button.class, s -> s.withId("connection-" + d[4] + "-" + d[5]))).as("hidden").isEmpty();
        assertThat(_find(Button.class, s -> s.withId("connection-" + d[0] + "-" + d[2]))).as("unrated").isEmpty();
    }

    @Test
    void a_click_on_an_edge_in_the_drawing_opens_its_panel() {
        open(fixture.advisor, "map");
        JsonObject detail = Json.createObject();
        detail.put("event.detail.from", (double) d[1]);
        detail.put("event.detail.to", (double) d[0]);
        _fireDomEvent(_get(ConnectionMap.class), "edge-click", detail);
        assertThat(panelTitle()).isEqualTo("Support → Sales");
        JsonObject node = Json.createObject();
        node.put("event.detail.id", (double) d[2]);
        _fireDomEvent(_get(ConnectionMap.class), "node-click", node);
        assertThat(panelTitle()).isEqualTo("Archive");
        assertThat(_find(_get(Div.class, s -> s.withId("map-panel")), Paragraph.class,
                s -> s.withClasses("results-story"))).as("8 undercurrent stories >= 7").hasSize(8);
    }

    @Test
    void only_stopping_connections_are_listed_when_that_filter_is_on() {
        open(fixture.advisor, "map");
        _setValue(_get(Checkbox.class, s -> s.withId("filter-stopping")), true);
        List<String> shown = _find(Button.class).stream().map(b -> b.getId().orElse(""))
                .filter(id -> id.startsWith("connection-")).sorted().toList();
        assertThat(shown).containsExactlyInAnyOrder("connection-" + d[0] + "-" + d[1], "connection-" + d[1] + "-" + d[0],
                "connection-" + d[2] + "-" + d[3], "connection-" + d[3] + "-" + d[2]);
    }

    @Test
    void the_stop_ranking_puts_the_two_departments_that_barely_talk_first() {
        open(fixture.advisor, "map");
        List<String> ranking = _find(_get(Div.class, s -> s.withId("stop-ranking")), Button.class).stream()
                .map(b -> b.getId().orElse("")).toList();
        assertThat(ranking.subList(0, 2)).containsExactlyInAnyOrder("stop-" + d[0] + "-" + d[1], "stop-" + d[1] + "-" + d[0]);
    }

    @Test
    void a_director_gets_not_found_before_publication_and_the_map_after() {
        open(fixture.director, "map");
        assertThat(_find(MapView.class)).isEmpty();
        KaribuSpring.stop();
        fixture.status(ScanStatus.PUBLISHED);
        open(fixture.director, "map");
        assertThat(_find(MapView.class)).hasSize(1);
    }

    @Test
    void another_organisations_advisor_gets_not_found() {
        open(fixture.otherAdvisor, "matrix");
        assertThat(_find(MatrixView.class)).isEmpty();
    }

    @Test
    void the_matrix_shows_flow_marks_suppressed_cells_and_can_be_ordered_by_cluster() {
        open(fixture.advisor, "matrix");
        assertThat(_get(NativeTableCell.class, s -> s.withId("cell-" + d[0] + "-" + d[1])).getText()).isIn("1.0", "1,0");
        NativeTableCell hidden = _get(NativeTableCell.class, s -> s.withId("cell-" + d[4] + "-" + d[5]));
        NativeTableCell unrated = _get(NativeTableCell.class, s -> s.withId("cell-" + d[0] + "-" + d[2]));
        assertThat(unrated.getClassNames()).contains("results-matrix-empty");
        assertThat(hidden.getElement().getTextRecursively()).as("a hidden cell looks and sounds like an unrated one")
                .isEqualTo(unrated.getElement().getTextRecursively()).contains("–");
        assertThat(hidden.getClassNames()).isEqualTo(unrated.getClassNames());
        assertThat(hidden.getElement().getAttribute("title").replace(fixture.name(4), "A").replace(fixture.name(5), "B"))
                .isEqualTo(unrated.getElement().getAttribute("title").replace(fixture.name(0), "A")
                        .replace(fixture.name(2), "B"));
        String treeOrder = cellOrder(_get(NativeTable.class, s -> s.withId("flow-matrix")));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<MatrixView.Order> order = _get(RadioButtonGroup.class, s -> s.withId("matrix-order"));
        _setValue(order, MatrixView.Order.CLUSTER);
        assertThat(cellOrder(_get(NativeTable.class, s -> s.withId("flow-matrix")))).isNotEqualTo(treeOrder);
    }

    private static String cellOrder(NativeTable matrix) {
        return matrix.getBody().getRows().stream().flatMap(r -> r.getDataCells().stream())
                .map(c -> c.getId().orElse("")).filter(id -> id.startsWith("cell-"))
                .limit(6).collect(Collectors.joining(","));
    }

    @Test
    void the_themes_view_shows_each_departments_theme_means() {
        open(fixture.advisor, "themes");
        assertThat(_get(NativeTableCell.class, s -> s.withId("theme-" + d[0] + "-workload")).getText()).isIn("2.0", "2,0");
        assertThat(_get(NativeTableCell.class, s -> s.withId("theme-all-trust")).getText()).isIn("1.0", "1,0");
    }

    @Test
    void the_identity_view_shows_intended_against_perceived_and_recurring_words() {
        open(fixture.advisor, "identity");
        // perceived 4.0 (staff all rate 4) minus intended 5.0 (directors all rate 5), with a true minus sign
        assertThat(_get(Span.class, s -> s.withId("identity-identity-gap")).getText())
                .isIn("Perceived minus intended: −1.0", "Ervaren min beoogd: −1,0");
        Div why = _get(Div.class, s -> s.withId("words-identity_why"));
        assertThat(_find(why, Span.class, s -> s.withClasses("results-chip"))).isNotEmpty();
        Div cannot = _get(Div.class, s -> s.withId("words-identity_cannot"));
        assertThat(_find(cannot, Span.class, s -> s.withClasses("results-chip"))).isEmpty();
    }

    @Test
    void comparing_with_an_earlier_wave_lists_what_improved_and_what_worsened() {
        long earlier = fixture.scanId - 1;
        FakeScanTallies.Data old = Tallies.story(new ScanTallies.ScanInfo(earlier, fixture.organisation, "Wave 1",
                ScanStatus.CLOSED, 5, 7, null, null, List.of()), d);
        List<ScanTallies.ConnectionCount> connections = new java.util.ArrayList<>(old.connections());
        connections.set(0, Tallies.connection(d[0], d[1], 8, 3, 5, 1, 0));
        connections.set(2, Tallies.connection(d[0], d[3], 9, 3, 4, 4, 0));
        tallies.put(new FakeScanTallies.Data(old.scan(), old.departments(), connections, old.intended(), old.texts()));
        open(fixture.advisor, "map");
        @SuppressWarnings("unchecked")
        Select<ScanTallies.ScanInfo> compare = _get(Select.class, s -> s.withId("compare-with"));
        _setValue(compare, compare.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(_find(Button.class).stream().map(b -> b.getId().orElse("")))
                .contains("wave-improved-" + d[0] + "-" + d[3], "wave-worsened-" + d[0] + "-" + d[1]);
        assertThat(_get(ConnectionMap.class).getElement().getProperty("showChanges", false)).isTrue();
    }
}
