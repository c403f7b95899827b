package nl.onderstroom.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.ViewTestSupport;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.ApiTokenSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

class AccountViewTest extends ViewTestSupport {

    private static final String NEW_PASSWORD = "nieuwe-getijden-2026";

    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PasswordEncoder passwordEncoder;

    private AccountSummary openAs(Role role) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long organisation = SystemSession.call(() -> organisations.create("Eigen " + suffix).id());
        AccountSummary account = role == Role.DIRECTOR
                ? TestUsers.create(accounts, role, organisation, Set.of())
                : TestUsers.create(accounts, role, null, Set.of(organisation));
        loginAs(account);
        navigate("account");
        assertThat(currentView()).isEqualTo(AccountView.class);
        return account;
    }

    private static void fillPasswords(String current, String next) {
        _setValue(_get(PasswordField.class, spec -> spec.withId("current-password")), current);
        _setValue(_get(PasswordField.class, spec -> spec.withId("new-password")), next);
        _setValue(_get(PasswordField.class, spec -> spec.withId("repeat-password")), next);
        _click(_get(Button.class, spec -> spec.withId("change-password")));
    }

    @Test
    void changing_the_password_takes_the_new_one() {
        AccountSummary me = openAs(Role.DIRECTOR);
        fillPasswords(TestUsers.PASSWORD, NEW_PASSWORD);

        assertThat(_get(PasswordField.class, spec -> spec.withId("current-password")).getValue()).isEmpty();
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).isInvalid()).isFalse();
        String hash = users.loadUserByUsername(me.email()).getPassword();
        assertThat(passwordEncoder.matches(NEW_PASSWORD, hash)).isTrue();
        assertThat(passwordEncoder.matches(TestUsers.PASSWORD, hash)).isFalse();
    }

    @Test
    void a_wrong_current_password_shows_an_error_on_that_field() {
        AccountSummary me = openAs(Role.ADVISOR);
        fillPasswords("not my password at all", NEW_PASSWORD);

        PasswordField current = _get(PasswordField.class, spec -> spec.withId("current-password"));
        assertThat(current.isInvalid()).isTrue();
        assertThat(current.getErrorMessage()).isEqualTo(t("security.password.currentWrong"))
                .isNotEqualTo("security.password.currentWrong");
        assertThat(_get(PasswordField.class, spec -> spec.withId("new-password")).isInvalid()).isFalse();
        assertThat(passwordEncoder.matches(TestUsers.PASSWORD, users.loadUserByUsername(me.email()).getPassword())).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_new_api_token_is_shown_once() {
        openAs(Role.ADVISOR);
        _setValue(_get(TextField.class, spec -> spec.withId("token-name")), "Rapportage-script");
        _click(_get(Button.class, spec -> spec.withId("create-token")));

        String token = _get(TextField.class, spec -> spec.withId("new-token")).getValue();
        assertThat(token).startsWith("ost_").hasSizeGreaterThan(30);
        Grid<ApiTokenSummary> grid = _get(Grid.class, spec -> spec.withId("token-grid"));
        ApiTokenSummary listed = GridKt._findAll(grid).stream().filter(t -> t.name().equals("Rapportage-script"))
                .findFirst().orElseThrow();
        assertThat(GridKt._getFormattedRow(grid, listed)).noneMatch(cell -> cell.contains(token));

        ConfirmDialog dialog = _get(ConfirmDialog.class, spec -> spec.withId("token-dialog"));
        assertThat(ConfirmDialogKt.getHeader(dialog)).isEqualTo(t("security.token.shownOnceTitle"));
        ConfirmDialogKt._fireConfirm(dialog);
        dialog.close();
        _assertNone(TextField.class, spec -> spec.withId("new-token"));
        navigate("");
        navigate("account");
        _assertNone(TextField.class, spec -> spec.withId("new-token"));
        Grid<ApiTokenSummary> reopened = _get(Grid.class, spec -> spec.withId("token-grid"));
        assertThat(GridKt._findAll(reopened)).extracting(ApiTokenSummary::name).contains("Rapportage-script");
    }

    @Test
    void a_director_has_no_api_tokens() {
        openAs(Role.DIRECTOR);
        _assertNone(TextField.class, spec -> spec.withId("token-name"));
        _assertNone(Grid.class, spec -> spec.withId("token-grid"));
    }
}
