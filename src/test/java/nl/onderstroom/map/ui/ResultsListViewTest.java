package nl.onderstroom.map.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.ViewTestSupport;
import nl.onderstroom.map.MapService.ResultsEntry;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The results list: directors find published scans of their own organisation there, advisors every opened scan. */
class ResultsListViewTest extends ViewTestSupport {

    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    AccountService accounts;

    long ours;
    long published;
    long stillOpen;
    long draft;
    long othersPublished;

    @BeforeEach
    void scansInEveryState() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            ours = organisations.create("Results " + suffix).id();
            organisations.addDepartment(ours, new DepartmentDraft("Verkoop", null, 10));
            published = scans.create(ours, "Published " + suffix).id();
            scans.open(published);
            scans.close(published);
            scans.publish(published);
            stillOpen = scans.create(ours, "Open " + suffix).id();
            scans.open(stillOpen);
            draft = scans.create(ours, "Draft " + suffix).id();
            long theirs = organisations.create("Other " + suffix).id();
            organisations.addDepartment(theirs, new DepartmentDraft("Verkoop", null, 10));
            othersPublished = scans.create(theirs, "Theirs " + suffix).id();
            scans.open(othersPublished);
            scans.close(othersPublished);
            scans.publish(othersPublished);
        });
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<Long> listed() {
        Grid<ResultsEntry> grid = _get(Grid.class, spec -> spec.withId("results-grid"));
        return GridKt._findAll(grid).stream().map(e -> e.scan().id()).toList();
    }

    @Test
    void a_director_sees_only_the_published_scans_of_their_own_organisation() {
        AccountSummary director = TestUsers.create(accounts, Role.DIRECTOR, ours, Set.of());
        loginAs(director);
        navigate("results");

        assertThat(currentView()).isEqualTo(ResultsListView.class);
        assertThat(listed()).containsExactly(published);
    }

    @Test
    void an_advisor_sees_every_opened_scan_of_their_organisations_but_no_draft() {
        AccountSummary advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(ours));
        loginAs(advisor);
        navigate("results");

        assertThat(listed()).containsExactlyInAnyOrder(published, stillOpen).doesNotContain(draft, othersPublished);
    }
}
