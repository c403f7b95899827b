package nl.onderstroom.findings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.onderstroom.IntegrationTest;
import nl.onderstroom.map.graph.Measure;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanFixture;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.Stop;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The next wave's comparison per action on MariaDB: wave 1 is the findings fixture (Sales → Operations flow 1 by 7,
 * Archive 3 people: hidden); wave 2 has Sales → Operations flow 3 by 7, Operations → Sales 4 by 6, Archive 3 again.
 */
@IntegrationTest
class WaveChangesIT {

    @Autowired
    FindingEditService edits;
    @Autowired
    ActionsService actions;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void the_later_wave_shows_per_earlier_action_the_change_of_its_connections_and_hides_what_either_wave_hides() {
        FindingsFixture f = FindingsFixture.create(organisations, scans, accounts, false);
        TestUsers.loginAs(users, f.advisor);
        FindingView finding = edits.create(f.scan, new FindingDraft("Orders wait", "Text",
                List.of(Part.connection(f.sales, f.operations), Part.department(f.sales)), List.of()));
        actions.create(finding.id(), new ActionDraft("Weekly meeting", f.director.id(), LocalDate.of(2027, 3, 1),
                ActionStatus.OPEN));
        assertThat(actions.waveChanges(f.scan).earlierScanId()).isNull();

        List<SurveyAnswers> answers = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            answers.add(FindingsFixture.respondent(f.sales, f.operations, 3, 5, Stop.NONE, null, 4));
        }
        for (int i = 0; i < 6; i++) {
            answers.add(FindingsFixture.respondent(f.operations, f.sales, 4, 3, Stop.NONE, null, 3));
        }
        for (int i = 0; i < 3; i++) {
            answers.add(FindingsFixture.respondent(f.archive, f.sales, 2, 4, Stop.BOTH, null, 2));
        }
        long later = ScanFixture.importedScan(scans, f.organisation, "Second wave", answers, false);

        ActionsService.WaveChanges changes = actions.waveChanges(later);
        assertThat(changes.earlierScanId()).isEqualTo(f.scan);
        assertThat(changes.departmentNames()).containsEntry(f.sales, "Sales");
        assertThat(changes.actions()).hasSize(1);
        ActionWaveChanges.ActionChange change = changes.actions().get(0);
        assertThat(change.action().what()).isEqualTo("Weekly meeting");
        ActionWaveChanges.Figure flow = change.figures().get(0);
        assertThat(flow.measure()).isEqualTo(Measure.MEAN_FLOW);
        assertThat(flow.before()).isCloseTo(1.0, within(1e-9));
        assertThat(flow.after()).isCloseTo(3.0, within(1e-9));
        // Sales' flow outwards: its only shown outgoing connection, 1 then 3
        ActionWaveChanges.Figure outwards = change.figures().stream()
                .filter(x -> x.measure() == Measure.EXTERNAL_FLOW).findFirst().orElseThrow();
        assertThat(outwards.change()).isCloseTo(2.0, within(1e-9));
    }
}
