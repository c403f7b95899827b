package nl.onderstroom.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.ViewTestSupport;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class OrganisationViewTest extends ViewTestSupport {

    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;

    long organisation;
    long finance;

    @BeforeEach
    void anOrganisationWithATree() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            organisation = organisations.create("Boom " + suffix).id();
            long board = organisations.addDepartment(organisation, new DepartmentDraft("Directie", null, 4)).id();
            finance = organisations.addDepartment(organisation, new DepartmentDraft("Financiën", board, 12)).id();
            organisations.addDepartment(organisation, new DepartmentDraft("Boekhouding", finance, 6));
            organisations.addDepartment(organisation, new DepartmentDraft("Verkoop", board, 20));
        });
    }

    private void openAsAdvisor() {
        loginAs(TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation)));
        navigate("organisations/" + organisation);
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<DepartmentNode> tree() {
        return _get(TreeGrid.class, spec -> spec.withId("department-tree"));
    }

    /** The rows as shown: depth-first, expanded. */
    private static List<DepartmentNode> rows() {
        TreeGrid<DepartmentNode> tree = tree();
        List<DepartmentNode> rows = new ArrayList<>();
        for (int i = 0; i < GridKt._size(tree); i++) {
            rows.add(GridKt._get(tree, i));
        }
        return rows;
    }

    private static int rowOf(String name) {
        List<DepartmentNode> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No row " + name + " in " + rows);
    }

    @Test
    void an_advisor_sets_the_retention_period_and_a_bad_value_gets_a_message_and_changes_nothing() {
        openAsAdvisor();
        com.vaadin.flow.component.textfield.IntegerField months =
                _get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("retention-months"));
        assertThat(months.getValue()).isEqualTo(12);
        _setValue(months, 0);
        _click(_get(Button.class, spec -> spec.withId("retention-save")));
        assertThat(months.isInvalid()).isTrue();
        assertThat(months.getErrorMessage()).isEqualTo(t("retention.error.months", 1, 120));
        assertThat(SystemSession.call(() -> organisations.retentionMonths(organisation))).isEqualTo(12);
        _setValue(months, 6);
        _click(_get(Button.class, spec -> spec.withId("retention-save")));
        assertThat(months.isInvalid()).isFalse();
        assertThat(SystemSession.call(() -> organisations.retentionMonths(organisation))).isEqualTo(6);
    }

    @Test
    void an_advisor_names_the_contact_for_respondents_and_a_bad_one_gets_a_message_and_changes_nothing() {
        openAsAdvisor();
        com.vaadin.flow.component.textfield.TextField contact =
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withId("privacy-contact"));
        assertThat(contact.getValue()).isEmpty();
        _setValue(contact, "  Anna de Vries, privacy@example.test ");
        _click(_get(Button.class, spec -> spec.withId("privacy-contact-save")));
        assertThat(contact.isInvalid()).isFalse();
        assertThat(contact.getValue()).isEqualTo("Anna de Vries, privacy@example.test");
        assertThat(SystemSession.call(() -> organisations.privacyContact(organisation))).contains("Anna de Vries, privacy@example.test");
        _setValue(contact, "x".repeat(201));
        _click(_get(Button.class, spec -> spec.withId("privacy-contact-save")));
        assertThat(contact.isInvalid()).isTrue();
        assertThat(contact.getErrorMessage()).isEqualTo(t("organisation.error.privacyContact.tooLong", 200));
        assertThat(SystemSession.call(() -> organisations.privacyContact(organisation))).contains("Anna de Vries, privacy@example.test");
        _setValue(contact, "");
        _click(_get(Button.class, spec -> spec.withId("privacy-contact-save")));
        assertThat(SystemSession.call(() -> organisations.privacyContact(organisation))).isEmpty();
    }

    @Test
    void the_view_shows_the_department_tree_expanded() {
        openAsAdvisor();
        assertThat(_get(H1.class, spec -> spec.withId("organisation-title")).getText()).startsWith("Boom ");
        assertThat(rows()).extracting(DepartmentNode::name, DepartmentNode::depth).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Directie", 0),
                org.assertj.core.groups.Tuple.tuple("Financiën", 1),
                org.assertj.core.groups.Tuple.tuple("Boekhouding", 2),
                org.assertj.core.groups.Tuple.tuple("Verkoop", 1));
        assertThat(_get(Span.class, spec -> spec.withId("organisation-totals")).getText())
                .isEqualTo(t("organisation.totals", 4, 42));
    }

    @Test
    void a_department_added_through_the_dialog_appears_in_the_tree() {
        openAsAdvisor();
        _click(_get(Button.class, spec -> spec.withId("add-department")));
        _setValue(_get(TextField.class, spec -> spec.withId("department-name")), "Inkoop");
        _setValue(_get(IntegerField.class, spec -> spec.withId("department-headcount")), 7);
        _click(_get(Button.class, spec -> spec.withId("department-save")));

        _assertNone(Dialog.class, spec -> spec.withId("department-dialog"));
        assertThat(rows()).extracting(DepartmentNode::name).contains("Inkoop");
        assertThat(rows().get(rowOf("Inkoop"))).extracting(DepartmentNode::headcount, DepartmentNode::depth)
                .containsExactly(7, 0);
    }

    @Test
    void an_empty_name_shows_the_translated_error_on_the_field() {
        openAsAdvisor();
        _click(_get(Button.class, spec -> spec.withId("add-department")));
        TextField name = _get(TextField.class, spec -> spec.withId("department-name"));
        _setValue(name, "   ");
        _click(_get(Button.class, spec -> spec.withId("department-save")));

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(t("organisation.error.departmentName.empty"))
                .isNotEqualTo("organisation.error.departmentName.empty");
        _get(Dialog.class, spec -> spec.withId("department-dialog"));
        assertThat(rows()).hasSize(4);
    }

    @Test
    void removing_a_department_with_sub_departments_asks_first_and_moves_them_up() {
        openAsAdvisor();
        Component actions = GridKt._getCellComponent(tree(), rowOf("Financiën"), "actions");
        _click(_get(actions, Button.class, spec -> spec.withClasses("remove-department")));

        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("remove-dialog"));
        assertThat(ConfirmDialogKt.getText(confirm)).isEqualTo(t("organisation.department.removeChildren", 1, "Directie"));
        assertThat(rows()).extracting(DepartmentNode::name).contains("Financiën");

        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(rows()).extracting(DepartmentNode::name).doesNotContain("Financiën");
        DepartmentNode bookkeeping = rows().get(rowOf("Boekhouding"));
        assertThat(bookkeeping.depth()).isEqualTo(1);
        assertThat(rows().get(rowOf("Directie")).id()).isEqualTo(bookkeeping.parentId());
    }

    @Test
    void cancelling_the_removal_keeps_the_department() {
        openAsAdvisor();
        Component actions = GridKt._getCellComponent(tree(), rowOf("Financiën"), "actions");
        _click(_get(actions, Button.class, spec -> spec.withClasses("remove-department")));
        ConfirmDialogKt._fireCancel(_get(ConfirmDialog.class, spec -> spec.withId("remove-dialog")));
        assertThat(rows()).extracting(DepartmentNode::name).containsExactly("Directie", "Financiën", "Boekhouding", "Verkoop");
    }

    @Test
    void a_director_sees_the_tree_without_edit_controls() {
        loginAs(SystemSession.call(() -> TestUsers.create(accounts, Role.DIRECTOR, organisation, Set.of())));
        navigate("organisations/" + organisation);

        assertThat(rows()).extracting(DepartmentNode::name).containsExactly("Directie", "Financiën", "Boekhouding", "Verkoop");
        _assertNone(Button.class, spec -> spec.withId("add-department"));
        _assertNone(Button.class, spec -> spec.withId("rename-organisation"));
        _assertNone(Upload.class, spec -> spec.withId("import-departments"));
        assertThat(tree().getColumnByKey("actions")).isNull();
    }
}
