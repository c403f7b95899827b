package nl.onderstroom.map;

import nl.onderstroom.scan.ScanStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.onderstroom.base.NotFound;
import nl.onderstroom.map.graph.MapEdge;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ResponsesChanged;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TenantAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service's conversions and rules without Spring: tenant access and roles are stubbed. */
class MapServiceTest {

    static final long ORG = 7;
    static final long[] D = {101, 102, 103, 104, 105, 106};

    final FakeScanTallies tallies = new FakeScanTallies();
    final OrganisationService organisations = mock(OrganisationService.class);
    final TenantAccess tenants = mock(TenantAccess.class);
    final MapService service = new MapService(tallies, organisations, tenants, MapThresholds.defaults(),
            mock(nl.onderstroom.security.AuditLog.class));

    @BeforeEach
    void setUp() {
        List<DepartmentNode> nodes = new ArrayList<>();
        String[] names = {"Sales", "Support", "Archive", "Planning", "Field", "Desk"};
        for (int i = 0; i < D.length; i++) {
            nodes.add(new DepartmentNode(D[i], names[i], null, 20, 0));
        }
        when(organisations.departments(ORG)).thenReturn(nodes);
        when(tenants.currentRole()).thenReturn(Optional.of(Role.ADVISOR));
        tallies.put(Tallies.story(Tallies.scan(1, ORG, ScanStatus.CLOSED), D));
    }

    @Test
    void the_map_is_computed_from_the_tallies_with_the_scans_threshold() {
        OrganisationMap map = service.map(1);
        assertThat(map.nodes()).extracting(n -> n.name()).contains("Sales", "Archive");
        assertThat(map.edge(D[0], D[1]).orElseThrow().figures().meanFlow()).isEqualTo(1.0);
        assertThat(map.edge(D[0], D[1]).orElseThrow().figures().stopsShare()).isEqualTo(1.0);
        assertThat(map.edge(D[4], D[5])).as("3 respondents < k=5: not listed").isEmpty();
        assertThat(map.islands()).contains(D[2]);
        assertThat(map.brokers()).first().isEqualTo(D[3]);
    }

    @Test
    void a_parent_missing_from_the_tree_makes_a_department_top_level() {
        List<nl.onderstroom.map.graph.Department> departments = TallyConversion.departments(List.of(
                new DepartmentNode(1, "A", null, 3, 0), new DepartmentNode(2, "B", 99L, 4, 0),
                new DepartmentNode(3, "C", 1L, -1, 1)));
        assertThat(departments).extracting(nl.onderstroom.map.graph.Department::parentId)
                .containsExactly(null, null, 1L);
        assertThat(departments.get(2).headcount()).isZero();
    }

    @Test
    void tallies_of_unknown_departments_and_self_connections_are_left_out() {
        Set<Long> known = new HashSet<>(List.of(1L, 2L));
        assertThat(TallyConversion.connectionTallies(List.of(
                Tallies.connection(1, 2, 5, 3, 3, 2, 0), Tallies.connection(1, 9, 5, 3, 3, 2, 0)), known))
                .extracting(c -> c.to()).containsExactly(2L);
        assertThat(TallyConversion.departmentTallies(List.of(Tallies.department(1, 5, 3),
                Tallies.department(9, 5, 3)), known)).hasSize(1);
    }

    @Test
    void stories_are_shown_at_the_story_threshold_and_shuffled() {
        List<Story> first = service.connectionStories(1, D[0], D[3]);
        assertThat(first).hasSize(7).allSatisfy(s -> assertThat(s.text()).startsWith("Story"));
        boolean reordered = false;
        for (int i = 0; i < 30 && !reordered; i++) {
            reordered = !service.connectionStories(1, D[0], D[3]).equals(first);
        }
        assertThat(reordered).as("the order changes between calls").isTrue();
    }

    @Test
    void stories_below_the_story_threshold_are_not_shown() {
        assertThat(service.connectionStories(1, D[3], D[0])).as("4 stories < 7").isEmpty();
    }

