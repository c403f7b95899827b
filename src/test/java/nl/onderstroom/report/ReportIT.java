package nl.onderstroom.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;


import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.Translations;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The report, the map picture and the works-council sheet as a reader gets them: through the API (advisors) and the
 * screens' download links (everyone who sees the results), read back with PDFBox.
 */
@IntegrationTest
class ReportIT {

    @Autowired
    WebApplicationContext context;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    nl.onderstroom.findings.FindingsService findingsService;
    @Autowired
    nl.onderstroom.findings.FindingEditService findingEdits;
    @Autowired
    nl.onderstroom.findings.ActionsService actionsService;

    MockMvc mvc;
    ReportFixture f;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        f = new ReportFixture(organisations, scans, accounts);
    }

    @AfterEach
    void tearDown() {
        TestUsers.logout();
    }

    private String basic(AccountSummary account) {
        return "Basic " + Base64.getEncoder().encodeToString((account.email() + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private byte[] api(AccountSummary account, String path, ResultMatcher expect) throws Exception {
        return mvc.perform(get("/api/v1/scans/" + path).header("Authorization", basic(account)))
                .andExpect(expect).andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void the_advisor_gets_no_report_before_the_scan_closes_and_another_advisor_none_at_all() throws Exception {
        api(f.advisor, f.draft + "/report.pdf", status().isConflict());
        api(f.otherAdvisor, f.published + "/report.pdf", status().isNotFound());
        api(f.director, f.published + "/report.pdf", status().isForbidden());
        assertThat(PdfText.of(api(f.advisor, f.closed + "/report.pdf", status().isOk()))).contains(f.organisationName);
    }

    @Test
    void the_report_prints_the_findings_with_their_picked_story_and_actions_and_no_story_below_the_threshold()
            throws Exception {
        FixtureFindings written = new FixtureFindings(f, findingsService, findingEdits, actionsService, users);
        for (String lang : List.of("nl", "en")) {
            String text = PdfText.of(api(f.advisor, f.published + "/report.pdf?lang=" + lang, status().isOk()));
            assertThat(text).contains(FixtureFindings.FIRST, FixtureFindings.SECOND, FixtureFindings.THIRD,
                    FixtureFindings.OVERDUE_ACTION, FixtureFindings.LATER_ACTION, written.pickedStory);
            // the narrative's markup is printed as text, its bold and list without the asterisks and dashes
            assertThat(text).contains("Iedere deur staat open, maar Verkoop en Operatie").doesNotContain("**Verkoop**");
            // the third finding is about Operatie -> Verkoop, where 3 wrote a story: below the threshold of 7
            assertThat(text).doesNotContain(ReportFixture.HIDDEN_STORY.strip());
            // the stories nobody picked are not printed either
            assertThat(text).doesNotContain(ReportFixture.SHOWN_STORY + (written.pickedStory.endsWith("0") ? "1" : "0"));
        }
        String dutch = PdfText.of(api(f.advisor, f.published + "/report.pdf?lang=nl", status().isOk()));
        assertThat(dutch).contains(Translations.get(Translations.DUTCH, "report.actions.overdue"));
    }

    @Test
    void the_dutch_report_has_every_section_numbers_with_a_decimal_comma_and_no_story_below_the_threshold() throws Exception {
        String text = PdfText.of(api(f.advisor, f.published + "/report.pdf?lang=nl", status().isOk()));
        Locale nl = Translations.DUTCH;
        assertThat(text).contains(Translations.get(nl, "report.title"), f.organisationName,
                Translations.get(nl, "report.method.title"), Translations.get(nl, "report.responses.title"),
                Translations.get(nl, "report.map.title"), Translations.get(nl, "map.matrix.title"),
                Translations.get(nl, "report.identity.title"), Translations.get(nl, "report.findings.title"));
        // the threshold and the story threshold of the scan, as the method section states them
        assertThat(text).contains(Translations.get(nl, "report.method.k", 5), Translations.get(nl, "report.method.story", 7));
        // all answers were imported: the method section says how many
        assertThat(text).contains(Translations.get(nl, "map.method.imported", 23));
        // flow Verkoop -> Operatie is 2.0: a decimal comma in Dutch, never a point
        assertThat(text).contains("2,0").doesNotContain("2.0 ");
        // Klantenservice (2 people) is hidden: its row says so and has no figures
        assertThat(text).contains("Klantenservice " + Translations.get(nl, "map.view.hidden"));
        // no story in the report outside a finding, and never one below the threshold
        assertThat(text).doesNotContain(ReportFixture.HIDDEN_STORY.strip());
        String english = PdfText.of(api(f.advisor, f.published + "/report.pdf?lang=en", status().isOk()));
        assertThat(english).contains(Translations.get(Locale.ENGLISH, "report.title"), "2.0")
                .doesNotContain(ReportFixture.HIDDEN_STORY.strip());
    }

    @Test
    void the_works_council_sheet_of_a_draft_states_thresholds_retention_and_the_organisation_in_both_languages() throws Exception {
        for (Locale locale : List.of(Translations.DUTCH, Locale.ENGLISH)) {
            byte[] pdf = api(f.advisor, f.draft + "/works-council-sheet.pdf?lang=" + locale.getLanguage(), status().isOk());
            String text = PdfText.of(pdf);
            assertThat(text).contains(Translations.get(locale, "report.council.title"),
                    Translations.get(locale, "report.council.thresholds.k", 5),
                    Translations.get(locale, "report.council.thresholds.story", 7),
                    Translations.get(locale, "report.council.retention.texts", OrganisationService.DEFAULT_RETENTION_MONTHS),
                    Translations.get(locale, "report.council.responsible.text", f.organisationName),
                    Translations.get(locale, "report.council.notCollected.identity"));
            // the questions in the scan's own words, in the reader's language
            assertThat(text).contains(Translations.get(locale, "scan.question.connections.flow"));
        }
        // a changed retention shows at once
        nl.onderstroom.security.SystemSession.run(() -> organisations.changeRetentionMonths(f.organisation, 30));
        assertThat(PdfText.of(api(f.advisor, f.draft + "/works-council-sheet.pdf?lang=en", status().isOk())))
                .contains(Translations.get(Locale.ENGLISH, "report.council.retention.texts", 30));
        api(f.advisor, f.draft + "/works-council-sheet.pdf?lang=fr", status().isUnprocessableEntity());
        api(f.otherAdvisor, f.draft + "/works-council-sheet.pdf", status().isNotFound());
        api(f.director, f.draft + "/works-council-sheet.pdf", status().isForbidden());
    }
}
