package nl.onderstroom.scan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An organisation with departments on the test database, and the scans the tests put in it: an open scan with codes,
 * or a scan whose answers were imported, closed and perhaps published. The calls to the scan service that build them
 * are made here only, as the system, so a change in how a scan is made is made once. {@link #create} adds a second
 * organisation and the advisors and director that access rules tell apart.
 */
public final class ScanFixture {

    public static final List<String> DEPARTMENTS = List.of("Verkoop", "Operatie", "ICT", "Klantenservice");

    public long ours;
    public long theirs;
    public final Map<String, Long> departments = new LinkedHashMap<>();
    public long theirDepartment;
    public AccountSummary advisor;
    public AccountSummary otherAdvisor;
    public AccountSummary director;

    /** An opened scan and the codes issued for it before it opened. */
    public record OpenScan(long id, List<String> codes) {
    }

    private ScanFixture() {
    }

    /** Our organisation with {@link #DEPARTMENTS}, another with one department, their advisors and our director. */
    public static ScanFixture create(OrganisationService organisations, AccountService accounts) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        ScanFixture f = organisation(organisations, "Scan ours", DEPARTMENTS);
        SystemSession.run(() -> {
            f.theirs = organisations.create("Scan theirs " + suffix).id();
            f.theirDepartment = organisations.addDepartment(f.theirs, new DepartmentDraft("Lab", null, 3)).id();
        });
        f.advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(f.ours));
        f.otherAdvisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(f.theirs));
        f.director = TestUsers.create(accounts, Role.DIRECTOR, f.ours, Set.of());
        return f;
    }

    /**
     * Only our organisation, named {@code name} and a random suffix, with these departments of 10 staff each, in this
     * order; no accounts (for tests that sign nobody in, or make their own).
     */
    public static ScanFixture organisation(OrganisationService organisations, String name, List<String> departments) {
        ScanFixture f = new ScanFixture();
        String unique = name + " " + UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            f.ours = organisations.create(unique).id();
            for (String department : departments) {
                f.departments.put(department,
                        organisations.addDepartment(f.ours, new DepartmentDraft(department, null, 10)).id());
            }
        });
        return f;
    }

    public long dept(String name) {
        return departments.get(name);
    }

    /** A scan of our organisation with {@code count} codes for the department (none for 0), opened. */
    public OpenScan openScan(ScanService scans, InvitationService invitations, String name, String department, int count) {
        return SystemSession.call(() -> {
            long id = scans.create(ours, name).id();
            List<String> codes = count == 0 ? List.of()
                    : List.copyOf(invitations.issueCodes(id, dept(department), count, false).codes());
            scans.open(id);
            return new OpenScan(id, codes);
        });
    }

    /** An open link of the scan for the department (null: the whole organisation), up to {@code cap} responses. */
    public static String openLink(InvitationService invitations, long scanId, Long department, int cap) {
        return SystemSession.call(() -> invitations.createOpenLink(scanId, department, cap).token());
    }

    /** A scan of the organisation with these answers imported, then opened and closed, and published if asked. */
    public static long importedScan(ScanService scans, long organisation, String name, List<SurveyAnswers> answers,
                                    boolean publish) {
        return SystemSession.call(() -> {
            long id = scans.create(organisation, name).id();
            scans.importAnswers(id, new ArrayList<>(answers), false);
            scans.open(id);
            scans.close(id);
            if (publish) {
                scans.publish(id);
            }
            return id;
        });
    }

    /**
     * A respondent enters with the code (from an office address of their own, in a session of their own) and sends
     * the answers; returns what the portal said.
     */
    public static RespondentService.Outcome respond(RespondentService respondents, String code, SurveyAnswers answers) {
        return respondents.submit(respondents.enter(code, "fixture-" + code, "10.250.0.1"), answers);
    }

    /** How many rows of the table belong to the scan. */
    public static int count(JdbcTemplate jdbc, String table, long scanId) {
        return jdbc.queryForObject("select count(*) from " + table + " where scan_id = ?", Integer.class, scanId);
    }

    /** Complete answers of a staff member of {@code from} who works with {@code to}. */
    public SurveyAnswers answers(String from, String to, String story) {
        SurveyAnswers a = new SurveyAnswers();
        a.setDepartmentId(dept(from));
        a.setInnerFlow(4);
        SurveyAnswers.ConnectionAnswer c = new SurveyAnswers.ConnectionAnswer(dept(to));
        c.setFrequency(Frequency.WEEKLY);
        c.setImportance(5);
        c.setFlow(2);
        c.setStop(Stop.THEIRS);
        c.setStory(story);
        c.setStoryThemes(List.of("trust"));
        a.getConnections().add(c);
        a.getThemes().put("trust", 3);
        a.getThemes().put("workload", 4);
        a.getTexts().put("identity.why", "Om klanten te helpen");
        a.getRatings().put("identity.identity", 4);
        return a;
    }
}