    @Test
    void stories_of_a_suppressed_connection_are_not_shown_even_when_there_are_enough() {
        List<ScanTallies.Text> texts = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            texts.add(new ScanTallies.Text(ScanTallies.TextKind.CONNECTION_STORY, D[4], D[5], List.of(), "t" + i, false));
        }
        FakeScanTallies.Data story = Tallies.story(Tallies.scan(2, ORG, ScanStatus.CLOSED), D);
        texts.addAll(story.texts());
        tallies.put(new FakeScanTallies.Data(story.scan(), story.departments(), story.connections(), story.intended(), texts));
        assertThat(service.connectionStories(2, D[4], D[5])).isEmpty();
    }

    @Test
    void department_stories_follow_the_same_threshold() {
        assertThat(service.departmentStories(1, D[2])).hasSize(8);
        assertThat(service.departmentStories(1, D[0])).isEmpty();
    }

    @Test
    void a_director_sees_nothing_before_the_scan_is_published() {
        when(tenants.currentRole()).thenReturn(Optional.of(Role.DIRECTOR));
        assertThatThrownBy(() -> service.map(1)).isInstanceOf(NotFound.class);
        tallies.put(Tallies.story(Tallies.scan(1, ORG, ScanStatus.PUBLISHED), D));
        service.onResponsesChanged(new ResponsesChanged(1, ORG));
        assertThat(service.map(1).nodes()).hasSize(6);
    }

    @Test
    void another_organisations_scan_is_not_found() {
        doThrow(new NotFound()).when(tenants).checkRead(anyLong());
        assertThatThrownBy(() -> service.map(1)).isInstanceOf(NotFound.class);
    }

    @Test
    void the_map_is_cached_until_the_responses_change() {
        OrganisationMap before = service.map(1);
        FakeScanTallies.Data story = Tallies.story(Tallies.scan(1, ORG, ScanStatus.CLOSED), D);
        List<ScanTallies.ConnectionCount> changed = new ArrayList<>(story.connections());
        changed.set(0, Tallies.connection(D[0], D[1], 8, 5, 5, 4, 0));
        tallies.put(new FakeScanTallies.Data(story.scan(), story.departments(), changed, story.intended(), story.texts()));
        assertThat(service.map(1)).isSameAs(before);
        service.onResponsesChanged(new ResponsesChanged(1, ORG));
        assertThat(service.map(1).edge(D[0], D[1]).map(MapEdge::figures).orElseThrow().meanFlow()).isEqualTo(5.0);
    }

    @Test
    void the_cache_holds_a_bounded_number_of_scans_and_keeps_nothing_per_scan_beyond_it() {
        for (long id = 10; id < 10 + MapService.CACHE_SIZE + 5; id++) {
            tallies.put(Tallies.story(Tallies.scan(id, ORG, ScanStatus.CLOSED), D));
            service.map(id);
            service.onResponsesChanged(new ResponsesChanged(id + 1000, ORG));
        }
        assertThat(service.cache().size()).isLessThanOrEqualTo(MapService.CACHE_SIZE);
        assertThat(service.cache().inFlight()).as("changes to scans not being computed leave nothing behind").isZero();
        OrganisationMap first = service.map(10);
        assertThat(service.map(10)).isSameAs(first);
    }

    @Test
    void a_change_during_a_computation_wins_over_its_result() {
        MapCache cache = new MapCache(4);
        List<nl.onderstroom.map.graph.Department> none = List.of();
        OrganisationMap stale = service.map(1);
        OrganisationMap computed = cache.get(1, 5, none, () -> {
            cache.invalidate(1);
            return stale;
        });
        assertThat(computed).isSameAs(stale);
        assertThat(cache.size()).as("a result computed across a change is not kept").isZero();
        assertThat(cache.get(1, 5, none, () -> stale)).isSameAs(stale);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.inFlight()).isZero();
    }

    @Test
    void intended_identity_is_shown_per_key_only_with_k_answers() {
        IdentityComparison identity = service.identity(1);
        assertThat(identity.rows()).extracting(IdentityComparison.Row::key)
                .containsExactly("identity", "integrity", "image");
        assertThat(identity.rows().get(0).intended()).isEqualTo(5.0);
        assertThat(identity.rows().get(0).perceived()).isEqualTo(4.0);
        assertThat(identity.rows().get(0).gap()).isEqualTo(-1.0);
        assertThat(identity.rows().get(2).intended()).as("2 answers < k").isNull();
    }

    @Test
    void recurring_words_are_counted_only_for_questions_with_enough_answers() {
        IdentityComparison identity = service.identity(1);
        IdentityComparison.QuestionWords why = identity.words().stream()
                .filter(w -> w.question() == ScanTallies.TextKind.IDENTITY_WHY).findFirst().orElseThrow();
        assertThat(why.perceived()).extracting(RecurringWord::word).first().isIn("klanten", "klant");
        assertThat(why.perceived().get(0).answers()).isEqualTo(8);
        assertThat(why.intended()).as("no director answers").isNull();
        assertThat(identity.words()).filteredOn(w -> w.question() == ScanTallies.TextKind.IDENTITY_CANNOT)
                .allSatisfy(w -> assertThat(w.perceived()).isNull());
    }

    @Test
    void recurring_words_leave_out_the_answers_of_a_department_with_fewer_than_k_people() {
        FakeScanTallies.Data story = Tallies.story(Tallies.scan(5, ORG, ScanStatus.CLOSED), D);
        List<ScanTallies.DepartmentCount> departments = new ArrayList<>(story.departments());
        departments.set(5, Tallies.department(D[5], 3, 3));
        List<ScanTallies.ConnectionCount> connections = story.connections().stream().filter(c -> c.from() != D[5]).toList();
        for (long writer : new long[] {D[5], D[1]}) {
            List<ScanTallies.Text> texts = new ArrayList<>(story.texts());
            for (int i = 0; i < 3; i++) {
                texts.add(new ScanTallies.Text(ScanTallies.TextKind.IDENTITY_WHY, writer, null, List.of(),
                        "Voor het laboratorium", false));
            }
            tallies.put(new FakeScanTallies.Data(story.scan(), departments, connections, story.intended(), texts));
            service.onResponsesChanged(new ResponsesChanged(5, ORG));
            IdentityComparison.QuestionWords why = service.identity(5).words().stream()
                    .filter(w -> w.question() == ScanTallies.TextKind.IDENTITY_WHY).findFirst().orElseThrow();
            if (writer == D[5]) {
                assertThat(why.perceived()).as("3 people of a hidden department").extracting(RecurringWord::word)
                        .doesNotContain("laboratorium");
            } else {
                assertThat(why.perceived()).as("control: the same answers from a shown department")
                        .extracting(RecurringWord::word).contains("laboratorium");
            }
        }
    }

    @Test
    void earlier_scans_of_the_organisation_are_offered_for_comparison() {
        tallies.put(Tallies.story(Tallies.scan(3, ORG, ScanStatus.CLOSED), D));
        tallies.put(Tallies.story(Tallies.scan(4, ORG + 1, ScanStatus.CLOSED), D));
        assertThat(service.earlierScans(3)).extracting(ScanTallies.ScanInfo::id).containsExactly(1L);
        assertThat(service.earlierScans(1)).isEmpty();
    }

    @Test
    void a_scan_of_another_organisation_cannot_be_compared() {
        tallies.put(Tallies.story(Tallies.scan(4, ORG + 1, ScanStatus.CLOSED), D));
        List<DepartmentNode> same = organisations.departments(ORG);
        when(organisations.departments(ORG + 1)).thenReturn(same);
        assertThatThrownBy(() -> service.compare(4, 1)).isInstanceOf(NotFound.class);
    }

    @Test
    void an_open_scan_shows_no_results_even_to_its_advisor_and_a_draft_none_either() {
        tallies.put(Tallies.story(Tallies.scan(5, ORG, ScanStatus.OPEN), D));
        tallies.put(Tallies.story(Tallies.scan(6, ORG, ScanStatus.DRAFT), D));
        assertThatThrownBy(() -> service.results(5)).isInstanceOf(ResultsNotYet.class);
        assertThatThrownBy(() -> service.map(6)).isInstanceOf(ResultsNotYet.class);
        assertThat(service.earlierScans(1)).as("newer open scans are not offered").isEmpty();
    }

    @Test
    void the_method_names_imported_answers_and_departments_above_their_headcount() {
        List<DepartmentNode> nodes = new ArrayList<>(organisations.departments(ORG));
        nodes.set(0, new DepartmentNode(D[0], "Sales", null, 8, 0));
        nodes.set(5, new DepartmentNode(D[5], "Desk", null, 2, 0));
        when(organisations.departments(ORG)).thenReturn(nodes);
        FakeScanTallies.Data story = Tallies.story(Tallies.scan(1, ORG, ScanStatus.CLOSED), D);
        List<ScanTallies.DepartmentCount> departments = new ArrayList<>(story.departments());
        // two small departments, hidden together (one alone would hide a shown one with it)
        departments.set(4, Tallies.department(D[4], 3, 3));
        departments.set(5, Tallies.department(D[5], 3, 3));
        tallies.put(new FakeScanTallies.Data(story.scan(), departments,
                story.connections().stream().filter(c -> c.from() != D[4] && c.from() != D[5]).toList(),
                story.intended(), story.texts()));
        tallies.provenance(1, new ScanTallies.Provenance(12, java.util.Map.of(D[1], 25, D[3], 4),
                java.util.Set.of(D[2])));

        ResultsMethod method = service.results(1).method();

        assertThat(method.anyImported()).isTrue();
        assertThat(method.importedResponses()).isEqualTo(12);
        assertThat(method.departments()).extracting(ResultsMethod.DepartmentRemark::departmentId)
                .as("Desk has 3 answers for 2 staff, but it is hidden: its remark would tell its count")
                .containsExactly(D[0], D[1], D[2]);
        assertThat(method.departments().get(0).moreResponsesThanHeadcount()).isTrue();
        assertThat(method.departments().get(1).moreCodesThanHeadcount()).isTrue();
        assertThat(method.departments().get(1).codes()).isEqualTo(25);
        assertThat(method.departments().get(2).openLink()).isTrue();
    }

    @Test
    void a_small_number_of_imported_answers_is_not_told() {
        tallies.provenance(1, new ScanTallies.Provenance(3, java.util.Map.of(), java.util.Set.of()));
        ResultsMethod method = service.results(1).method();
        assertThat(method.anyImported()).isTrue();
        assertThat(method.importedResponses()).as("1..k-1 would tell a hidden total").isNull();
        tallies.provenance(1, new ScanTallies.Provenance(0, java.util.Map.of(), java.util.Set.of()));
        assertThat(service.results(1).method().importedResponses()).isZero();
    }
}
