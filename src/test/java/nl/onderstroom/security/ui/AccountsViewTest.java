package nl.onderstroom.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.ViewTestSupport;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.OrganisationDirectory.OrganisationRef;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AccountsViewTest extends ViewTestSupport {

    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationService organisations;

    String suffix;
    long organisation;

    @BeforeEach
    void anOrganisation() {
        suffix = UUID.randomUUID().toString().substring(0, 8);
        organisation = SystemSession.call(() -> organisations.create("Klant " + suffix).id());
    }

    @SuppressWarnings("unchecked")
    private static Grid<AccountSummary> grid() {
        return _get(Grid.class, spec -> spec.withId("account-grid"));
    }

    @Test
    void an_administrator_sees_every_account() {
        AccountSummary advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation));
        loginAs(TestUsers.create(accounts, Role.ADMIN, null, Set.of()));
        navigate("admin/accounts");

        assertThat(currentView()).isEqualTo(AccountsView.class);
        assertThat(GridKt._findAll(grid())).extracting(AccountSummary::email).contains(advisor.email());
        assertThat(GridKt._getFormattedRow(grid(), GridKt._findAll(grid()).stream()
                .filter(a -> a.email().equals(advisor.email())).findFirst().orElseThrow()))
                .contains("Klant " + suffix, t("security.role.ADVISOR"));
    }

    @Test
    void an_advisor_cannot_open_the_accounts_view() {
        loginAs(TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation)));
        // Karibu reports the access-denied reroute of Vaadin's access control by throwing
        assertThatThrownBy(() -> navigate("admin/accounts")).isInstanceOf(MockAccessDeniedException.class)
                .hasMessageContaining("denied by annotations");
        assertThat(currentView()).isNotEqualTo(AccountsView.class);
        _assertNone(VerticalLayout.class, spec -> spec.withId("accounts-view"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_administrator_creates_a_director_bound_to_an_organisation() {
        loginAs(TestUsers.create(accounts, Role.ADMIN, null, Set.of()));
        navigate("admin/accounts");
        _click(_get(Button.class, spec -> spec.withId("new-account")));
        _get(Dialog.class, spec -> spec.withId("account-dialog"));

        String email = "directeur-" + suffix + "@klant.test";
        _setValue(_get(EmailField.class, spec -> spec.withId("account-email")), email);
        _setValue(_get(TextField.class, spec -> spec.withId("account-name")), "Dirk Directeur");
        _setValue(_get(Select.class, spec -> spec.withId("account-role")), Role.DIRECTOR);
        ComboBox<OrganisationRef> organisationField = _get(ComboBox.class, spec -> spec.withId("account-organisation"));
        assertThat(organisationField.isVisible()).isTrue();
        _assertNone(MultiSelectComboBox.class, spec -> spec.withId("account-assigned"));
        OrganisationRef choice = organisationField.getListDataView().getItems()
                .filter(o -> o.id() == organisation).findFirst().orElseThrow();
        _setValue(organisationField, choice);
        _setValue(_get(PasswordField.class, spec -> spec.withId("account-password")), "eb-en-vloed-" + suffix);
        _click(_get(Button.class, spec -> spec.withId("account-save")));

        _assertNone(Dialog.class, spec -> spec.withId("account-dialog"));
        AccountSummary created = GridKt._findAll(grid()).stream().filter(a -> a.email().equals(email)).findFirst().orElseThrow();
        assertThat(created.role()).isEqualTo(Role.DIRECTOR);
        assertThat(created.organisationId()).isEqualTo(organisation);
        assertThat(GridKt._getFormattedRow(grid(), created)).contains("Dirk Directeur", "Klant " + suffix);
    }
}
