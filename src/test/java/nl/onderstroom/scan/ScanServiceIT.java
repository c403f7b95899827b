package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.NotFound;
import nl.onderstroom.base.UserError;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.RespondentService.Outcome;
import nl.onderstroom.scan.RespondentService.Ticket;
import nl.onderstroom.scan.ScanService.ScanSettings;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Scans, invitations, drafts and submission on MariaDB. */
@IntegrationTest
class ScanServiceIT {

    @Autowired
    ScanService scans;
    @Autowired
    RespondentService respondents;
    @Autowired
    ScanTallies tallies;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmailInvitationService mail;

    ScanFixture f;

    @BeforeEach
    void setUp() {
        f = ScanFixture.create(organisations, accounts);
    }

    @AfterEach
    void tearDown() {
        TestUsers.logout();
    }

    @Test
    void a_second_scan_of_an_organisation_is_the_next_wave_with_the_same_questions() {
        TestUsers.loginAs(users, f.advisor);
        long first = scans.create(f.ours, "Scan 2025").id();
        QuestionSet edited = new QuestionSet(scans.questionSet(first).themes().subList(0, 3), scans.questionSet(first).questions());
        scans.updateQuestionSet(first, edited);
        var second = scans.create(f.ours, "Scan 2026");
        assertThat(second.previousScanId()).isEqualTo(first);
        assertThat(scans.questionSet(second.id()).themeKeys()).containsExactly("trust", "communication", "priorities");
        assertThat(second.threshold()).isEqualTo(5);
        assertThat(second.storyThreshold()).isEqualTo(7);
    }

    @Test
    void questions_and_thresholds_are_frozen_once_the_scan_opens() {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Frozen").id();
        assertThatThrownBy(() -> scans.update(scanId, new ScanSettings("Frozen", 2, null, null, null)))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.error.threshold");
        scans.open(scanId);
        assertThatThrownBy(() -> scans.updateQuestionSet(scanId, QuestionSet.defaults()))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.error.frozen");
        assertThatThrownBy(() -> scans.update(scanId, new ScanSettings("Frozen", 6, null, null, null)))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.error.frozen");
    }

    @Test
    void a_code_is_exchanged_for_a_ticket_a_used_code_says_received_and_unknown_and_expired_codes_get_the_same_answer() {
        ScanFixture.OpenScan scan = f.openScan(scans, "Scan 2026", "Verkoop", 3);
        long scanId = scan.id();
        List<String> codes = scan.codes();
        Ticket ticket = respondents.enter(codes.get(0).toLowerCase(), "session-a", "10.0.0.1");
        assertThat(ticket.scanId()).isEqualTo(scanId);
        assertThat(ticket.departmentId()).isEqualTo(f.dept("Verkoop"));
        assertThat(ticket.keyHash()).hasSize(64).doesNotContain(codes.get(0));

        assertThat(respondents.submit(ticket, f.answers("Verkoop", "Operatie", null))).isEqualTo(Outcome.SUBMITTED);
        String unknown = "ABCD-EFGH-JKMN";
        assertThatThrownBy(() -> respondents.enter(codes.get(0), "session-a", "10.0.0.1"))
                .extracting("key").isEqualTo(RespondentService.RECEIVED);
        // it says that, and nothing more: no date, no answer, no count in the message
        assertThatThrownBy(() -> respondents.enter(codes.get(0), "session-a", "10.0.0.1"))
                .satisfies(e -> assertThat(((nl.onderstroom.base.UserError) e).args()).isEmpty());
        assertThatThrownBy(() -> respondents.enter(unknown, "session-a", "10.0.0.1"))
                .extracting("key").isEqualTo(RespondentService.UNKNOWN);
        // a second tab that still holds the ticket is told the same
        assertThatThrownBy(() -> respondents.saveDraft(ticket, f.answers("Verkoop", "Operatie", null)))
                .extracting("key").isEqualTo(RespondentService.RECEIVED);
        TestUsers.loginAs(users, f.advisor);
        scans.close(scanId);
        assertThatThrownBy(() -> respondents.enter(codes.get(1), "session-b", "10.0.0.2"))
                .extracting("key").isEqualTo(RespondentService.UNKNOWN);
        // a used code stays "received" after the scan closed: it is still true, and says no more
        assertThatThrownBy(() -> respondents.enter(codes.get(0), "session-b", "10.0.0.2"))
                .extracting("key").isEqualTo(RespondentService.RECEIVED);
    }

