package nl.onderstroom.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import java.util.Set;
import nl.onderstroom.ViewTestSupport;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PasswordChangeGuardViewTest extends ViewTestSupport {

    private static final String ONE_TIME = "eenmalig-zeewater-7731";

    @Autowired
    AccountService accounts;

    @Test
    void a_one_time_password_leads_to_the_account_page_until_a_new_one_is_chosen() {
        AccountSummary admin = TestUsers.create(accounts, Role.ADMIN, null, Set.of());
        SystemSession.run(() -> accounts.resetPassword(admin.id(), ONE_TIME));

        loginAs(admin);
        assertThat(currentView()).isEqualTo(AccountView.class);
        _assertOne(Paragraph.class, spec -> spec.withId("password-change-required"));
        navigate("admin/accounts");
        assertThat(currentView()).isEqualTo(AccountView.class);

        accounts.changeOwnPassword(ONE_TIME, "mijn-eigen-getijdenlijn-2026");
        navigate("admin/accounts");
        assertThat(currentView()).isEqualTo(AccountsView.class);
        navigate("account");
        _assertNone(Paragraph.class, spec -> spec.withId("password-change-required"));
    }

    @Test
    void an_account_with_its_own_password_goes_where_it_asks() {
        AccountSummary admin = TestUsers.create(accounts, Role.ADMIN, null, Set.of());
        loginAs(admin);
        navigate("admin/accounts");
        assertThat(currentView()).isEqualTo(AccountsView.class);
    }
}
