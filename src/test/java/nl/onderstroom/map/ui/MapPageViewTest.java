package nl.onderstroom.map.ui;

import nl.onderstroom.scan.ScanStatus;
import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.map.FakeScanTallies;
import nl.onderstroom.map.FakeScanTalliesConfiguration;
import nl.onderstroom.map.MapFixture;
import nl.onderstroom.map.Tallies;
import nl.onderstroom.map.graph.MapNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The map page as a director reads it (Karibu-Testing, on MariaDB with hand-made tallies): the lead sentences, the
 * message when everything is hidden, numbers in the user's language, and finding a department.
 */
@IntegrationTest
@Import(FakeScanTalliesConfiguration.class)
class MapPageViewTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

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
        fixture = new MapFixture(organisations, accounts, tallies, ScanStatus.PUBLISHED);
        d = fixture.departments;
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.stop();
    }

    private void open(Locale locale) {
        KaribuSpring.signInAndStart(context, users, fixture.director);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("scans/" + fixture.scanId + "/map");
    }

    private static String text(String id) {
        return _get(Span.class, s -> s.withId(id)).getText();
    }

    /** The story map with other connections in place of some (same from/to replaced). */
    private void replace(ScanTallies.ConnectionCount... replacements) {
        FakeScanTallies.Data data = Tallies.story(Tallies.scan(fixture.scanId, fixture.organisation,
                ScanStatus.PUBLISHED), d);
        List<ScanTallies.ConnectionCount> connections = new ArrayList<>(data.connections());
        for (ScanTallies.ConnectionCount r : replacements) {
            connections.replaceAll(c -> c.from() == r.from() && c.to() == r.to()
                    ? r : c);
        }
        tallies.put(new FakeScanTallies.Data(data.scan(), data.departments(), connections, data.intended(), data.texts()));
    }

    @Test
    void the_page_leads_with_where_collaboration_stops_most_and_the_island_in_english() {
        open(Locale.ENGLISH);
        // Sales and Support barely talk: all 8 on each side say it stops; Archive rates its only tie 1 of 5
        assertThat(text("lead-stops")).isEqualTo("Collaboration gets stuck most between Sales and Support: 100% of the"
                + " people in Sales and 100% of those in Support who rated working together say it gets stuck.");
        assertThat(text("lead-islands")).isEqualTo("Archive works as an island: it works little with the other"
                + " departments.");
        assertThat(_find(Span.class, s -> s.withId("lead-too-few"))).isEmpty();
    }

    @Test
    void the_lead_sentences_are_dutch_for_a_dutch_reader() {
        open(DUTCH);
        assertThat(text("lead-stops")).isEqualTo("De samenwerking stokt het meest tussen Sales en Support: 100% van de"
                + " mensen in Sales en 100% van die in Support die de samenwerking beoordeelden, zeggen dat ze stokt.");
        assertThat(text("lead-islands")).isEqualTo("Archive werkt als een eiland: de afdeling werkt weinig samen met de"
                + " andere afdelingen.");
    }

    @Test
    void where_only_one_side_says_it_stops_the_lead_names_the_direction() {
        // Sales and Support now flow; Planning no longer says its tie with Archive stops: Archive -> Planning is first
        replace(Tallies.connection(d[0], d[1], 8, 4, 5, 3, 0), Tallies.connection(d[1], d[0], 8, 4, 5, 3, 0),
                Tallies.connection(d[3], d[2], 6, 2, 4, 1, 0));
        open(Locale.ENGLISH);
        assertThat(text("lead-stops")).isEqualTo("Collaboration gets stuck most from Archive towards Planning: 100% of the"
                + " people in Archive who rated working with Planning say it gets stuck.");
    }

    @Test
    void where_nobody_says_it_stops_the_lead_says_so_and_names_no_connection() {
        replace(Tallies.connection(d[0], d[1], 8, 4, 5, 3, 0), Tallies.connection(d[1], d[0], 8, 4, 5, 3, 0),
                Tallies.connection(d[2], d[3], 6, 1, 4, 1, 0), Tallies.connection(d[3], d[2], 6, 2, 4, 1, 0));
        open(Locale.ENGLISH);
        assertThat(text("lead-stops")).isEqualTo("Where enough people answered, nobody says collaboration between"
                + " departments gets stuck.");
        assertThat(_get(Paragraph.class, s -> s.withId("stop-ranking-empty")).getText())
                .isEqualTo("Nobody says collaboration gets stuck on a collaboration shown here.");
    }

    @Test
    void an_organisation_with_too_few_answers_says_so_instead_of_showing_empty_figures() {
        List<ScanTallies.DepartmentCount> departments = new ArrayList<>();
        List<ScanTallies.ConnectionCount> connections = new ArrayList<>();
        for (int i = 0; i < d.length; i++) {
            departments.add(Tallies.department(d[i], 2, 3));
            connections.add(Tallies.connection(d[i], d[(i + 1) % d.length], 2, 1, 5, 1, 3));
        }
        tallies.put(new FakeScanTallies.Data(Tallies.scan(fixture.scanId, fixture.organisation,
                ScanStatus.PUBLISHED), departments, connections,
                new ScanTallies.IntendedIdentity(0, java.util.Map.of()), List.of()));
        open(Locale.ENGLISH);
        assertThat(text("lead-too-few")).isEqualTo("Too few answers yet: the map shows a department only once at least"
                + " 5 of its people have answered.");
        assertThat(_find(Span.class, s -> s.withId("lead-stops"))).isEmpty();
        Div metrics = _get(Div.class, s -> s.withId("map-metrics"));
        assertThat(_find(metrics, Div.class, s -> s.withId("figure-density"))).isEmpty();
        assertThat(_find(metrics, Div.class, s -> s.withId("figure-modularity"))).isEmpty();
        assertThat(_get(metrics, Paragraph.class, s -> s.withId("map-too-few")).getText()).startsWith("Too few answers yet");
        assertThat(_get(Paragraph.class, s -> s.withId("stop-ranking-empty")).getText()).isEqualTo("Too few answers yet.");
        KaribuSpring.stop();

        open(DUTCH);
        assertThat(text("lead-too-few")).isEqualTo("Nog te weinig antwoorden: de kaart toont een afdeling pas als"
                + " minstens 5 mensen ervan hebben geantwoord.");
        assertThat(_get(Paragraph.class, s -> s.withId("stop-ranking-empty")).getText()).isEqualTo("Nog te weinig antwoorden.");
    }

    @Test
    void numbers_on_the_map_page_have_a_decimal_comma_in_dutch_and_a_point_in_english() {
        open(DUTCH);
        Button first = _get(Button.class, s -> s.withId("stop-" + d[0] + "-" + d[1]));
        assertThat(((Span) first.getParent().orElseThrow().getChildren().toList().get(1)).getText())
                .isEqualTo("100% zegt dat ze stokt, belang 5,0");
        assertThat(((Span) _get(ListItem.class, s -> s.withId("legend-change")).getChildren().findFirst().orElseThrow())
                .getText()).isEqualTo("+0,6");
        assertThat(_get(Div.class, s -> s.withId("figure-modularity")).getChildren()
                .map(c -> c instanceof Span sp ? sp.getText() : "").toList().get(1)).contains(",");
        _click(_get(Button.class, s -> s.withId("connection-" + d[0] + "-" + d[3])));
        assertThat(value("figure-meanFlow")).isEqualTo("5,0");
        assertThat(value("figure-meanImportance")).isEqualTo("4,0");
        KaribuSpring.stop();

        open(Locale.ENGLISH);
        Button again = _get(Button.class, s -> s.withId("stop-" + d[0] + "-" + d[1]));
        assertThat(((Span) again.getParent().orElseThrow().getChildren().toList().get(1)).getText())
                .isEqualTo("100% say it gets stuck, importance 5.0");
        assertThat(((Span) _get(ListItem.class, s -> s.withId("legend-change")).getChildren().findFirst().orElseThrow())
                .getText()).isEqualTo("+0.6");
        _click(_get(Button.class, s -> s.withId("connection-" + d[0] + "-" + d[3])));
        assertThat(value("figure-meanFlow")).isEqualTo("5.0");
    }

    private static String value(String figureId) {
        Div figure = _get(_get(Div.class, s -> s.withId("map-panel")), Div.class, s -> s.withId(figureId));
        return _get(figure, Span.class, s -> s.withClasses("results-figure-value")).getText();
    }

    @Test
    void finding_a_department_opens_its_panel() {
        open(Locale.ENGLISH);
        @SuppressWarnings("unchecked")
        ComboBox<MapNode> find = _get(ComboBox.class, s -> s.withId("map-find"));
        MapNode archive = find.getListDataView().getItems().filter(n -> n.id() == d[2]).findFirst().orElseThrow();
        _setValue(find, archive);
        assertThat(_get(_get(Div.class, s -> s.withId("map-panel")), H3.class, s -> s.withId("panel-title")).getText())
                .isEqualTo("Archive");
    }

    @Test
    void every_figure_and_every_symbol_on_the_map_page_is_explained_in_words() {
        open(DUTCH);
        List<Div> figures = _find(_get(Div.class, s -> s.withId("map-panel")), Div.class,
                s -> s.withClasses("results-figure"));
        assertThat(figures).hasSizeGreaterThanOrEqualTo(4);
        for (Div figure : figures) {
            String explain = _get(figure, Span.class, s -> s.withClasses("results-figure-explain")).getText();
            assertThat(explain).as(figure.getId().orElse("")).isNotBlank().doesNotStartWith("map.");
        }
        List<String> legend = _find(_get(Div.class, s -> s.withId("map-legend")), ListItem.class,
                s -> s.withClasses("results-legend-item")).stream().map(MapPageViewTest::words).toList();
        assertThat(legend).hasSize(11).allSatisfy(t -> assertThat(t).hasSizeGreaterThan(10).doesNotContain("map."));
        assertThat(String.join(" ", legend)).contains("eiland", "spil", "Gestreept", "verborgen", "Grootte",
                "Dikte", "Pijl", "Kleur cirkel", "Kleur lijn", "Schaduw", "verandering");
        List<String> sentences = _find(_get(UnorderedList.class, s -> s.withId("legend-sentences")), ListItem.class)
                .stream().map(ListItem::getText).toList();
        assertThat(sentences).hasSize(11).allSatisfy(t -> assertThat(t).endsWith(".").doesNotContain("map."));
        assertThat(sentences).anySatisfy(t -> assertThat(t).contains("minstens 25%"));
    }

    private static String words(Component item) {
        return item.getChildren().map(c -> c instanceof Span s ? s.getText() : c instanceof Checkbox b ? b.getLabel() : "")
                .reduce("", (a, b) -> a + b);
    }
}
