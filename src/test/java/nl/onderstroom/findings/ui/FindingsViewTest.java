package nl.onderstroom.findings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import nl.onderstroom.ViewTestSupport;
import nl.onderstroom.findings.FindingDraft;
import nl.onderstroom.findings.FindingView;
import nl.onderstroom.findings.FindingsFixture;
import nl.onderstroom.findings.FindingsService;
import nl.onderstroom.findings.FindingEditService;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The findings screen without a browser (Karibu-Testing) on MariaDB, as two advisors and a director. */
class FindingsViewTest extends ViewTestSupport {

    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    AccountService accounts;
    @Autowired
    FindingsService findings;
    @Autowired
    FindingEditService edits;
    @Autowired
    FindingsPresence presence;

    private void open(AccountSummary who, FindingsFixture f) {
        loginAs(who);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("scans/" + f.scan + "/findings");
    }

    private static List<String> titles() {
        return _find(H4.class, s -> s.withClasses("findings-card-title")).stream().map(H4::getText).toList();
    }

    @Test
    void an_advisor_accepts_a_suggestion_edits_it_and_another_advisor_sees_who_is_editing() {
        FindingsFixture f = FindingsFixture.create(organisations, scans, accounts, false);
        open(f.advisor, f);
        String suggested = _get(Div.class, s -> s.withId("suggestion-0")).getChildren()
                .filter(c -> c instanceof H4).map(c -> ((H4) c).getText()).findFirst().orElseThrow();
        assertThat(suggested).isEqualTo("Collaboration stops between Sales and Operations");
        _click(_get(Button.class, s -> s.withId("suggestion-accept-0")));
        assertThat(titles()).containsExactly(suggested);
        assertThat(_find(Div.class, s -> s.withId("suggestion-0")).get(0).getChildren()
                .filter(c -> c instanceof H4).map(c -> ((H4) c).getText()).findFirst().orElseThrow())
                .as("the accepted suggestion left the list").isNotEqualTo(suggested);

        FindingView finding = findings.findings(f.scan).get(0);
        _click(_get(Button.class, s -> s.withId("finding-edit-" + finding.id())));
        // the evidence shows the small map of the finding's parts, named for a screen reader
        com.vaadin.flow.component.html.Image map = _get(com.vaadin.flow.component.html.Image.class,
                s -> s.withId("editor-map"));
        assertThat(map.isVisible()).isTrue();
        assertThat(map.getAlt().orElse("")).contains("Sales").contains("Operations");
        _setValue(_get(TextField.class, s -> s.withId("editor-title")), "Orders wait at the door");
        _click(_get(Button.class, s -> s.withId("editor-save")));
        assertThat(titles()).containsExactly("Orders wait at the door");

        // the first advisor opens the editor again and keeps it open; the second advisor comes to the page
        _click(_get(Button.class, s -> s.withId("finding-edit-" + finding.id())));
        Object firstPage = new Object();
        var stays = presence.join(f.scan, firstPage, new FindingsPresence.Present(f.advisor.id(), "Anna Advisor"));
        try {
            newBrowser();
            open(f.secondAdvisor, f);
            assertThat(_get(Div.class, s -> s.withId("findings-presence")).getText())
                    .isEqualTo("Also on this page: Anna Advisor");
            assertThat(_get(Span.class, s -> s.withId("finding-lock-" + finding.id())).getText())
                    .isEqualTo("ADVISOR tester is editing this finding");
            NotificationsKt.clearNotifications();
            _click(_get(Button.class, s -> s.withId("finding-edit-" + finding.id())));
            NotificationsKt.expectNotifications("ADVISOR tester is editing this finding. Try again when they are done.");
            assertThat(_find(TextField.class, s -> s.withId("editor-title"))).as("no editor opened").isEmpty();
        } finally {
            stays.remove();
        }
    }

    @Test
    void the_buttons_move_a_finding_and_keep_the_order_without_gaps() {
        FindingsFixture f = FindingsFixture.create(organisations, scans, accounts, false);
        TestUsers.loginAs(users, f.advisor);
        long first = edits.create(f.scan, new FindingDraft("First", "", List.of(), List.of())).id();
        edits.create(f.scan, new FindingDraft("Second", "", List.of(), List.of()));
        open(f.advisor, f);
        assertThat(_get(Button.class, s -> s.withId("finding-up-" + first)).isEnabled()).isFalse();
        _click(_get(Button.class, s -> s.withId("finding-down-" + first)));
        assertThat(titles()).containsExactly("Second", "First");
        assertThat(_get(Button.class, s -> s.withId("finding-down-" + first)).isEnabled()).isFalse();
    }

    @Test
    void a_hostile_narrative_shows_as_text_and_directors_read_without_writing() {
        FindingsFixture f = FindingsFixture.create(organisations, scans, accounts, true);
        TestUsers.loginAs(users, f.advisor);
        edits.create(f.scan, new FindingDraft("Orders wait",
                "**Open** <img src=x onerror=alert(1)><script>x()</script>", List.of(), List.of()));
        open(f.director, f);
        assertThat(titles()).containsExactly("Orders wait");
        Html narrative = _get(Html.class, s -> s.withClasses("findings-narrative"));
        String html = narrative.getElement().getOuterHTML();
        assertThat(html).contains("<strong>Open</strong>").doesNotContain("<img").doesNotContain("<script");
        assertThat(_find(Button.class, s -> s.withId("findings-new"))).isEmpty();
        assertThat(_find(Div.class, s -> s.withId("findings-suggestions"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withText("Edit"))).isEmpty();
    }

    @Test
    void a_director_of_another_organisation_finds_no_findings_page() {
        FindingsFixture f = FindingsFixture.create(organisations, scans, accounts, true);
        open(f.otherDirector, f);
        assertThat(_find(Div.class, s -> s.withId("findings-list"))).isEmpty();
    }
}
