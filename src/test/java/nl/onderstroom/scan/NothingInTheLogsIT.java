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
        List<String> codes = new ArrayList<>(scans.issueCodes(scanId, f.dept("Verkoop"), 2, false).codes());
        var link = scans.createOpenLink(scanId, f.dept("ICT"), 5);
        // imports go to a scan of their own: a scan takes answers either online or by import
        long importScan = scans.create(f.ours, "Log import scan").id();
        scans.importResponses(importScan, ("respondent,department,target,frequency,importance,flow,stops,themes,story\n"
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
}