    @Test
    void guessing_codes_is_stopped_after_ten_failures_in_one_session() {
        for (int i = 0; i < EntryThrottle.FAILURES_PER_SESSION; i++) {
            assertThatThrownBy(() -> respondents.enter("ABCD-EFGH-JKMN", "guesser", "10.9.9.9"))
                    .extracting("key").isEqualTo(RespondentService.UNKNOWN);
        }
        assertThatThrownBy(() -> respondents.enter("ABCD-EFGH-JKMN", "guesser", "10.9.9.9"))
                .extracting("key").isEqualTo("scan.entry.tooManyAttempts");
    }

    @Test
    void a_draft_is_kept_on_the_server_and_resumed_with_the_same_code() {
        List<String> codes = f.openScan(scans, "Scan 2026", "ICT", 1).codes();
        Ticket first = respondents.enter(codes.get(0), "tab-1", "10.0.0.3");
        SurveyAnswers answers = f.answers("ICT", "Verkoop", "Het <b>stokt</b>\u0007 bij de overdracht");
        answers.setStep(2);
        respondents.saveDraft(first, answers);

        Ticket later = respondents.enter(codes.get(0), "tab-2", "10.0.0.4");
        SurveyAnswers resumed = respondents.draft(later);
        assertThat(resumed.getStep()).isEqualTo(2);
        assertThat(resumed.getConnections()).hasSize(1);
        assertThat(resumed.getConnections().get(0).getStory()).isEqualTo("Het <b>stokt</b> bij de overdracht");
    }

