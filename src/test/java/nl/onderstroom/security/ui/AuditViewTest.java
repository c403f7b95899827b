package nl.onderstroom.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.grid.Grid;
import java.util.Set;
import nl.onderstroom.ViewTestSupport;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator reads the audit log on a screen; nobody else gets to it. */
class AuditViewTest extends ViewTestSupport {

    @Autowired
    AccountService accounts;

    @SuppressWarnings("unchecked")
    private static Grid<AuditLog.Entry> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    @Test
    void an_administrator_sees_the_newest_entries_first_with_translated_actions() {
        AccountSummary admin = TestUsers.create(accounts, Role.ADMIN, null, Set.of());
        loginAs(admin);
        AccountSummary advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of());
        accounts.setEnabled(advisor.id(), false);

        navigate("admin/audit");

        AuditLog.Entry newest = GridKt._get(grid(), 0);
        assertThat(newest.action()).isEqualTo(AuditLog.Action.ACCOUNT_DISABLED);
        assertThat(newest.accountId()).isEqualTo(advisor.id());
        assertThat(newest.actor()).isEqualTo(admin.email());
        assertThat(GridKt._getCellComponent(grid(), 0, "what").getElement().getTextRecursively())
                .startsWith(t("security.audit.action.ACCOUNT_DISABLED")).contains(advisor.email());
        assertThat(GridKt._getCellComponent(grid(), 0, "when").getElement().getTextRecursively()).contains(admin.email());
    }

    @Autowired
    nl.onderstroom.organisation.OrganisationService organisations;
    @Autowired
    nl.onderstroom.scan.ScanService scans;
    @Autowired
    nl.onderstroom.scan.InvitationService invitations;
    @Autowired
    nl.onderstroom.scan.RetentionService retention;

    @Test
    void entries_name_the_organisation_scan_department_and_account_and_say_when_they_are_gone() {
        AccountSummary admin = TestUsers.create(accounts, Role.ADMIN, null, Set.of());
        loginAs(admin);
        String suffix = java.util.UUID.randomUUID().toString().substring(0, 8);
        long organisation = organisations.create("Audit Organisatie " + suffix).id();
        long department = organisations.addDepartment(organisation,
                new nl.onderstroom.organisation.OrganisationService.DepartmentDraft("Inkoop " + suffix, null, 8)).id();
        long scan = scans.create(organisation, "Audit Scan " + suffix).id();
        invitations.issueCodes(scan, department, 3, false);
        long erased = scans.create(organisation, "Weg " + suffix).id();
        retention.eraseScan(erased);

        navigate("admin/audit");

        String erasedRow = GridKt._getCellComponent(grid(), 0, "what").getElement().getTextRecursively();
        assertThat(erasedRow).startsWith(t("security.audit.action.SCAN_ERASED"))
                .contains("Audit Organisatie " + suffix)
                .contains(t("anon.audit.gone", String.valueOf(erased))).doesNotContain("Weg " + suffix);
        String codesRow = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> GridKt._getCellComponent(grid(), i, "what").getElement().getTextRecursively())
                .filter(text -> text.startsWith(t("security.audit.action.CODES_ISSUED"))).findFirst().orElseThrow();
        assertThat(codesRow).contains("Audit Organisatie " + suffix, "Audit Scan " + suffix, "Inkoop " + suffix, "3")
                .contains(t("security.audit.scan") + " Audit Scan " + suffix)
                .doesNotContainPattern(t("security.audit.scan") + " " + scan + "( |$)");
        assertThat(GridKt._getCellComponent(grid(), 0, "when").getElement().getTextRecursively()).contains(admin.email());
    }

    @Test
    void an_advisor_cannot_open_the_audit_log() {
        loginAs(TestUsers.create(accounts, Role.ADVISOR, null, Set.of()));
        assertThatThrownBy(() -> navigate("admin/audit")).isInstanceOf(MockAccessDeniedException.class);
    }
}
