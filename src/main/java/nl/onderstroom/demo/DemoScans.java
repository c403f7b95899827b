package nl.onderstroom.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.onderstroom.organisation.DepartmentNode;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationSummary;
import nl.onderstroom.scan.DirectorIdentityService;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.security.SystemSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Two published waves of "Demo BV" (autumn 2025 and 2026), generated from a fixed seed and stored through the scan's
 * import service, with a story a director recognises: Verkoop and Operatie barely talk (low flow both ways, it stops
 * at the door; a little better in 2025), ICT is an island (weak outward flow, strong inner cohesion), Klantenservice
 * is the broker (good ties with both informal groups: the commercial side with Financiën, and the operational side
 * with HR). The five directors give the intended identity from their own page; the 2026 wave has three questions of
 * the advisor's own. Runs in demo mode only, once. This class runs the waves; who answers and how is in
 * {@link DemoRespondents}, what they write in {@link DemoTexts}.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "onderstroom.demo", havingValue = "true")
class DemoScans implements ApplicationRunner {

    static final String WAVE_2025 = "Organisatiescan 2025";
    static final String WAVE_2026 = "Organisatiescan 2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoScans.class);

    /** When each wave ran: opened, closed, published (past dates, so the results read as a real history). */
    record Dates(LocalDate opened, LocalDate closed, LocalDate published) {
    }

    private final OrganisationService organisations;
    private final ScanService scans;
    private final DirectorIdentityService intended;
    private final UserDetailsService users;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DemoScans(OrganisationService organisations, ScanService scans, DirectorIdentityService intended,
              UserDetailsService users, JdbcTemplate jdbc, Clock clock) {
        this.organisations = organisations;
        this.scans = scans;
        this.intended = intended;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemSession.run(this::seed);
    }

    /**
     * The waves' dates: late September to mid October of 2025 and of 2026, published ten days after closing; moved
     * back a year at a time should those dates not have passed yet.
     */
    static Dates dates(int wave, LocalDate today) {
        LocalDate opened = LocalDate.of(wave, 9, 29);
        while (!opened.plusDays(28).isBefore(today)) {
            opened = opened.minusYears(1);
        }
        return new Dates(opened, opened.plusDays(18), opened.plusDays(28));
    }

    private void seed() {
        OrganisationSummary demo = organisations.organisations().stream()
                .filter(o -> o.name().equals(DemoData.ORGANISATION)).findFirst().orElse(null);
        if (demo == null || scans.scans(demo.id()).stream().anyMatch(s -> s.name().equals(WAVE_2026))) {
            return;
        }
        Map<String, Long> ids = new HashMap<>();
        for (DepartmentNode d : organisations.departments(demo.id())) {
            ids.put(d.name(), d.id());
        }
        if (!ids.keySet().containsAll(DemoRespondents.RESPONDENTS.keySet())) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        int staff2025 = wave(demo.id(), WAVE_2025, ids, new Random(2025), 0.9, 0.8, false, dates(2025, today));
        int staff2026 = wave(demo.id(), WAVE_2026, ids, new Random(2026), 1.0, 0.0, true, dates(2026, today));
        LOG.info("Demo mode: scans '{}' ({} staff respondents) and '{}' ({} staff respondents), closed and published, "
                + "with the intended identity of {} directors", WAVE_2025, staff2025, WAVE_2026, staff2026,
                DemoData.DIRECTORS.size());
    }

    /**
     * @param better       how much better Verkoop and Operatie worked together in this wave (flow points)
     * @param ownQuestions whether the advisor added questions of their own
     */
    private int wave(long organisationId, String name, Map<String, Long> ids, Random random, double share, double better,
                     boolean ownQuestions, Dates dates) {
        long scanId = scans.create(organisationId, name).id();
        if (ownQuestions) {
            scans.updateQuestionSet(scanId, withOwnQuestions(scans.questionSet(scanId)));
        }
        DemoRespondents.Pools pools = new DemoRespondents.Pools(random);
        List<SurveyAnswers> staff = new ArrayList<>();
        DemoRespondents.RESPONDENTS.forEach((department, count) -> {
            int n = (int) Math.round(count * share);
            for (int i = 0; i < n; i++) {
                staff.add(DemoRespondents.respondent(department, ids, random, better, pools, ownQuestions));
            }
        });
        int stored = scans.importAnswers(scanId, staff, false);
        scans.open(scanId);
        // the board gives the intended identity from their own page, each as themselves
        for (List<String> director : DemoData.DIRECTORS) {
            SurveyAnswers answers = DemoRespondents.director(random);
            as(director.get(0), () -> intended.answer(scanId, answers));
        }
        scans.close(scanId);
        scans.publish(scanId);
        backdate(scanId, dates);
        return stored;
    }

    /**
     * The demo's only way around "a closing date cannot lie in the past" (ScanService.update): the history is written
     * straight into the scan row after the fact. Users still cannot set a past date.
     */
    private void backdate(long scanId, Dates dates) {
        ZoneId zone = clock.getZone();
        jdbc.update("update scan set created_at = ?, opens_on = ?, closes_on = ?, opened_at = ?, closed_at = ?,"
                        + " published_at = ? where id = ?",
                Timestamp.from(dates.opened().minusDays(14).atTime(10, 0).atZone(zone).toInstant()),
                dates.opened(), dates.closed(),
                Timestamp.from(dates.opened().atTime(8, 30).atZone(zone).toInstant()),
                Timestamp.from(dates.closed().atTime(17, 0).atZone(zone).toInstant()),
                Timestamp.from(dates.published().atTime(14, 0).atZone(zone).toInstant()), scanId);
    }

    private void as(String email, Runnable work) {
        UserDetails account = users.loadUserByUsername(email);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account, null, account.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static QuestionSet withOwnQuestions(QuestionSet set) {
        List<QuestionSet.Question> questions = new ArrayList<>(set.questions());
        questions.add(new QuestionSet.Question(DemoRespondents.OWN_RATING, QuestionSet.Section.UNDERCURRENTS,
                QuestionSet.Type.RATING,
                new QuestionSet.LocalText("I can do my work without waiting for another department.",
                        "Ik kan mijn werk doen zonder op een andere afdeling te wachten."), List.of(), false, true));
        questions.add(new QuestionSet.Question(DemoRespondents.OWN_CHOICE, QuestionSet.Section.UNDERCURRENTS,
                QuestionSet.Type.CHOICE,
                new QuestionSet.LocalText("How do you usually hear about a change?", "Hoe hoor je meestal van een verandering?"),
                List.of(new QuestionSet.LocalText("From my manager", "Van mijn leidinggevende"),
                        new QuestionSet.LocalText("Intranet or e-mail", "Via intranet of e-mail"),
                        new QuestionSet.LocalText("From colleagues in the corridor", "Van collega’s in de wandelgang"),
                        new QuestionSet.LocalText("Only once it has happened", "Pas als het al gebeurd is")), false, true));
        questions.add(new QuestionSet.Question(DemoRespondents.OWN_TEXT, QuestionSet.Section.UNDERCURRENTS,
                QuestionSet.Type.TEXT,
                new QuestionSet.LocalText("What should your department do differently tomorrow?",
                        "Wat zou jouw afdeling morgen anders moeten doen?"), List.of(), false, true));
        return new QuestionSet(set.themes(), questions);
    }
}
