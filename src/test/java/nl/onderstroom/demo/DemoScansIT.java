package nl.onderstroom.demo;

import nl.onderstroom.scan.ScanStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.map.IdentityComparison;
import nl.onderstroom.map.MapService;
import nl.onderstroom.map.OwnQuestionResult;
import nl.onderstroom.map.Story;
import nl.onderstroom.map.graph.InformalCluster;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.scan.ScanTallies.ScanInfo;
import nl.onderstroom.security.SystemSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The demo's two waves tell the story a director should recognise, in the map's own measures. */
@IntegrationTest
@TestPropertySource(properties = "onderstroom.demo=true")
class DemoScansIT {

    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanTallies tallies;
    @Autowired
    MapService maps;
    @Autowired
    ScanService scans;
    @Autowired
    Clock clock;

    private final Map<String, Long> id = new HashMap<>();
    private List<ScanInfo> waves;

    private void load() {
        long demo = organisations.organisations().stream().filter(o -> o.name().equals(DemoData.ORGANISATION))
                .findFirst().orElseThrow().id();
        organisations.departments(demo).forEach((DepartmentNode d) -> id.put(d.name(), d.id()));
        // the demo's own waves: other browser tests add scans of their own to the demo organisation
        waves = tallies.scansOf(demo).stream()
                .filter(s -> s.name().equals(DemoScans.WAVE_2026) || s.name().equals(DemoScans.WAVE_2025)).toList();
    }

    @Test
    void two_published_waves_in_the_past_with_the_respondents_the_readme_names() {
        SystemSession.run(() -> {
            load();
            assertThat(waves).extracting(ScanInfo::name).containsExactly(DemoScans.WAVE_2026, DemoScans.WAVE_2025);
            assertThat(waves).allMatch(w -> w.status() == ScanStatus.PUBLISHED);
            assertThat(waves.get(0).previousScanId()).isEqualTo(waves.get(1).id());
            LocalDate today = LocalDate.now(clock);
            var now = scans.scan(waves.get(0).id());
            var before = scans.scan(waves.get(1).id());
            for (var scan : List.of(now, before)) {
                assertThat(scan.opensOn()).isBefore(scan.closesOn());
                assertThat(scan.closesOn()).isBefore(today);
                assertThat(scan.publishedAt()).isAfter(scan.closedAt());
                assertThat(scan.publishedAt()).isBefore(clock.instant());
            }
            assertThat(before.closesOn()).isBefore(now.opensOn());
            // README: 105 and 117 staff respondents
            assertThat(tallies.departments(before.id()).stream().mapToInt(ScanTallies.DepartmentCount::respondents).sum())
                    .isEqualTo(105);
            assertThat(tallies.departments(now.id()).stream().mapToInt(ScanTallies.DepartmentCount::respondents).sum())
                    .isEqualTo(117);
        });
    }

    @Test
    void the_map_shows_ict_as_an_island_klantenservice_as_broker_and_clusters_across_the_formal_tree() {
        SystemSession.run(() -> {
            load();
            OrganisationMap map = maps.map(waves.get(0).id());
            assertThat(map.islands()).contains(id.get("ICT"));
            assertThat(map.brokers()).contains(id.get("Klantenservice"));
            assertThat(map.clusters()).hasSizeGreaterThanOrEqualTo(2);
            assertThat(map.clusters()).anyMatch(InformalCluster::crossesFormalUnits);
            assertThat(map.clusters()).noneMatch(c -> c.departmentIds().contains(id.get("ICT")));
            assertThat(map.clusters()).noneMatch(c -> c.departmentIds().containsAll(List.of(id.get("Verkoop"), id.get("Operatie"))));
            assertThat(map.metrics().modularity()).isGreaterThan(0.2);

            MapEdge verkoopOperatie = map.edge(id.get("Verkoop"), id.get("Operatie")).orElseThrow();
            MapEdge operatieVerkoop = map.edge(id.get("Operatie"), id.get("Verkoop")).orElseThrow();
            assertThat(verkoopOperatie.figures().working()).isFalse();
            assertThat(operatieVerkoop.figures().working()).isFalse();
            assertThat(map.stopRanking()).first().satisfies(s -> assertThat(List.of(s.from(), s.to()))
                    .containsExactlyInAnyOrder(id.get("Verkoop"), id.get("Operatie")));
            double before = maps.map(waves.get(1).id()).edge(id.get("Verkoop"), id.get("Operatie")).orElseThrow()
                    .figures().meanFlow();
            assertThat(before).isGreaterThan(verkoopOperatie.figures().meanFlow() + 0.4);
        });
    }

    @Test
    void the_identity_gap_shows_because_the_board_gave_the_intended_identity() {
        SystemSession.run(() -> {
            load();
            IdentityComparison identity = maps.identity(waves.get(0).id());
            assertThat(identity.rows()).allSatisfy(r -> {
                assertThat(r.intended()).as(r.key()).isNotNull();
                assertThat(r.perceived()).as(r.key()).isNotNull();
            });
            // intended minus perceived: the board means more than the staff see
            assertThat(identity.rows()).allSatisfy(r -> assertThat(r.gap()).isLessThanOrEqualTo(-1.0));
            assertThat(tallies.intendedIdentity(waves.get(0).id()).respondents()).isEqualTo(DemoData.DIRECTORS.size());
        });
    }

    @Test
    void stories_are_varied_and_the_advisors_own_questions_show() {
        SystemSession.run(() -> {
            load();
            long scan = waves.get(0).id();
            List<Story> stories = maps.connectionStories(scan, id.get("Verkoop"), id.get("Operatie"));
            assertThat(stories).hasSizeGreaterThanOrEqualTo(7);
            for (ScanInfo wave : waves) {
                List<String> all = tallies.texts(wave.id(), ScanTallies.TextKind.CONNECTION_STORY).stream()
                        .map(t -> t.departmentId() + ">" + t.targetDepartmentId() + ":" + t.text()).toList();
                assertThat(new HashSet<>(all)).as("no story twice on one connection").hasSameSizeAs(all);
                List<String> undercurrents = tallies.texts(wave.id(), ScanTallies.TextKind.UNDERCURRENT).stream()
                        .map(ScanTallies.Text::text).toList();
                assertThat(new HashSet<>(undercurrents)).hasSameSizeAs(undercurrents);
            }
            List<OwnQuestionResult> own = maps.ownQuestions(scan);
            assertThat(own).extracting(r -> r.question().type().name()).containsExactly("RATING", "CHOICE", "TEXT");
            assertThat(own.get(0).organisation().mean()).isNotNull();
            assertThat(own.get(0).departments()).anyMatch(d -> d.figure().shown());
            assertThat(own.get(1).organisation().optionCounts()).anyMatch(c -> c != null);
            assertThat(own.get(2).organisationTexts()).hasSizeGreaterThanOrEqualTo(7).doesNotHaveDuplicates();
            assertThat(maps.ownQuestions(waves.get(1).id())).isEmpty();
        });
    }
}

