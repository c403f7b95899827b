package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import nl.onderstroom.TcpProxy;
import nl.onderstroom.TestDatabase;
import nl.onderstroom.base.UserError;
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
 * The database goes away under load and comes back: the application's pool reaches MariaDB only through an in-JVM
 * {@link TcpProxy}; while a dozen respondents save drafts and send their answers at once, every connection is cut for
 * three seconds and then let through again. Every acknowledged draft and answer is there exactly once, a submission
 * during the outage fails as a technical error (the screen's "nothing you entered was lost; please try again") and
 * its retry goes through, and the portal works again without a restart.
 */
@SpringBootTest(properties = {"spring.datasource.hikari.connection-timeout=1000",
        "spring.datasource.hikari.maximum-pool-size=8"})
@ActiveProfiles("test")
class DatabaseOutageUnderLoadIT {

    private static final int RESPONDENTS = 12;
    private static final long OUTAGE_MS = 3_000;
    private static final URI DATABASE = URI.create(TestDatabase.get().url().substring("jdbc:".length()));
    private static final TcpProxy PROXY;

    static {
        try {
            PROXY = new TcpProxy(DATABASE.getHost(), DATABASE.getPort());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void throughTheProxy(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:mariadb://127.0.0.1:" + PROXY.port() + DATABASE.getPath());
        registry.add("spring.datasource.username", () -> TestDatabase.get().username());
        registry.add("spring.datasource.password", () -> TestDatabase.get().password());
        registry.add("spring.datasource.driver-class-name", () -> "org.mariadb.jdbc.Driver");
    }

    @AfterAll
    static void closeProxy() {
        PROXY.close();
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

    /** What one respondent did, and what the portal acknowledged. */
    private static final class Respondent {
        final int index;
        final String code;
        final boolean submits;
        RespondentService.Ticket ticket;
        volatile int lastAcknowledgedStep;
        volatile int lastTriedStep;
        volatile RespondentService.Outcome outcome;
        final AtomicInteger failedSaves = new AtomicInteger();
        final AtomicInteger failedSubmits = new AtomicInteger();

        Respondent(int index, String code) {
            this.index = index;
            this.code = code;
            this.submits = index % 2 == 0;
        }

        String story() {
            return "Storing-verhaal-" + index + "-k4Rw";
        }
    }

    @Test
    void cutting_every_connection_under_load_loses_no_acknowledged_draft_or_answer_and_the_portal_recovers()
            throws Exception {
        ScanFixture f = ScanFixture.organisation(organisations, "Outage", ScanFixture.DEPARTMENTS);
        ScanFixture.OpenScan scan = f.openScan(scans, invitations, "Outage", "Verkoop", RESPONDENTS + 2);
        long scanId = scan.id();
        List<String> codes = scan.codes();

        List<Respondent> people = new ArrayList<>();
        for (int i = 0; i < RESPONDENTS; i++) {
            Respondent r = new Respondent(i, codes.get(i));
            r.ticket = respondents.enter(r.code, "outage-" + i, "10.99.0." + i);
            people.add(r);
        }
        // one more, who sends while the database is away, by hand
        Respondent during = new Respondent(RESPONDENTS, codes.get(RESPONDENTS));
        during.ticket = respondents.enter(during.code, "outage-during", "10.99.1.1");
        SurveyAnswers duringAnswers = answers(f, during, 1);
        respondents.saveDraft(during.ticket, duringAnswers);

        long start = System.nanoTime();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(RESPONDENTS);
        List<Future<?>> work = new ArrayList<>();
        for (Respondent r : people) {
            // those who only save keep saving through the outage (1 s .. 4 s), until 4.5 s; those who send stop
            // saving before the cut and send at their own moment inside it, from 1.2 s on, 0.3 s apart
            long stopAt = start + Duration.ofMillis(r.submits ? 900 : 4_500).toNanos();
            long sendAt = start + Duration.ofMillis(1_200 + 150L * r.index).toNanos();
            work.add(pool.submit(() -> act(f, r, stopAt, sendAt, unexpected)));
        }

        Thread.sleep(1_000);
        PROXY.cut();
        long cutAt = System.nanoTime();
        Thread.sleep(300);
        long before = System.nanoTime();
        Throwable duringError = catchThrowable(() -> respondents.submit(during.ticket, duringAnswers));
        long failedAfterMs = (System.nanoTime() - before) / 1_000_000;
        Thread.sleep(Math.max(0, OUTAGE_MS - (System.nanoTime() - cutAt) / 1_000_000));
        PROXY.restore();
        long restoredAt = System.nanoTime();
        long recoveredMs = awaitDatabase(restoredAt);

        for (Future<?> w : work) {
            w.get(180, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(unexpected).as("no rule was broken and no retry gave up").isEmpty();

        // the submission during the outage: a technical error, not a rule, so the screen says "try again"; it does
        assertThat(duringError).as("a submission while the database is away fails").isNotNull()
                .isNotInstanceOf(UserError.class);
        assertThat(respondents.submit(during.ticket, duringAnswers)).isEqualTo(RespondentService.Outcome.SUBMITTED);

        int failedSaves = people.stream().mapToInt(r -> r.failedSaves.get()).sum();
        int failedSubmits = people.stream().mapToInt(r -> r.failedSubmits.get()).sum();
        assertThat(failedSaves).as("saves failed during the outage").isPositive();
        assertThat(failedSubmits).as("concurrent submissions failed during the outage").isPositive();
        assertThat(PROXY.refused()).as("new connections were refused while cut").isPositive();

        // every answer that was sent is there exactly once, and no other
        List<Respondent> senders = new ArrayList<>(people.stream().filter(r -> r.submits).toList());
        senders.add(during);
        // SUBMITTED, or ALREADY_SUBMITTED where a try whose answer was lost with the connection had in fact committed
        assertThat(people.stream().filter(r -> r.submits)).allSatisfy(r -> assertThat(r.outcome).isNotNull());
        assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scanId))
                .isEqualTo(senders.size());
        for (Respondent r : senders) {
            assertThat(jdbc.queryForObject("select count(*) from response_text where scan_id = ? and text = ?",
                    Integer.class, scanId, r.story())).as(r.story()).isEqualTo(1);
        }
        assertThat(jdbc.queryForObject("select count(*) from invitation where scan_id = ? and used = true",
                Integer.class, scanId)).isEqualTo(senders.size());

        // every acknowledged draft of those who did not send is there, at the last acknowledged step or a later try
        for (Respondent r : people.stream().filter(p -> !p.submits).toList()) {
            var again = respondents.enter(r.code, "outage-again-" + r.index, "10.99.2." + r.index);
            SurveyAnswers stored = respondents.draft(again);
            assertThat(stored.getConnections()).singleElement()
                    .satisfies(c -> assertThat(c.getStory()).startsWith(r.story() + "#"));
            String story = stored.getConnections().get(0).getStory();
            assertThat(Integer.parseInt(story.substring(story.lastIndexOf('#') + 1))).as("draft of respondent " + r.index)
                    .isBetween(r.lastAcknowledgedStep, r.lastTriedStep);
        }

        // the portal works on without a restart: a new respondent answers
        var late = respondents.enter(codes.get(RESPONDENTS + 1), "outage-late", "10.99.3.1");
        assertThat(respondents.submit(late, f.answers("Verkoop", "ICT", null)))
                .isEqualTo(RespondentService.Outcome.SUBMITTED);

        System.out.printf("[DatabaseOutageUnderLoadIT] %d respondents, outage %d ms: %d draft saves and %d submissions"
                        + " failed and were retried, %d connections refused; a submission during the outage failed after"
                        + " %d ms; the pool answered %d ms after the database came back%n", RESPONDENTS + 1, OUTAGE_MS,
                failedSaves, failedSubmits, PROXY.refused(), failedAfterMs, recoveredMs);
    }

    private static SurveyAnswers answers(ScanFixture f, Respondent r, int step) {
        // a draft's step is 0..10 (AnswerRules), so the count of a respondent who only saves travels in the story
        boolean counted = r.index < RESPONDENTS && !r.submits;
        SurveyAnswers a = f.answers("Verkoop", "Operatie", counted ? r.story() + "#" + step : r.story());
        a.setStep(Math.min(step, 10));
        return a;
    }

    /**
     * A respondent saves a draft every 40 ms until {@code stopAt}; half of them then send at {@code sendAt}, and again
     * 200 ms after each failure until it works.
     */
    private void act(ScanFixture f, Respondent r, long stopAt, long sendAt, ConcurrentLinkedQueue<Throwable> unexpected) {
        try {
            int step = 0;
            SurveyAnswers last = null;
            while (System.nanoTime() < stopAt) {
                step++;
                last = answers(f, r, step);
                r.lastTriedStep = step;
                try {
                    respondents.saveDraft(r.ticket, last);
                    r.lastAcknowledgedStep = step;
                } catch (UserError rule) {
                    unexpected.add(rule);
                    return;
                } catch (RuntimeException outage) {
                    r.failedSaves.incrementAndGet();
                }
                Thread.sleep(40);
            }
            if (!r.submits) {
                return;
            }
            Thread.sleep(Math.max(0, (sendAt - System.nanoTime()) / 1_000_000));
            long giveUp = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (r.outcome == null) {
                try {
                    r.outcome = respondents.submit(r.ticket, last);
                } catch (UserError rule) {
                    unexpected.add(rule);
                    return;
                } catch (RuntimeException outage) {
                    r.failedSubmits.incrementAndGet();
                    if (System.nanoTime() > giveUp) {
                        unexpected.add(outage);
                        return;
                    }
                    Thread.sleep(200); // the respondent reads "try again" and clicks again
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Milliseconds from the restore until the pool hands out a working connection again. */
    private long awaitDatabase(long restoredAt) throws InterruptedException {
        long until = restoredAt + Duration.ofSeconds(60).toNanos();
        while (true) {
            try {
                jdbc.queryForObject("select 1", Integer.class);
                return (System.nanoTime() - restoredAt) / 1_000_000;
            } catch (RuntimeException notYet) {
                if (System.nanoTime() > until) {
                    throw notYet;
                }
                Thread.sleep(50);
            }
        }
    }
}
