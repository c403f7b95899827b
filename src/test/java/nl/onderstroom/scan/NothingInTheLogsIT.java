package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A whole survey, with its mistakes, leaves neither the code nor the story nor an answer in the log. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class NothingInTheLogsIT {

    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    ResponseImport imports;
    @Autowired
    RespondentService respondents;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(NothingInTheLogsIT.class);
    private final org.springframework.boot.logging.LoggingSystem logging =
            org.springframework.boot.logging.LoggingSystem.get(NothingInTheLogsIT.class.getClassLoader());

    @org.junit.jupiter.api.BeforeEach
    void ourCodeAndSecurityLogAtDebug() {
        logging.setLogLevel("nl.onderstroom", org.springframework.boot.logging.LogLevel.DEBUG);
        logging.setLogLevel("org.springframework.security", org.springframework.boot.logging.LogLevel.DEBUG);
    }

    @org.junit.jupiter.api.AfterEach
    void levelsBack() {
        logging.setLogLevel("nl.onderstroom", null);
        logging.setLogLevel("org.springframework.security", null);
    }

    @Test
    void neither_code_nor_story_nor_open_answer_appears_in_the_log(CapturedOutput output) {
        LOG.info("capture-check-5b1e");
        String story = "Onderstroom-verhaal-7f3a: de overdracht stokt elke dinsdag";
        String open = "Geheime-onderstroom-91c2";
        String imported = "Ingelezen-verhaal-44d0";
        ScanFixture f = ScanFixture.create(organisations, accounts);
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Log scan").id();
        List<String> codes = new ArrayList<>(invitations.issueCodes(scanId, f.dept("Verkoop"), 2, false).codes());
        var link = invitations.createOpenLink(scanId, f.dept("ICT"), 5);
        // imports go to a scan of their own: a scan takes answers either online or by import
        long importScan = scans.create(f.ours, "Log import scan").id();
        imports.importResponses(importScan, ("respondent,department,target,frequency,importance,flow,stops,themes,story\n"
                + "r1,ICT,Verkoop,WEEKLY,4,2,THEIRS,,\"" + imported + "\"\n"
                + "r2,ICT,Nergens,WEEKLY,4,2,THEIRS,,\"" + imported + "\"\n").getBytes(StandardCharsets.UTF_8));
        scans.open(scanId);
        TestUsers.logout();

        String code = codes.get(0);
        var ticket = respondents.enter(InvitationCodes.format(code), "log-session", "10.66.0.1");
        SurveyAnswers answers = f.answers("Verkoop", "Operatie", story);
        answers.getTexts().put("undercurrents.open", open);
        respondents.saveDraft(ticket, answers);
        SurveyAnswers tooLong = f.answers("Verkoop", "Operatie", story + "x".repeat(2_000));
        assertThatThrownBy(() -> respondents.saveDraft(ticket, tooLong)).isInstanceOf(UserError.class);
        assertThat(respondents.submit(ticket, answers)).isEqualTo(RespondentService.Outcome.SUBMITTED);
        assertThat(respondents.submit(ticket, answers)).isEqualTo(RespondentService.Outcome.ALREADY_SUBMITTED);
        assertThatThrownBy(() -> respondents.enter(code, "log-session", "10.66.0.1")).isInstanceOf(UserError.class);
        var openTicket = respondents.enter(link.token(), "log-session-2", "10.66.0.2");
        respondents.submit(openTicket, f.answers("ICT", "Verkoop", story));
        TestUsers.loginAs(users, f.advisor);
        scans.close(scanId);
        TestUsers.logout();
        assertThatThrownBy(() -> respondents.enter(codes.get(1), "log-session", "10.66.0.1")).isInstanceOf(UserError.class);

        String log = output.getAll();
        assertThat(log).contains("capture-check-5b1e");
        assertThat(log).doesNotContain(code).doesNotContain(InvitationCodes.format(code))
                .doesNotContain(codes.get(1)).doesNotContain(link.token()).doesNotContain(openTicket.resumeCode())
                .doesNotContain("Onderstroom-verhaal-7f3a").doesNotContain(open).doesNotContain(imported)
                .doesNotContain("10.66.0.1").doesNotContain("10.66.0.2");
    }

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.web.context.WebApplicationContext context;

    /**
     * A database error whose message quotes a story (raised by a trigger this test adds, as H2's "value too long"
     * quoted the whole story) reaches the API's error handler, the user interface's and the MariaDB driver: the
     * story must be in none of their log lines, and in no file of the embedded database's folder.
     */
    @Test
    void a_database_error_that_quotes_a_story_leaves_it_in_no_log_and_no_file(CapturedOutput output) throws Exception {
        LOG.info("capture-check-db-8e21");
        String story = "Onderstroom-db-verhaal-e4c7: de planning lekt naar de kantine";
        ScanFixture f = ScanFixture.create(organisations, accounts);
        TestUsers.loginAs(users, f.advisor);
        long imported = scans.create(f.ours, "Log db import").id();
        long online = scans.create(f.ours, "Log db online").id();
        List<String> codes = invitations.issueCodes(online, f.dept("Verkoop"), 3, false).codes();
        scans.open(online);
        TestUsers.logout();

        // 1,900 emoji passed a code-point check and overflowed the column on H2: refused before the database now
        var emojiTicket = respondents.enter(codes.get(2), "log-db-emoji", "10.66.1.3");
        SurveyAnswers emoji = f.answers("Verkoop", "Operatie", "\uD83D\uDE00".repeat(1_900));
        assertThatThrownBy(() -> respondents.saveDraft(emojiTicket, emoji)).isInstanceOf(UserError.class)
                .extracting("key").isEqualTo(FreeText.TOO_LONG_KEY);
        assertThatThrownBy(() -> respondents.submit(emojiTicket, emoji)).isInstanceOf(UserError.class)
                .extracting("key").isEqualTo(FreeText.TOO_LONG_KEY);

        jdbc.execute("create trigger tr_log_test_story before insert on response_text for each row"
                + " if new.text like 'Onderstroom-db-verhaal%' then"
                + " signal sqlstate '45000' set message_text = new.text; end if");
        try {
            // the API: the import fails in the database; the problem handler answers 500
            org.springframework.test.web.servlet.MockMvc mvc = org.springframework.test.web.servlet.setup.MockMvcBuilders
                    .webAppContextSetup(context).apply(org.springframework.security.test.web.servlet.setup
                            .SecurityMockMvcConfigurers.springSecurity()).build();
            byte[] csv = ("respondent,department,target,frequency,importance,flow,stops,themes,story\n"
                    + "r1,ICT,Verkoop,WEEKLY,4,2,THEIRS,,\"" + story + "\"\n").getBytes(StandardCharsets.UTF_8);
            String auth = "Basic " + java.util.Base64.getEncoder().encodeToString((f.advisor.email() + ":"
                    + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8));
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .post("/api/v1/scans/" + imported + "/responses/import").header("Authorization", auth)
                            .contentType("text/csv").content(csv))
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is(500));
            // the survey: the submission fails in the database; the user interface's error handler logs it
            var ticket = respondents.enter(codes.get(0), "log-db-1", "10.66.1.1");
            Throwable error = org.assertj.core.api.Assertions.catchThrowable(
                    () -> respondents.submit(ticket, f.answers("Verkoop", "ICT", story)));
            assertThat(error).isInstanceOf(org.springframework.dao.DataAccessException.class);
            assertThat(error.getCause().getMessage()).as("the error does quote the story").contains("Onderstroom-db-verhaal-e4c7");
            nl.onderstroom.base.ui.UiSetup.handle(error);
        } finally {
            jdbc.execute("drop trigger tr_log_test_story");
        }

        String log = output.getAll();
        assertThat(log).contains("capture-check-db-8e21");
        assertThat(log).as("the errors were logged, by type and SQL state").contains("Unexpected error in the API")
                .contains("Unhandled error outside a UI").contains("SQL state 45000");
        assertThat(log).doesNotContain("Onderstroom-db-verhaal-e4c7").doesNotContain("planning lekt")
                .doesNotContain("\uD83D\uDE00\uD83D\uDE00");
        java.nio.file.Path data = java.nio.file.Path.of("data");
        if (java.nio.file.Files.isDirectory(data)) {
            try (var files = java.nio.file.Files.walk(data)) {
                for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                    assertThat(new String(java.nio.file.Files.readAllBytes(file), StandardCharsets.ISO_8859_1))
                            .as(file.toString()).doesNotContain("Onderstroom-db-verhaal-e4c7");
                }
            }
        }
    }
}
