package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.RespondentService.Outcome;
import nl.onderstroom.scan.RespondentService.Ticket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many respondents at once, on MariaDB: distinct drafts all land, one draft lands once, and nobody sees a crash.
 * Thread pools are bounded (more threads than the connection pool, so callers queue for connections as they would
 * behind Tomcat) and every wait has a timeout, so a deadlock fails the test instead of hanging the build.
 * ScanServiceIT already submits one ticket from 50 threads; here each caller enters with the code itself, as 50 tabs
 * or devices would.
 */
@IntegrationTest
class ConcurrentSubmissionIT {

    private static final int THREADS = 24;
    private static final long TIMEOUT_SECONDS = 120;

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

    ScanFixture f;
    ExecutorService pool;

    @BeforeEach
    void setUp() {
        f = ScanFixture.organisation(organisations, "Concurrent", ScanFixture.DEPARTMENTS);
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("pool stopped").isTrue();
    }

    private int count(String table, long scanId) {
        return ScanFixture.count(jdbc, table, scanId);
    }

    /** Runs all tasks released at once by one latch; returns their futures. */
    private <T> List<Future<T>> together(List<Callable<T>> tasks) {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> task : tasks) {
            futures.add(pool.submit(() -> {
                if (!go.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("never released");
                }
                return task.call();
            }));
        }
        go.countDown();
        return futures;
    }

    /** What one caller got: SUBMITTED, ALREADY_SUBMITTED, or the key of the UserError it was told. */
    private static String result(Future<Outcome> f) throws InterruptedException, java.util.concurrent.TimeoutException {
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS).name();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UserError u) {
                return u.key();
            }
            throw new AssertionError("a caller got an unexpected failure (a 500 for a respondent)", e.getCause());
        }
    }

    @Test
    void two_hundred_distinct_drafts_submitted_at_once_give_two_hundred_responses() throws Exception {
        ScanFixture.OpenScan scan = f.openScan(scans, invitations, "Concurrent", "Verkoop", 200);
        long scanId = scan.id();
        List<String> codes = scan.codes();
        List<Ticket> tickets = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            Ticket t = respondents.enter(codes.get(i), "c" + i, "10.20." + (i / 250) + "." + (i % 250));
            respondents.saveDraft(t, f.answers("Verkoop", "ICT", "Verhaal " + i));
            tickets.add(t);
        }
        assertThat(count("draft", scanId)).isEqualTo(200);

        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (int i = 0; i < tickets.size(); i++) {
            Ticket t = tickets.get(i);
            SurveyAnswers a = f.answers("Verkoop", "ICT", "Verhaal " + i);
            tasks.add(() -> respondents.submit(t, a));
        }
        List<String> results = new ArrayList<>();
        for (Future<Outcome> r : together(tasks)) {
            results.add(result(r));
        }

        assertThat(results).hasSize(200).containsOnly(Outcome.SUBMITTED.name());
        assertThat(count("response", scanId)).isEqualTo(200);
        assertThat(count("response_connection", scanId)).isEqualTo(200);
        assertThat(count("draft", scanId)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from invitation where scan_id = ? and used",
                Integer.class, scanId)).isEqualTo(200);
    }

    @Test
    void one_code_entered_and_submitted_by_fifty_callers_gives_one_response_and_a_clear_answer_to_each() throws Exception {
        ScanFixture.OpenScan scan = f.openScan(scans, invitations, "Concurrent", "Operatie", 1);
        long scanId = scan.id();
        List<String> codes = scan.codes();
        Ticket first = respondents.enter(codes.get(0), "first", "10.21.0.1");
        respondents.saveDraft(first, f.answers("Operatie", "Verkoop", "Een verhaal"));

        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            tasks.add(() -> {
                Ticket t = respondents.enter(codes.get(0), "tab-" + n, "10.21.1." + n);
                return respondents.submit(t, respondents.draft(t));
            });
        }
        List<String> results = new ArrayList<>();
        for (Future<Outcome> r : together(tasks)) {
            results.add(result(r));
        }

        assertThat(results).hasSize(50)
                .containsOnly(Outcome.SUBMITTED.name(), Outcome.ALREADY_SUBMITTED.name(), RespondentService.RECEIVED);
        assertThat(results).filteredOn(Outcome.SUBMITTED.name()::equals).hasSize(1);
        assertThat(count("response", scanId)).isEqualTo(1);
        assertThat(count("response_text", scanId)).isEqualTo(2);
        assertThat(count("draft", scanId)).isZero();
    }

    @Test
    void one_open_link_draft_resumed_and_submitted_by_fifty_callers_gives_one_response() throws Exception {
        long scanId = f.openScan(scans, invitations, "Concurrent open link", "ICT", 0).id();
        String link = ScanFixture.openLink(invitations, scanId, f.dept("ICT"), 100);
        Ticket first = respondents.enter(link, "first", "10.22.0.1");
        respondents.saveDraft(first, f.answers("ICT", "Verkoop", null));

        List<Callable<Outcome>> tasks = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            tasks.add(() -> {
                Ticket t = respondents.enter(first.resumeCode(), "tab-" + n, "10.22.1." + n);
                return respondents.submit(t, f.answers("ICT", "Verkoop", null));
            });
        }
        List<String> results = new ArrayList<>();
        for (Future<Outcome> r : together(tasks)) {
            results.add(result(r));
        }

        // a resume code whose draft was submitted is unknown afterwards (it is no invitation): the same answer as a typo
        assertThat(results).hasSize(50)
                .containsOnly(Outcome.SUBMITTED.name(), Outcome.ALREADY_SUBMITTED.name(), RespondentService.UNKNOWN);
        assertThat(results).filteredOn(Outcome.SUBMITTED.name()::equals).hasSize(1);
        assertThat(count("response", scanId)).isEqualTo(1);
        assertThat(count("draft", scanId)).isZero();
    }
}
