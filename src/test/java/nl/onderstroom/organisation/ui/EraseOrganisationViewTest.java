package nl.onderstroom.organisation.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.ViewTestSupport;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AuditLog;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An administrator erases a whole organisation from its screen, after typing its name; advisors get no button. */
class EraseOrganisationViewTest extends ViewTestSupport {

    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog audit;

    long organisation;
    String name;

    @BeforeEach
    void anOrganisation() {
        name = "Wisbaar " + UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            organisation = organisations.create(name).id();
            organisations.addDepartment(organisation, new DepartmentDraft("Verkoop", null, 9));
        });
    }

    @Test
    void an_administrator_types_the_name_and_the_organisation_is_gone_and_in_the_audit_log() {
        loginAs(TestUsers.create(accounts, Role.ADMIN, null, Set.of()));
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        navigate("organisations/" + organisation);
        _click(_get(Button.class, s -> s.withId("erase-organisation")));

        Dialog dialog = _get(Dialog.class, s -> s.withId("erase-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo(t("anon.erase.organisation.title", name)).contains("wissen");
        assertThat(_get(Paragraph.class, s -> s.withId("erase-what")).getText())
                .isEqualTo(t("anon.erase.organisation.what")).contains("voorgoed", "auditlogboek");
        Button erase = _get(Button.class, s -> s.withId("erase-confirm"));
        assertThat(erase.isEnabled()).isFalse();
        _setValue(_get(TextField.class, s -> s.withId("erase-name")), "Wisbaar");
        assertThat(erase.isEnabled()).as("a part of the name is not the name").isFalse();
        _setValue(_get(TextField.class, s -> s.withId("erase-name")), "  " + name.toUpperCase(Locale.ROOT) + " ");
        assertThat(erase.isEnabled()).isTrue();
        _click(erase);

        assertThat(currentView()).isEqualTo(OrganisationsView.class);
        assertThat(SystemSession.call(() -> {
            try {
                organisations.organisation(organisation);
                return "still there";
            } catch (NotFound gone) {
                return "gone";
            }
        })).isEqualTo("gone");
        assertThat(SystemSession.call(() -> audit.recent(5))).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditLog.Action.ORGANISATION_ERASED);
            assertThat(e.organisationId()).isEqualTo(organisation);
        });
    }

    @Test
    void cancel_erases_nothing() {
        loginAs(TestUsers.create(accounts, Role.ADMIN, null, Set.of()));
        navigate("organisations/" + organisation);
        _click(_get(Button.class, s -> s.withId("erase-organisation")));
        _setValue(_get(TextField.class, s -> s.withId("erase-name")), name);
        _click(_get(Button.class, s -> s.withId("erase-cancel")));
        _assertNone(Dialog.class, s -> s.withId("erase-dialog"));
        assertThat(SystemSession.call(() -> organisations.organisation(organisation).name())).isEqualTo(name);
    }

    @Test
    void an_advisor_of_the_organisation_gets_no_erase_button() {
        loginAs(TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation)));
        navigate("organisations/" + organisation);
        _get(Button.class, s -> s.withId("rename-organisation"));
        _assertNone(Button.class, s -> s.withId("erase-organisation"));
    }
}
