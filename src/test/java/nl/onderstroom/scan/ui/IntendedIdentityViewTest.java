package nl.onderstroom.scan.ui;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The director's way to the intended identity: the entry on the results page, the form, and once only. */
class IntendedIdentityViewTest extends nl.onderstroom.ViewTestSupport {

    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    ScanService scans;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    long scanId;
    AccountSummary director;
    AccountSummary advisor;

    @BeforeEach
    void setUp() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long organisation = SystemSession.call(() -> {
            long id = organisations.create("Bedoeld " + suffix).id();
            organisations.addDepartment(id, new DepartmentDraft("Verkoop", null, 10));
            scanId = scans.create(id, "Scan " + suffix).id();
            scans.open(scanId);
            return id;
        });
        director = TestUsers.create(accounts, Role.DIRECTOR, organisation, Set.of());
        advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation));
    }

    @Test
    void a_director_finds_the_entry_answers_in_dutch_and_then_sees_it_done() {
        loginAs(director);
        UI.getCurrent().setLocale(Locale.forLanguageTag("nl"));
        navigate("results");
        _click(_get(Button.class, s -> s.withId("intended-go-" + scanId)));
        assertThat(currentView()).isEqualTo(IntendedIdentityView.class);
        assertThat(_get(TextArea.class, s -> s.withId("intended-identity-why")).getLabel())
                .isEqualTo(t("scan.question.identity.why"));
        _setValue(_get(TextArea.class, s -> s.withId("intended-identity-why")), "Wij maken het werk van klanten eenvoudiger.");
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Integer> integrity = _get(RadioButtonGroup.class, s -> s.withId("intended-identity-integrity"));
        _setValue(integrity, 5);
        _click(_get(Button.class, s -> s.withId("intended-submit")));
        assertThat(_get(Paragraph.class, s -> s.withId("intended-done")).getText()).isEqualTo(t("scan.intended.thanks"));
        // from the table: the tallies show no answer of a scan that still collects
        assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ? and respondent_group = 'DIRECTOR'",
                Integer.class, scanId)).isEqualTo(1);

        navigate("results");
        assertThat(_find(Button.class, s -> s.withId("intended-go-" + scanId))).isEmpty();
        assertThat(_get(_get(Div.class, s -> s.withId("intended-entry-" + scanId)), Span.class).getText())
                .contains("beoogde identiteit");
        navigate("scans/" + scanId + "/intended");
        assertThat(_find(Button.class, s -> s.withId("intended-submit"))).isEmpty();
        assertThat(_get(Paragraph.class, s -> s.withId("intended-done")).getText()).isEqualTo(t("scan.intended.done"));
    }

    @Test
    void a_closed_scan_shows_no_entry_and_its_form_says_it_is_closed() {
        SystemSession.run(() -> scans.close(scanId));
        loginAs(director);
        navigate("results");
        assertThat(_find(Div.class, s -> s.withId("intended-entry-" + scanId))).isEmpty();
        navigate("scans/" + scanId + "/intended");
        assertThat(_get(Paragraph.class, s -> s.withId("intended-closed")).getText()).isEqualTo(t("scan.respond.closed"));
        assertThat(_find(Button.class, s -> s.withId("intended-submit"))).isEmpty();
    }

    @Test
    void an_advisor_sees_no_entry() {
        loginAs(advisor);
        navigate("results");
        assertThat(_find(Div.class, s -> s.withId("intended-entry-" + scanId))).isEmpty();
    }
}