    @Test
    void fifty_concurrent_submissions_of_one_draft_record_one_response() throws Exception {
        ScanFixture.OpenScan scan = f.openScan(scans, "Scan 2026", "Operatie", 1);
        long scanId = scan.id();
        List<String> codes = scan.codes();
        Ticket ticket = respondents.enter(codes.get(0), "s", "10.0.0.5");
        SurveyAnswers answers = f.answers("Operatie", "Verkoop", "Een verhaal");
        respondents.saveDraft(ticket, answers);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Outcome>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Callable<Outcome> submit = () -> {
                start.await();
                return respondents.submit(ticket, answers);
            };
            results.add(pool.submit(submit));
        }
        start.countDown();
        int submitted = 0;
        for (Future<Outcome> r : results) {
            if (r.get() == Outcome.SUBMITTED) {
                submitted++;
            }
        }
        pool.shutdown();
        assertThat(submitted).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scanId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from response_text where scan_id = ?", Integer.class, scanId)).isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from draft where scan_id = ?", Integer.class, scanId)).isZero();
    }

    @Test
    void an_open_link_gives_a_resume_code_and_counts_towards_its_cap() {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Open link").id();
        var link = scans.createOpenLink(scanId, f.dept("Klantenservice"), 1);
        scans.open(scanId);
        TestUsers.logout();
        Ticket ticket = respondents.enter(link.token(), "s1", "10.0.1.1");
        assertThat(ticket.resumeCode()).hasSize(12);
        SurveyAnswers a = f.answers("Klantenservice", "ICT", null);
        a.setStep(3);
        respondents.saveDraft(ticket, a);
        Ticket resumed = respondents.enter(ticket.resumeCode(), "s2", "10.0.1.2");
        assertThat(respondents.draft(resumed).getStep()).isEqualTo(3);
        assertThat(respondents.submit(resumed, a)).isEqualTo(Outcome.SUBMITTED);
        assertThat(respondents.submit(ticket, a)).isEqualTo(Outcome.ALREADY_SUBMITTED);
        assertThatThrownBy(() -> respondents.enter(link.token(), "s3", "10.0.1.3"))
                .extracting("key").isEqualTo("scan.entry.full");
    }

    @Test
    void closing_deletes_drafts_and_a_respondent_midway_gets_a_kind_message() {
        ScanFixture.OpenScan scan = f.openScan(scans, "Scan 2026", "Verkoop", 2);
        long scanId = scan.id();
        List<String> codes = scan.codes();
        Ticket ticket = respondents.enter(codes.get(0), "s", "10.0.0.6");
        respondents.saveDraft(ticket, f.answers("Verkoop", "ICT", null));
        assertThat(jdbc.queryForObject("select count(*) from draft where scan_id = ?", Integer.class, scanId)).isEqualTo(1);
        TestUsers.loginAs(users, f.advisor);
        scans.close(scanId);
        TestUsers.logout();
        assertThat(jdbc.queryForObject("select count(*) from draft where scan_id = ?", Integer.class, scanId)).isZero();
        assertThatThrownBy(() -> respondents.submit(ticket, f.answers("Verkoop", "ICT", null)))
                .extracting("key").isEqualTo("scan.respond.closed");
    }

    @Test
    void the_scheduler_opens_and_closes_scans_on_their_dates() {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Scheduled").id();
        scans.update(scanId, new ScanSettings("Scheduled", 5, null, LocalDate.now(), LocalDate.now()));
        SystemSession.run(scans::openAndCloseDue);
        assertThat(scans.scan(scanId).status()).isEqualTo(ScanStatus.OPEN);
        jdbc.update("update scan set closes_on = ? where id = ?", LocalDate.now().minusDays(1), scanId);
        SystemSession.run(scans::openAndCloseDue);
        assertThat(scans.scan(scanId).status()).isEqualTo(ScanStatus.CLOSED);
    }

    @Test
    void live_counts_show_departments_below_k_as_hidden() {
        ScanFixture.OpenScan scan = f.openScan(scans, "Scan 2026", "Verkoop", 6);
        long scanId = scan.id();
        List<String> codes = scan.codes();
        TestUsers.loginAs(users, f.advisor);
        List<String> ops = scans.issueCodes(scanId, f.dept("Operatie"), 2, false).codes();
        TestUsers.logout();
        for (int i = 0; i < 6; i++) {
            ScanFixture.respond(respondents, codes.get(i), f.answers("Verkoop", "ICT", null));
        }
        ScanFixture.respond(respondents, ops.get(0), f.answers("Operatie", "ICT", null));
        TestUsers.loginAs(users, f.advisor);
        var counts = scans.responseCounts(scanId);
        // Verkoop 6 and Operatie 1: the one small department could be worked out from the total, so both are hidden
        assertThat(counts.total()).isEqualTo(7);
        assertThat(counts.departments()).allMatch(d -> d.responses() == null);
        TestUsers.logout();
        ScanFixture.respond(respondents, ops.get(1), f.answers("Operatie", "ICT", null));
        TestUsers.loginAs(users, f.advisor);
        TestUsers.loginAs(users, f.advisor);
        scans.issueCodes(scanId, f.dept("ICT"), 5, false);
        counts = scans.responseCounts(scanId);
        assertThat(counts.total()).isEqualTo(8);
        assertThat(counts.departments()).allMatch(d -> d.responses() == null);
    }

    @Test
    void tallies_count_by_department_and_connection_without_texts_linked() {
        ScanFixture.OpenScan scan = f.openScan(scans, "Scan 2026", "Verkoop", 3);
        long scanId = scan.id();
        List<String> codes = scan.codes();
        for (int i = 0; i < 3; i++) {
            ScanFixture.respond(respondents, codes.get(i), f.answers("Verkoop", "Operatie", "Verhaal " + i));
        }
        TestUsers.loginAs(users, f.advisor); // a director reads no tallies of an unpublished scan (ServiceAccessIT)
        scans.close(scanId); // and nobody reads the answers of a scan that still collects
        var connections = tallies.connections(scanId);
        assertThat(connections).hasSize(1);
        assertThat(connections.get(0).respondents()).isEqualTo(3);
        assertThat(connections.get(0).flow()).containsExactly(0, 3, 0, 0, 0);
        assertThat(connections.get(0).frequency()).containsExactly(0, 0, 0, 3, 0);
        assertThat(connections.get(0).stops()).containsExactly(0, 3, 0, 0);
        var departments = tallies.departments(scanId);
        assertThat(departments).singleElement().satisfies(d -> {
            assertThat(d.respondents()).isEqualTo(3);
            assertThat(d.innerFlow()).containsExactly(0, 0, 0, 3, 0);
            assertThat(d.themes().get("trust")).containsExactly(0, 0, 0, 3, 0);
            assertThat(d.identity().get("identity")).containsExactly(0, 0, 0, 3, 0);
        });
        assertThat(tallies.texts(scanId, ScanTallies.TextKind.CONNECTION_STORY)).hasSize(3)
                .allMatch(t -> t.targetDepartmentId().equals(f.dept("Operatie")) && t.themes().equals(List.of("trust")));
        assertThat(tallies.scan(scanId).themeKeys()).hasSize(8);
    }

    @Test
    void tallies_of_thousands_of_imported_answers_equal_a_group_by_over_the_same_rows() {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Many").id();
        // 1,000 respondents: their inner flow and up to three connections, every answer value drawn at random
        List<String> names = new ArrayList<>(f.departments.keySet());
        String[] frequencies = {"NEVER", "YEARLY", "MONTHLY", "WEEKLY", "DAILY"};
        String[] stops = {"NONE", "THEIRS", "OURS", "BOTH"};
        java.util.Random random = new java.util.Random(7);
        StringBuilder rows = new StringBuilder("respondent,department,target,frequency,importance,flow,stops,themes,story\n");
        for (int r = 0; r < 1_000; r++) {
            int from = random.nextInt(names.size());
            for (int t = 0; t < names.size(); t++) {
                if (t == from || random.nextInt(4) > 0) {
                    rows.append('r').append(r).append(',').append(names.get(from)).append(',').append(names.get(t))
                            .append(',').append(frequencies[random.nextInt(5)]).append(',').append(1 + random.nextInt(5))
                            .append(',').append(1 + random.nextInt(5)).append(',').append(stops[random.nextInt(4)])
                            .append(",,\n");
                }
            }
        }
        byte[] csv = rows.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(scans.importResponses(scanId, csv).ok()).isTrue();
        scans.open(scanId);
        scans.close(scanId); // the tallies show answers only once the scan has closed
        // some unanswered inner flows (null) and some identity ratings, so both paths of the counting are taken
        assertThat(jdbc.update("update response set inner_flow = null where scan_id = ? and id like 'a%'", scanId)).isPositive();
        assertThat(jdbc.update("update response set identity_rating = 2, image_rating = 5 where scan_id = ? and id like 'b%'",
                scanId)).isPositive();

        String sums = java.util.stream.IntStream.rangeClosed(0, 5).mapToObj(v -> "sum(case when flow = " + v
                + " then 1 else 0 end), sum(case when importance = " + v + " then 1 else 0 end), sum(case when frequency = "
                + v + " then 1 else 0 end), sum(case when stops = " + v + " then 1 else 0 end)")
                .collect(java.util.stream.Collectors.joining(", "));
        List<String> expected = jdbc.query("select from_department, to_department, count(*), " + sums
                + " from response_connection where scan_id = ? group by from_department, to_department"
                + " order by from_department, to_department", (rs, i) -> {
                    int[][] by = new int[4][6];
                    for (int v = 0; v <= 5; v++) {
                        for (int c = 0; c < 4; c++) {
                            by[c][v] = rs.getInt(4 + v * 4 + c);
                        }
                    }
                    return rs.getLong(1) + ">" + rs.getLong(2) + " n" + rs.getInt(3)
                            + java.util.Arrays.toString(java.util.Arrays.copyOfRange(by[0], 1, 6))
                            + java.util.Arrays.toString(java.util.Arrays.copyOfRange(by[1], 1, 6))
                            + java.util.Arrays.toString(java.util.Arrays.copyOfRange(by[2], 0, 5))
                            + java.util.Arrays.toString(java.util.Arrays.copyOfRange(by[3], 0, 4));
                }, scanId);
        assertThat(tallies.connections(scanId)).extracting(c -> c.from() + ">" + c.to() + " n" + c.respondents()
                + java.util.Arrays.toString(c.flow()) + java.util.Arrays.toString(c.importance())
                + java.util.Arrays.toString(c.frequency()) + java.util.Arrays.toString(c.stops()))
                .hasSize(12).containsExactlyElementsOf(expected);

        String ratings = java.util.stream.Stream.of("inner_flow", "identity_rating", "integrity_rating", "image_rating")
                .flatMap(col -> java.util.stream.IntStream.rangeClosed(1, 5)
                        .mapToObj(v -> "sum(case when " + col + " = " + v + " then 1 else 0 end)"))
                .collect(java.util.stream.Collectors.joining(", "));
        List<String> expectedDepartments = jdbc.query("select department_id, count(*), " + ratings + " from response"
                + " where scan_id = ? and respondent_group = 'STAFF' group by department_id order by department_id",
                (rs, i) -> {
                    StringBuilder out = new StringBuilder(rs.getLong(1) + " n" + rs.getInt(2));
                    for (int c = 0; c < 4; c++) {
                        int[] counts = new int[5];
                        for (int v = 0; v < 5; v++) {
                            counts[v] = rs.getInt(3 + c * 5 + v);
                        }
                        out.append(java.util.Arrays.toString(counts));
                    }
                    return out.toString();
                }, scanId);
        assertThat(tallies.departments(scanId)).extracting(d -> d.departmentId() + " n" + d.respondents()
                + java.util.Arrays.toString(d.innerFlow()) + java.util.Arrays.toString(d.identity().get("identity"))
                + java.util.Arrays.toString(d.identity().get("integrity"))
                + java.util.Arrays.toString(d.identity().get("image")))
                .hasSize(4).containsExactlyElementsOf(expectedDepartments);
    }

    @Test
    void import_reports_every_problem_with_its_line_and_stores_nothing() {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Import").id();
        String csv = "respondent,department,target,frequency,importance,flow,stops,themes,story\n"
                + "r1,Verkoop,Operatie,WEEKLY,4,2,THEIRS,trust,\n"
                + "r1,Verkoop,Nowhere,WEEKLY,4,2,THEIRS,,\n"
                + "r2,ICT,Verkoop,SOMETIMES,9,2,THEIRS,,\n";
        var outcome = scans.importResponses(scanId, csv.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.problems()).extracting(ResponseCsv.Problem::line).containsExactly(3, 4, 4);
        assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scanId)).isZero();

        String good = "respondent,department,target,frequency,importance,flow,stops,themes,story\n"
                + "r1,Verkoop,Operatie,WEEKLY,4,2,THEIRS,trust,Stokt\n"
                + "r1,Verkoop,Verkoop,DAILY,5,4,NONE,,\n"
                + "r2,ICT,Verkoop,MONTHLY,3,3,NONE,,\n";
        outcome = scans.importResponses(scanId, good.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome.respondents()).isEqualTo(2);
        scans.open(scanId);
        scans.close(scanId);
        assertThat(tallies.connections(scanId)).hasSize(2);
        assertThat(tallies.departments(scanId)).filteredOn(d -> d.departmentId() == f.dept("Verkoop"))
                .singleElement().satisfies(d -> assertThat(d.innerFlow()).containsExactly(0, 0, 0, 1, 0));
    }

    @Test
    void a_department_with_responses_cannot_be_removed() {
        List<String> codes = f.openScan(scans, "Scan 2026", "Verkoop", 1).codes();
        ScanFixture.respond(respondents, codes.get(0), f.answers("Verkoop", "ICT", null));
        TestUsers.loginAs(users, f.advisor);
        assertThatThrownBy(() -> organisations.removeDepartment(f.ours, f.dept("ICT")))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.department.hasResponses");
        assertThatThrownBy(() -> organisations.removeDepartment(f.ours, f.dept("Verkoop")))
                .isInstanceOf(UserError.class).extracting("key").isEqualTo("scan.department.hasResponses");
    }

    @Test
    void every_scan_method_refuses_another_tenant() {
        TestUsers.loginAs(users, f.otherAdvisor);
        long theirScan = scans.create(f.theirs, "Theirs").id();
        TestUsers.loginAs(users, f.advisor);
        long ourScan = scans.create(f.ours, "Ours").id();
        assertNotFound(s -> s.scans(f.theirs));
        assertNotFound(s -> s.scan(theirScan));
        assertNotFound(s -> s.create(f.theirs, "Mole"));
        assertNotFound(s -> s.update(theirScan, new ScanSettings("Mole", 5, null, null, null)));
        assertNotFound(s -> s.questionSet(theirScan));
        assertNotFound(s -> s.updateQuestionSet(theirScan, QuestionSet.defaults()));
        assertNotFound(s -> s.open(theirScan));
        assertNotFound(s -> s.close(theirScan));
        assertNotFound(s -> s.publish(theirScan));
        assertNotFound(s -> s.issueCodes(theirScan, f.theirDepartment, 1, false));
        assertNotFound(s -> s.issueCodes(ourScan, f.theirDepartment, 1, false));
        assertNotFound(s -> s.createOpenLink(theirScan, null, 5));
        assertNotFound(s -> s.createOpenLink(ourScan, f.theirDepartment, 5));
        assertNotFound(s -> s.openLinks(theirScan));
        assertNotFound(s -> s.responseCounts(theirScan));
        assertNotFound(s -> s.importResponses(theirScan, new byte[0]));
        assertNotFound(s -> s.importAnswers(theirScan, List.of(new SurveyAnswers()), false));
        assertNotFound(s -> s.deactivateOpenLink(theirScan, 1L));
        assertThatThrownBy(() -> mail.invite(theirScan, f.theirDepartment, List.of("x@example.test"), java.util.Locale.ENGLISH))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> mail.remind(theirScan, java.util.Locale.ENGLISH)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> mail.addressCount(theirScan)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tallies.scan(theirScan)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tallies.connections(theirScan)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tallies.departments(theirScan)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tallies.intendedIdentity(theirScan)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tallies.texts(theirScan, ScanTallies.TextKind.UNDERCURRENT)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> tallies.scansOf(f.theirs)).isInstanceOf(NotFound.class);
        TestUsers.loginAs(users, f.director);
        assertThatThrownBy(() -> scans.open(ourScan)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> scans.issueCodes(ourScan, f.dept("ICT"), 1, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void directors_answer_the_identity_part_as_the_intended_identity() {
        TestUsers.loginAs(users, f.advisor);
        long scanId = scans.create(f.ours, "Directie").id();
        List<String> codes = scans.issueCodes(scanId, null, 2, true).codes();
        scans.open(scanId);
        TestUsers.logout();
        Ticket ticket = respondents.enter(codes.get(0), "dir", "10.4.0.1");
        assertThat(ticket.director()).isTrue();
        SurveyAnswers a = new SurveyAnswers();
        a.getRatings().put("identity.identity", 5);
        a.getRatings().put("identity.integrity", 4);
        a.getTexts().put("identity.why", "Wij maken het werk eenvoudiger");
        assertThat(respondents.submit(ticket, a)).isEqualTo(Outcome.SUBMITTED);
        TestUsers.loginAs(users, f.advisor); // a director reads no tallies of an unpublished scan (ServiceAccessIT)
        scans.close(scanId);
        var intended = tallies.intendedIdentity(scanId);
        assertThat(intended.respondents()).isEqualTo(1);
        assertThat(intended.identity().get("identity")).containsExactly(0, 0, 0, 0, 1);
        assertThat(intended.identity().get("integrity")).containsExactly(0, 0, 0, 1, 0);
        assertThat(tallies.departments(scanId)).isEmpty();
        assertThat(tallies.texts(scanId, ScanTallies.TextKind.IDENTITY_WHY)).singleElement()
                .satisfies(t -> assertThat(t.director()).isTrue());
    }

    @Test
    void a_response_row_holds_no_time_no_invitation_and_a_random_id() {
        ScanFixture.OpenScan scan = f.openScan(scans, "Scan 2026", "Verkoop", 2);
        long scanId = scan.id();
        List<String> codes = scan.codes();
        ScanFixture.respond(respondents, codes.get(0), f.answers("Verkoop", "ICT", "x"));
        ScanFixture.respond(respondents, codes.get(1), f.answers("Verkoop", "ICT", "y"));
        List<String> columns = jdbc.queryForList("select lower(column_name) from information_schema.columns"
                + " where table_schema = database() and table_name = 'response'", String.class);
        assertThat(columns).containsExactlyInAnyOrder("id", "scan_id", "department_id", "respondent_group", "inner_flow",
                "identity_rating", "integrity_rating", "image_rating");
        assertThat(jdbc.queryForList("select id from response where scan_id = ?", String.class, scanId))
                .allMatch(id -> java.util.UUID.fromString(id).version() == 4);
        List<String> textColumns = jdbc.queryForList("select lower(column_name) from information_schema.columns"
                + " where table_schema = database() and table_name = 'response_text'", String.class);
        assertThat(textColumns).doesNotContain("response_id");
    }

    private void assertNotFound(Consumer<ScanService> call) {
        assertThatThrownBy(() -> call.accept(scans)).isInstanceOf(NotFound.class);
    }
}
