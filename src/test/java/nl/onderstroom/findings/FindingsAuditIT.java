package nl.onderstroom.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.onderstroom.IntegrationTest;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.AuditLog.Action;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The audit log of findings and actions: who did what to which id, never a title, narrative or action's wording. */
@IntegrationTest
class FindingsAuditIT {

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
    @Autowired
    AuditLog audit;

    @AfterEach
    void signOut() {
        TestUsers.logout();
    }

    @Test
    void creating_changing_and_deleting_findings_and_actions_is_logged_with_ids_only() {
        FindingsFixture f = FindingsFixture.create(organisations, scans, accounts, false);
        TestUsers.loginAs(users, f.advisor);
        FindingView finding = edits.create(f.scan, new FindingDraft("Geheime titel", "Verhaal van de adviseur",
                List.of(Part.connection(f.sales, f.operations)), List.of()));
        edits.save(finding.id(), finding.revision(), new FindingDraft("Andere titel", "Nieuw verhaal",
                List.of(), List.of()));
        ActionView action = actions.create(finding.id(), new ActionDraft("Wekelijks overleg plannen", f.director.id(),
                LocalDate.of(2027, 1, 15), ActionStatus.OPEN));
        ActionView changed = actions.update(action.id(), action.version(), new ActionDraft("Tweewekelijks overleg",
                f.director.id(), LocalDate.of(2027, 2, 1), ActionStatus.OPEN));
        actions.setStatus(changed.id(), ActionStatus.DONE);
        actions.delete(action.id());
        edits.delete(finding.id());

        TestUsers.loginAs(users, TestUsers.create(accounts, Role.ADMIN, null, Set.of()));
        List<AuditLog.Entry> entries = audit.ofScan(f.scan).stream()
                .filter(e -> e.action().name().startsWith("FINDING_") || e.action().name().startsWith("ACTION_"))
                .toList();
        assertThat(entries).extracting(AuditLog.Entry::action, AuditLog.Entry::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Action.FINDING_CREATED, (int) finding.id()),
                org.assertj.core.groups.Tuple.tuple(Action.FINDING_CHANGED, (int) finding.id()),
                org.assertj.core.groups.Tuple.tuple(Action.ACTION_CREATED, (int) action.id()),
                org.assertj.core.groups.Tuple.tuple(Action.ACTION_CHANGED, (int) action.id()),
                org.assertj.core.groups.Tuple.tuple(Action.ACTION_CHANGED, (int) action.id()),
                org.assertj.core.groups.Tuple.tuple(Action.ACTION_DELETED, (int) action.id()),
                org.assertj.core.groups.Tuple.tuple(Action.FINDING_DELETED, (int) finding.id()));
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.actor()).isEqualTo(f.advisor.email());
            assertThat(e.organisationId()).isEqualTo(f.organisation);
            assertThat(e.toString()).doesNotContain("titel", "verhaal", "overleg", "Geheime");
        });
    }
}
