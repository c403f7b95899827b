package nl.onderstroom.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.csv.CsvProblem;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Organisations and departments on MariaDB, and tenant isolation for every service method. */
@IntegrationTest
class OrganisationServiceIT {

    @Autowired
    OrganisationService service;
    @Autowired
    DepartmentCsvService csvService;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    long ours;
    long theirs;
    long ourDepartment;
    long theirDepartment;
    AccountSummary advisor;
    AccountSummary otherAdvisor;
    AccountSummary director;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        SystemSession.run(() -> {
            ours = service.create("Ours " + suffix).id();
            theirs = service.create("Theirs " + suffix).id();
            ourDepartment = service.addDepartment(ours, new DepartmentDraft("Sales", null, 10)).id();
            theirDepartment = service.addDepartment(theirs, new DepartmentDraft("Secret lab", null, 3)).id();
        });
        advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(ours));
        otherAdvisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(theirs));
        director = TestUsers.create(accounts, Role.DIRECTOR, ours, Set.of());
    }

    @AfterEach
    void tearDown() {
        TestUsers.logout();
    }

    @Test
    void an_advisor_sees_only_the_organisations_assigned_to_them() {
        TestUsers.loginAs(users, advisor);
        assertThat(service.organisations()).extracting(OrganisationSummary::id).contains(ours).doesNotContain(theirs);
    }

    @Test
    void a_director_sees_only_their_own_organisation() {
        TestUsers.loginAs(users, director);
        assertThat(service.organisations()).extracting(OrganisationSummary::id).containsExactly(ours);
        assertThat(service.departments(ours)).extracting(DepartmentNode::name).containsExactly("Sales");
    }

    @Test
    void every_read_of_another_tenant_is_not_found() {
        for (AccountSummary who : List.of(advisor, director)) {
            TestUsers.loginAs(users, who);
            assertNotFound(s -> s.organisation(theirs));
            assertNotFound(s -> s.departments(theirs));
            assertThatThrownBy(() -> csvService.exportDepartments(theirs)).isInstanceOf(NotFound.class);
        }
    }

    @Test
    void every_write_to_another_tenant_is_refused_and_changes_nothing() {
        TestUsers.loginAs(users, advisor);
        assertNotFound(s -> s.rename(theirs, "Hijacked"));
        assertNotFound(s -> s.addDepartment(theirs, new DepartmentDraft("Mole", null, 1)));
        assertNotFound(s -> s.updateDepartment(theirs, theirDepartment, new DepartmentDraft("Renamed", null, 1)));
        assertNotFound(s -> s.removalImpact(theirs, theirDepartment));
        assertNotFound(s -> s.removeDepartment(theirs, theirDepartment));
        assertThatThrownBy(() -> csvService.importDepartments(theirs,
                "name;parent;headcount\nMole;;1\n".getBytes(StandardCharsets.UTF_8))).isInstanceOf(NotFound.class);
        // a department id of another tenant, through our own organisation
        assertNotFound(s -> s.updateDepartment(ours, theirDepartment, new DepartmentDraft("Renamed", null, 1)));
        assertNotFound(s -> s.removeDepartment(ours, theirDepartment));

        TestUsers.loginAs(users, otherAdvisor);
        assertThat(service.departments(theirs)).extracting(DepartmentNode::name).containsExactly("Secret lab");
        assertThat(service.organisation(theirs).name()).startsWith("Theirs");
    }

    @Test
    void a_director_may_read_but_not_change_their_organisation() {
        TestUsers.loginAs(users, director);
        assertThatThrownBy(() -> service.addDepartment(ours, new DepartmentDraft("New", null, 1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create("Director's own")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> csvService.importDepartments(ours, new byte[0])).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.removeDepartment(ours, ourDepartment)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_gets_nothing() {
        TestUsers.logout();
        assertThatThrownBy(() -> service.organisations()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void an_advisor_who_creates_an_organisation_is_assigned_to_it() {
        TestUsers.loginAs(users, advisor);
        long created = service.create("Fresh " + UUID.randomUUID()).id();
        assertThat(service.organisations()).extracting(OrganisationSummary::id).contains(created);
        TestUsers.loginAs(users, otherAdvisor);
        assertThat(service.organisations()).extracting(OrganisationSummary::id).doesNotContain(created);
    }

    @Test
    void department_names_are_unique_regardless_of_case_and_accents_as_on_mariadb() {
        TestUsers.loginAs(users, advisor);
        service.addDepartment(ours, new DepartmentDraft("Financiën", null, 5));
        assertThatThrownBy(() -> service.addDepartment(ours, new DepartmentDraft("FINANCIEN ", null, 5)))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("organisation.error.departmentNameTaken");
        // the same name in another organisation is fine
        TestUsers.loginAs(users, otherAdvisor);
        service.addDepartment(theirs, new DepartmentDraft("Financiën", null, 5));
    }

    @Test
    void a_department_cannot_move_under_its_own_sub_department() {
        TestUsers.loginAs(users, advisor);
        long child = service.addDepartment(ours, new DepartmentDraft("Inside sales", ourDepartment, 4)).id();
        assertThatThrownBy(() -> service.updateDepartment(ours, ourDepartment, new DepartmentDraft("Sales", child, 10)))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("organisation.error.parentCycle");
    }

    @Test
    void removing_a_department_moves_its_sub_departments_up_and_tells_so_first() {
        TestUsers.loginAs(users, advisor);
        long top = service.addDepartment(ours, new DepartmentDraft("Operations", null, 40)).id();
        long middle = service.addDepartment(ours, new DepartmentDraft("Logistics", top, 20)).id();
        service.addDepartment(ours, new DepartmentDraft("Warehouse", middle, 12));
        service.addDepartment(ours, new DepartmentDraft("Transport", middle, 8));

        OrganisationService.RemovalImpact impact = service.removalImpact(ours, middle);
        assertThat(impact.children()).isEqualTo(2);
        assertThat(impact.newParentName()).isEqualTo("Operations");
        service.removeDepartment(ours, middle);

        assertThat(service.departments(ours)).filteredOn(d -> d.name().equals("Warehouse") || d.name().equals("Transport"))
                .allSatisfy(d -> assertThat(d.parentId()).isEqualTo(top));
        assertThat(service.departments(ours)).extracting(DepartmentNode::name).doesNotContain("Logistics");
    }

    @Test
    void names_with_odd_unicode_are_kept_and_control_characters_refused() {
        TestUsers.loginAs(users, advisor);
        DepartmentNode node = service.addDepartment(ours, new DepartmentDraft("Zorg & Welzijn 🌱 <b>", null, 3));
        assertThat(node.name()).isEqualTo("Zorg & Welzijn 🌱 <b>");
        assertThatThrownBy(() -> service.addDepartment(ours, new DepartmentDraft("Bad\u0007bell", null, 3)))
                .isInstanceOf(UserError.class);
        assertThatThrownBy(() -> service.addDepartment(ours, new DepartmentDraft("x".repeat(101), null, 3)))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("organisation.error.departmentName.tooLong");
    }

    @Test
    void a_csv_import_with_one_bad_line_reports_every_problem_and_changes_nothing() {
        TestUsers.loginAs(users, advisor);
        List<DepartmentNode> before = service.departments(ours);
        String csv = "name;parent;headcount\nFinance;;12\nPayroll;Finance;abc\nLab;Nowhere;3\n";
        DepartmentCsvService.ImportOutcome outcome =
                csvService.importDepartments(ours, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.problems()).extracting(CsvProblem::line).contains(3);
        assertThat(service.departments(ours)).isEqualTo(before);
    }

    @Test
    void a_csv_import_creates_and_updates_and_the_export_reads_back_the_same() {
        TestUsers.loginAs(users, advisor);
        String csv = "\uFEFFname,parent,headcount\r\nPayroll,Finance,4\r\nFinance,,12\r\nsales,Finance,11\r\n";
        DepartmentCsvService.ImportOutcome outcome =
                csvService.importDepartments(ours, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.created()).isEqualTo(2);
        assertThat(outcome.updated()).isEqualTo(1);
        assertThat(service.departments(ours)).extracting(DepartmentNode::name, DepartmentNode::headcount, DepartmentNode::depth)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Finance", 12, 0),
                        org.assertj.core.groups.Tuple.tuple("Payroll", 4, 1),
                        org.assertj.core.groups.Tuple.tuple("sales", 11, 1));

        String exported = csvService.exportDepartments(ours);
        assertThat(exported).startsWith("name;parent;headcount").contains("Payroll;Finance;4");
        DepartmentCsvService.ImportOutcome again =
                csvService.importDepartments(ours, exported.getBytes(StandardCharsets.UTF_8));
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(3);
    }

    private void assertNotFound(Consumer<OrganisationService> call) {
        assertThatThrownBy(() -> call.accept(service)).isInstanceOf(NotFound.class);
    }
}
