package nl.onderstroom.map;

import nl.onderstroom.scan.ScanStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.map.graph.OrganisationMap;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ResponsesChanged;
import nl.onderstroom.scan.ScanTallies;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The map service on MariaDB with hand-made tallies: who may see what, and the cache. */
@IntegrationTest
@Import(FakeScanTalliesConfiguration.class)
class MapServiceIT {

    @Autowired
    MapService maps;
    @Autowired
    FakeScanTallies tallies;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    MapFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new MapFixture(organisations, accounts, tallies, ScanStatus.CLOSED);
    }

    @AfterEach
    void tearDown() {
        TestUsers.logout();
    }

    @Test
    void the_advisor_sees_the_map_with_the_organisations_department_names() {
        TestUsers.loginAs(users, fixture.advisor);
        OrganisationMap map = maps.map(fixture.scanId);
        assertThat(map.nodes()).extracting(n -> n.name()).containsExactlyInAnyOrder(
                "Sales", "Support", "Archive", "Planning", "Field", "Desk");
        assertThat(map.islands()).containsExactly(fixture.departments[2]);
    }

    @Test
    void a_director_sees_nothing_until_the_scan_is_published() {
        TestUsers.loginAs(users, fixture.director);
        assertThatThrownBy(() -> maps.map(fixture.scanId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> maps.connectionStories(fixture.scanId, fixture.departments[0], fixture.departments[3]))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> maps.identity(fixture.scanId)).isInstanceOf(NotFound.class);
        fixture.status(ScanStatus.PUBLISHED);
        assertThat(maps.map(fixture.scanId).nodes()).hasSize(6);
        assertThat(maps.connectionStories(fixture.scanId, fixture.departments[0], fixture.departments[3])).hasSize(7);
    }

    @Test
    void another_organisations_advisor_and_director_find_nothing() {
        fixture.status(ScanStatus.PUBLISHED);
        TestUsers.loginAs(users, fixture.otherAdvisor);
        assertThatThrownBy(() -> maps.map(fixture.scanId)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> maps.earlierScans(fixture.scanId)).isInstanceOf(NotFound.class);
        TestUsers.loginAs(users, fixture.otherDirector);
        assertThatThrownBy(() -> maps.map(fixture.scanId)).isInstanceOf(NotFound.class);
    }

    @Test
    void nobody_signed_in_gets_anything() {
        TestUsers.logout();
        assertThatThrownBy(() -> maps.map(fixture.scanId)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void a_responses_changed_event_after_commit_makes_the_next_map_show_the_new_answers() {
        TestUsers.loginAs(users, fixture.advisor);
        OrganisationMap before = maps.map(fixture.scanId);
        assertThat(before.edge(fixture.departments[0], fixture.departments[1]).orElseThrow().figures().meanFlow())
                .isEqualTo(1.0);

        FakeScanTallies.Data data = Tallies.story(Tallies.scan(fixture.scanId, fixture.organisation,
                ScanStatus.CLOSED), fixture.departments);
        List<ScanTallies.ConnectionCount> changed = new ArrayList<>(data.connections());
        changed.set(0, Tallies.connection(fixture.departments[0], fixture.departments[1], 8, 4, 5, 3, 0));
        tallies.put(new FakeScanTallies.Data(data.scan(), data.departments(), changed, data.intended(), data.texts()));
        assertThat(maps.map(fixture.scanId)).as("cached until told").isSameAs(before);

        // published the way the scan feature does: inside its transaction, seen after commit
        transactions.executeWithoutResult(status -> events.publishEvent(
                new ResponsesChanged(fixture.scanId, fixture.organisation)));
        assertThat(maps.map(fixture.scanId).edge(fixture.departments[0], fixture.departments[1]).orElseThrow()
                .figures().meanFlow()).isEqualTo(4.0);
    }

    @Test
    void a_renamed_department_shows_its_new_name_without_an_event() {
        TestUsers.loginAs(users, fixture.advisor);
        maps.map(fixture.scanId);
        organisations.updateDepartment(fixture.organisation, fixture.departments[0],
                new OrganisationService.DepartmentDraft("Sales and Marketing", null, 20));
        assertThat(maps.map(fixture.scanId).node(fixture.departments[0]).orElseThrow().name())
                .isEqualTo("Sales and Marketing");
    }

    @Test
    void an_earlier_wave_is_compared_and_a_scan_of_another_organisation_is_not() {
        TestUsers.loginAs(users, fixture.advisor);
        long earlier = fixture.scanId + 1_000_000_000L;
        FakeScanTallies.Data old = Tallies.story(new ScanTallies.ScanInfo(earlier, fixture.organisation, "Wave 1",
                ScanStatus.CLOSED, 5, 7, null, null, List.of()), fixture.departments);
        List<ScanTallies.ConnectionCount> connections = new ArrayList<>(old.connections());
        connections.set(2, Tallies.connection(fixture.departments[0], fixture.departments[3], 9, 3, 4, 4, 0));
        tallies.put(new FakeScanTallies.Data(old.scan(), old.departments(), connections, old.intended(), old.texts()));
        // scansOf lists newest (highest id) first, so the fixture's scan is "earlier" than this wave
        assertThat(maps.earlierScans(earlier)).extracting(ScanTallies.ScanInfo::id).containsExactly(fixture.scanId);
        WaveComparison comparison = maps.compare(fixture.scanId, earlier);
        assertThat(comparison.connections()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(fixture.departments[0]);
            assertThat(c.improved()).isTrue();
            assertThat(c.before()).isEqualTo(3.0);
            assertThat(c.after()).isEqualTo(5.0);
        });
        tallies.put(Tallies.story(Tallies.scan(earlier + 1, fixture.otherOrganisation, ScanStatus.CLOSED),
                fixture.departments));
        assertThatThrownBy(() -> maps.compare(fixture.scanId, earlier + 1)).isInstanceOf(NotFound.class);
    }
}
