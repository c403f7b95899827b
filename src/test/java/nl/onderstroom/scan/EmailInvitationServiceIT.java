package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** E-mail invitations and reminders through an in-process SMTP server (GreenMail). */
@IntegrationTest
class EmailInvitationServiceIT {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(39025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    EmailInvitationService mail;
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
    @Autowired
    JdbcTemplate jdbc;

    ScanFixture f;
    long scanId;

    @BeforeEach
    void setUp() {
        f = ScanFixture.create(organisations, accounts);
        TestUsers.loginAs(users, f.advisor);
        scanId = scans.create(f.ours, "Mail scan").id();
        scans.open(scanId);
    }

    @AfterEach
    void tearDown() {
        TestUsers.logout();
    }

    private static String code(MimeMessage m) {
        Matcher matcher = Pattern.compile("/s/([2-9A-Z]{12})").matcher(GreenMailUtil.getBody(m));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void each_address_gets_its_own_working_code_and_only_non_responders_are_reminded() throws Exception {
        int sent = mail.invite(scanId, f.dept("ICT"), List.of("a@example.test", " B@example.test ", ""), Locale.forLanguageTag("nl"));
        assertThat(sent).isEqualTo(2);
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        String organisation = organisations.organisation(f.ours).name();
        assertThat(received[0].getSubject()).isEqualTo(
                nl.onderstroom.base.Translations.get(nl.onderstroom.base.Translations.DUTCH, "scan.mail.invite.subject", "Mail scan", organisation)
                        + " / " + nl.onderstroom.base.Translations.get(Locale.ENGLISH, "scan.mail.invite.subject", "Mail scan", organisation));
        assertThat(GreenMailUtil.getBody(received[0])).contains("https://scan.example.test/s/");
        String first = code(received[0]);
        String second = code(received[1]);
        assertThat(first).isNotEqualTo(second);

        TestUsers.logout();
        respondents.submit(respondents.enter(first, "m1", "10.5.0.1"), f.answers("ICT", "Verkoop", null));
        var ticket = respondents.enter(second, "m2", "10.5.0.2");
        SurveyAnswers draft = f.answers("ICT", "Operatie", null);
        draft.setStep(3);
        respondents.saveDraft(ticket, draft);

        TestUsers.loginAs(users, f.advisor);
        assertThat(mail.remind(scanId, Locale.ENGLISH)).isEqualTo(1);
        MimeMessage reminder = smtp.getReceivedMessages()[2];
        String recipient = reminder.getAllRecipients()[0].toString();
        assertThat(recipient).isIn("a@example.test", "b@example.test");
        assertThat(reminder.getSubject()).as("the sender's language first").startsWith("Reminder from " + organisation + ": Mail scan / Herinnering van");
        String fresh = code(reminder);
        TestUsers.logout();
        // as the reminder says: the code of the first e-mail no longer works
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> respondents.enter(second, "m4", "10.5.0.4"))
                .hasMessage(RespondentService.UNKNOWN);
        // the fresh code continues the draft
        assertThat(respondents.draft(respondents.enter(fresh, "m3", "10.5.0.3")).getStep()).isEqualTo(3);
    }

    @Test
    void the_invitation_is_in_both_languages_with_the_organisation_and_the_deadline_in_each_date_format() throws Exception {
        java.time.LocalDate closes = java.time.LocalDate.now().plusDays(20);
        ScanService.ScanSummary now = scans.scan(scanId);
        scans.update(scanId, new ScanService.ScanSettings(now.name(), now.threshold(), now.storyThreshold(), now.opensOn(), closes));
        mail.invite(scanId, f.dept("ICT"), List.of("c@example.test"), Locale.ENGLISH);
        String mailText = (String) smtp.getReceivedMessages()[0].getContent();
        String organisation = organisations.organisation(f.ours).name();
        String english = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(Locale.ENGLISH).format(closes);
        String dutch = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(nl.onderstroom.base.Translations.DUTCH).format(closes);
        assertThat(mailText).contains(organisation + " invites you").contains(organisation + " nodigt u uit")
                .contains("You can answer up to and including " + english + ".")
                .contains("U kunt antwoorden tot en met " + dutch + ".")
                .as("the same promise about the code as the survey makes").contains("until you send your answers")
                .contains("tot u uw antwoorden verstuurt")
                .doesNotContain(closes.toString());
        assertThat(mailText.indexOf("invites you")).as("the sender's language first").isLessThan(mailText.indexOf("nodigt u uit"));
    }

    @Test
    void closing_the_scan_deletes_every_address() {
        mail.invite(scanId, f.dept("Verkoop"), List.of("x@example.test", "y@example.test"), Locale.ENGLISH);
        assertThat(mail.addressCount(scanId)).isEqualTo(2);
        scans.close(scanId);
        assertThat(mail.addressCount(scanId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from email_invitation where address like '%@example.test' and scan_id = ?",
                Integer.class, scanId)).isZero();
    }
}
