package nl.onderstroom.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.onderstroom.ViewTestSupport;
import nl.onderstroom.base.Translations;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The shell around every signed-in screen: the menu per role, the user's name and the language switch. */
class MainLayoutViewTest extends ViewTestSupport {

    @Autowired
    AccountService accounts;

    private static List<String> menuPaths() {
        return _get(SideNav.class, spec -> spec.withId("main-menu")).getItems().stream()
                .map(SideNavItem::getPath).map(p -> p.startsWith("/") ? p.substring(1) : p).toList();
    }

    private static List<String> menuLabels() {
        return _get(SideNav.class, spec -> spec.withId("main-menu")).getItems().stream().map(SideNavItem::getLabel).toList();
    }

    private static String pageTitle() {
        return _get(_get(VerticalLayout.class, spec -> spec.withId("organisations-view")), H1.class).getText();
    }

    @Test
    void the_menu_shows_accounts_to_administrators() {
        loginAs(TestUsers.create(accounts, Role.ADMIN, null, Set.of()));
        assertThat(menuPaths()).contains("", "account", "admin/accounts");
    }

    @Test
    void the_menu_hides_accounts_from_advisors_and_directors() {
        loginAs(TestUsers.create(accounts, Role.ADVISOR, null, Set.of()));
        assertThat(menuPaths()).contains("", "account").doesNotContain("admin/accounts");
    }

    @Test
    void the_bar_shows_who_is_signed_in() {
        AccountSummary advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of());
        loginAs(advisor);
        assertThat(_get(Span.class, spec -> spec.withId("current-user")).getText()).isEqualTo(advisor.displayName());
    }

    @Test
    @SuppressWarnings("unchecked")
    void switching_the_language_redraws_the_texts_in_that_language() {
        loginAs(TestUsers.create(accounts, Role.ADVISOR, null, Set.of()));
        assertThat(Translations.get(Translations.DUTCH, "organisation.list.title"))
                .isNotEqualTo(Translations.get(Translations.ENGLISH, "organisation.list.title"));
        assertThat(pageTitle()).isEqualTo(Translations.get(Translations.ENGLISH, "organisation.list.title"));

        Select<Locale> language = _get(Select.class, spec -> spec.withId("language-switch"));
        UI before = UI.getCurrent();
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(language, Translations.DUTCH, true);
        assertThat(UI.getCurrent()).as("the page is drawn anew").isNotSameAs(before);

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
        assertThat(pageTitle()).isEqualTo(Translations.get(Translations.DUTCH, "organisation.list.title"));
        assertThat(menuLabels()).contains(Translations.get(Translations.DUTCH, "organisation.list.menu"),
                Translations.get(Translations.DUTCH, "security.account.menu"));

        Select<Locale> again = _get(Select.class, spec -> spec.withId("language-switch"));
        assertThat(again.getValue()).isEqualTo(Translations.DUTCH);
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(again, Translations.ENGLISH, true);
        assertThat(pageTitle()).isEqualTo(Translations.get(Translations.ENGLISH, "organisation.list.title"));
        assertThat(menuLabels()).contains(Translations.get(Translations.ENGLISH, "organisation.list.menu"));
    }
}
