package nl.onderstroom.map.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.map.OwnQuestionsFixture;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The own-questions results screen without a browser, on MariaDB with answers stored through the scan service. */
@IntegrationTest
class OwnQuestionsViewTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    ScanService scans;

    OwnQuestionsFixture f;

    @BeforeEach
    void setUp() {
        f = OwnQuestionsFixture.create(organisations, accounts, scans);
    }

    @AfterEach
    void tearDown() {
        KaribuSpring.stop();
    }

    private void open(AccountSummary account, Locale locale) {
        KaribuSpring.signInAndStart(context, users, account);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("scans/" + f.scanId + "/questions");
    }

    private static String text(String id) {
        return _get(NativeTableCell.class, s -> s.withId(id)).getElement().getTextRecursively();
    }

    @Test
    void a_director_reads_the_means_in_dutch_and_sees_hidden_departments_marked_without_figures() {
        open(f.director, Locale.forLanguageTag("nl"));
        assertThat(_get(H3.class, s -> s.withId("question-tempo-title")).getText())
                .isEqualTo("We kunnen het tempo van verandering bijhouden.");
        assertThat(text("question-tempo-" + f.dept("Verkoop") + "-mean")).isEqualTo("4,0");
        assertThat(text("question-tempo-" + f.dept("Operatie") + "-mean")).isEqualTo("2,0");
        assertThat(text("question-tempo-all-mean")).isEqualTo("3,1");
        assertThat(text("question-tempo-all-answers")).isEqualTo("22");
        for (String hidden : new String[] {"ICT", "Klantenservice"}) {
            NativeTableCell cell = _get(NativeTableCell.class, s -> s.withId("question-tempo-" + f.dept(hidden) + "-mean"));
            assertThat(cell.getElement().getTextRecursively()).startsWith("×");
            assertThat(cell.getClassNames()).contains("results-matrix-suppressed");
        }
        assertThat(_get(com.vaadin.flow.router.RouterLink.class, s -> s.withId("tab-questions")).getElement()
                .getAttribute("aria-current")).isEqualTo("page");
    }

    @Test
    void a_choice_shows_counts_and_shares_in_english_and_a_dash_where_a_count_is_not_shown() {
        open(f.advisor, Locale.ENGLISH);
        assertThat(text("question-werkplek-all-option-0")).isEqualTo("16 · 73%");
        NativeTableCell hidden = _get(NativeTableCell.class, s -> s.withId("question-werkplek-" + f.dept("Operatie") + "-option-1"));
        assertThat(hidden.getElement().getTextRecursively()).isEqualTo("–not shown");
        assertThat(hidden.getElement().getAttribute("title")).endsWith("not shown");
        assertThat(text("question-werkplek-" + f.dept("Operatie") + "-answers")).isEqualTo("10");
    }

    @Test
    void typed_answers_are_listed_for_the_organisation_and_per_department_from_the_story_threshold() {
        open(f.director, Locale.ENGLISH);
        Div all = _get(Div.class, s -> s.withId("question-wens-all"));
        assertThat(_find(all, Paragraph.class)).extracting(Paragraph::getText)
                .hasSize(8).allMatch(t -> t.startsWith("verkoop-"));
        assertThat(_find(Details.class, s -> s.withId("question-wens-" + f.dept("Verkoop")))).hasSize(1);
        assertThat(_find(Details.class, s -> s.withId("question-wens-" + f.dept("ICT")))).isEmpty();
        assertThat(_find(Details.class, s -> s.withId("question-wens-" + f.dept("Operatie")))).isEmpty();
    }
}
