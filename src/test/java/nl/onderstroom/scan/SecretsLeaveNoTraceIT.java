package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.UserError;
import nl.onderstroom.base.ui.UiSetup;
import nl.onderstroom.map.MapService;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A whole survey with a known code and known, distinctive texts, through its failures (a story too long, a database
 * error that quotes a story, a retry), then a search of all log output and of every table of the database. The code
 * may be in no table and no log line; the texts only in {@code response_text}, where they belong. The tables are
 * listed from {@code information_schema}, so a table added later is searched too.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SecretsLeaveNoTraceIT {

    /** The one table where what a respondent writes is stored (apart from the draft, deleted on submit and close). */
    private static final Set<String> TEXT_TABLE = Set.of("response_text");
    private static final Set<String> TEXT_COLUMN_TYPES = Set.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext", "binary", "varbinary", "tinyblob", "blob", "mediumblob", "longblob", "json", "enum", "set");

    private static final String STORY = "Zeldzaam-verhaal-q7Kx: de sleutel van het archief ligt bij Jannie";
    private static final String OPEN_ANSWER = "Onbenoemd-p3Wz: niemand zegt dat de reorganisatie al besloten is";
    private static final String IDENTITY = "Bestaansreden-m2Vr: wij houden de stad droog";
    private static final String DB_ERROR_STORY = "Foutverhaal-z9Lt: de database weigert dit verhaal";
    private static final String DIRECTOR_TEXT = "Bedoeld-h5Qn: wij zijn de betrouwbaarste partner";

    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    RespondentService respondents;
    @Autowired
    DirectorIdentityService directorIdentity;
    @Autowired
    MapService maps;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    private final LoggingSystem logging = LoggingSystem.get(SecretsLeaveNoTraceIT.class.getClassLoader());
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SecretsLeaveNoTraceIT.class);

    @BeforeEach
    void everythingOfOursLogsAtDebug() {
        // a debug line that carries a secret fails this test as well as an error line would
        logging.setLogLevel("nl.onderstroom", LogLevel.DEBUG);
        logging.setLogLevel("org.springframework.security", LogLevel.DEBUG);
        logging.setLogLevel("org.springframework.jdbc", LogLevel.DEBUG);
    }

    @AfterEach
    void levelsBack() {
        logging.setLogLevel("nl.onderstroom", null);
        logging.setLogLevel("org.springframework.security", null);
        logging.setLogLevel("org.springframework.jdbc", null);
        TestUsers.logout();
    }

    @Test
    void a_whole_survey_with_its_failures_leaves_code_and_texts_in_no_log_and_no_other_table(CapturedOutput output) {
        LOG.info("capture-check-secrets-1d9f");
        ScanFixture f = ScanFixture.create(organisations, accounts);
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Secrets").id();
        List<String> codes = new ArrayList<>(invitations.issueCodes(scanId, f.dept("Verkoop"), 3, false).codes());
        codes.addAll(invitations.issueCodes(scanId, null, 1, true).codes());
        scans.open(scanId);
        TestUsers.logout();

        // respondent 1: a draft, a story too long (refused with a message), the answers sent, sent again
        String code = codes.get(0);
        var ticket = respondents.enter(InvitationCodes.format(code).toLowerCase(Locale.ROOT), "secrets-1", "10.77.0.1");
        SurveyAnswers answers = f.answers("Verkoop", "Operatie", STORY);
        answers.getTexts().put(QuestionSet.UNDERCURRENT_OPEN, OPEN_ANSWER);
        answers.getTexts().put("identity.why", IDENTITY);
        respondents.saveDraft(ticket, answers);
        SurveyAnswers tooLong = f.answers("Verkoop", "Operatie", STORY + " " + "\uD83D\uDCA7".repeat(1_500));
        Throwable refused = catchThrowable(() -> respondents.submit(ticket, tooLong));
        assertThat(refused).isInstanceOf(UserError.class).extracting("key").isEqualTo(FreeText.TOO_LONG_KEY);
        UiSetup.handle(refused);
        assertThat(respondents.submit(ticket, answers)).isEqualTo(RespondentService.Outcome.SUBMITTED);
        assertThat(respondents.submit(ticket, answers)).isEqualTo(RespondentService.Outcome.ALREADY_SUBMITTED);
        assertThatThrownBy(() -> respondents.enter(code, "secrets-1", "10.77.0.1")).isInstanceOf(UserError.class);

        // respondent 2: the database refuses the story with an error that quotes it; the retry goes through
        String second = codes.get(1);
        var ticket2 = respondents.enter(second, "secrets-2", "10.77.0.2");
        SurveyAnswers failing = f.answers("Verkoop", "ICT", DB_ERROR_STORY);
        respondents.saveDraft(ticket2, failing);
        jdbc.execute("create trigger tr_secrets_story before insert on response_text for each row"
                + " if new.text like concat('Fout', 'verhaal-z9Lt%') then"
                + " signal sqlstate '45000' set message_text = new.text; end if");
        try {
            Throwable error = catchThrowable(() -> respondents.submit(ticket2, failing));
            assertThat(error).isInstanceOf(DataAccessException.class);
            assertThat(error.getCause().getMessage()).as("the database error does quote the story")
                    .contains("Foutverhaal-z9Lt");
            UiSetup.handle(error);
        } finally {
            jdbc.execute("drop trigger tr_secrets_story");
        }
        assertThat(respondents.submit(ticket2, failing)).isEqualTo(RespondentService.Outcome.SUBMITTED);

        // respondent 3 saves a draft and never sends it: the close deletes it
        var ticket3 = respondents.enter(codes.get(2), "secrets-3", "10.77.0.3");
        SurveyAnswers unsent = f.answers("Verkoop", "Klantenservice", STORY + " (niet verstuurd)");
        respondents.saveDraft(ticket3, unsent);

        // a director with a code, and a director with an account
        var director = respondents.enter(codes.get(3), "secrets-4", "10.77.0.4");
        SurveyAnswers intended = new SurveyAnswers();
        intended.getTexts().put("identity.why", DIRECTOR_TEXT);
        respondents.submit(director, intended);
        TestUsers.loginAs(users, f.director);
        directorIdentity.answer(scanId, intended);

        // the advisor closes and reads what there is to read
        TestUsers.loginAs(users, f.advisor);
        scans.close(scanId);
        maps.results(scanId);
        maps.identity(scanId);
        maps.export(scanId);
        TestUsers.logout();

        List<String> codeForms = List.of(code, InvitationCodes.format(code), second, InvitationCodes.format(second),
                codes.get(2), codes.get(3));
        List<String> texts = List.of("Zeldzaam-verhaal-q7Kx", "Onbenoemd-p3Wz", "Bestaansreden-m2Vr", "Foutverhaal-z9Lt",
                "Bedoeld-h5Qn", "sleutel van het archief", "\uD83D\uDCA7\uD83D\uDCA7");

        String log = output.getAll();
        assertThat(log).as("the capture works").contains("capture-check-secrets-1d9f");
        assertThat(log).as("the errors were logged, by type").contains("SQL state 45000");
        for (String secret : concat(codeForms, texts)) {
            assertThat(containsIgnoringCase(log, secret)).as("the log holds " + secret).isFalse();
        }

        List<String> columns = textColumns();
        assertThat(columns).as("the search covers the tables it must").contains("invitation.code_hash", "draft.content",
                "audit_event.actor", "response_text.text");
        List<String> found = new ArrayList<>();
        for (String column : columns) {
            String table = column.substring(0, column.indexOf('.'));
            for (String secret : codeForms) {
                if (holds(column, secret)) {
                    found.add("code in " + column);
                }
            }
            if (!TEXT_TABLE.contains(table)) {
                for (String secret : texts) {
                    if (holds(column, secret)) {
                        found.add("'" + secret + "' in " + column);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
        // and the search does find what is there: the texts in response_text, once each
        assertThat(holds("response_text.text", "Zeldzaam-verhaal-q7Kx")).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from response_text where text like ?", Integer.class,
                "Foutverhaal-z9Lt%")).isEqualTo(1);
    }

    /** Every column of every table of this database that can hold text, as {@code table.column}. */
    private List<String> textColumns() {
        return jdbc.query("select lower(table_name), lower(column_name), lower(data_type) from information_schema.columns"
                        + " where table_schema = database() order by table_name, ordinal_position",
                (rs, i) -> TEXT_COLUMN_TYPES.contains(rs.getString(3)) ? rs.getString(1) + "." + rs.getString(2) : null)
                .stream().filter(java.util.Objects::nonNull).toList();
    }

    /** Whether a column holds the text anywhere in any row, in any letter case. */
    private boolean holds(String column, String text) {
        String table = column.substring(0, column.indexOf('.'));
        String name = column.substring(column.indexOf('.') + 1);
        Integer n = jdbc.queryForObject("select count(*) from `" + table + "` where lower(convert(`" + name
                + "` using utf8mb4)) like ?", Integer.class, "%" + text.toLowerCase(Locale.ROOT) + "%");
        return n != null && n > 0;
    }

    private static boolean containsIgnoringCase(String haystack, String needle) {
        return haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
