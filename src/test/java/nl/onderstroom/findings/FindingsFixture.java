package nl.onderstroom.findings;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.Frequency;
import nl.onderstroom.scan.ScanFixture;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.Stop;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;

/**
 * A real organisation with a scan whose answers are known by hand (imported through the scan service, so the map is
 * computed from real tallies on MariaDB): 7 people of Sales rate Operations flow 1, importance 5, "it stops at their
 * door", each with a story of their own; 6 people of Operations rate Sales flow 4, importance 3, no stop, no story;
 * 3 people of Archive (below k = 5) rate Sales. Accounts: two advisors of the organisation, one of another, two
 * directors, and a director of another organisation.
 */
public final class FindingsFixture {

    public static final int SALES_STORIES = 7;

    public long organisation;
    public long otherOrganisation;
    public long sales;
    public long operations;
    public long archive;
    public long scan;
    public AccountSummary advisor;
    public AccountSummary secondAdvisor;
    public AccountSummary otherAdvisor;
    public AccountSummary director;
    public AccountSummary secondDirector;
    public AccountSummary otherDirector;

    public static FindingsFixture create(OrganisationService organisations, ScanService scans, AccountService accounts,
                                         boolean publish) {
        FindingsFixture f = new FindingsFixture();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            f.organisation = organisations.create("Findings " + suffix).id();
            f.otherOrganisation = organisations.create("Findings other " + suffix).id();
            f.sales = organisations.addDepartment(f.organisation, new DepartmentDraft("Sales", null, 12)).id();
            f.operations = organisations.addDepartment(f.organisation, new DepartmentDraft("Operations", null, 12)).id();
            f.archive = organisations.addDepartment(f.organisation, new DepartmentDraft("Archive", null, 4)).id();
            List<SurveyAnswers> answers = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                answers.add(respondent(f.sales, f.operations, 1, 5, Stop.THEIRS,
                        "Our orders wait at their door, case " + (i + 1) + ".", 4));
            }
            for (int i = 0; i < 6; i++) {
                answers.add(respondent(f.operations, f.sales, 4, 3, Stop.NONE, null, 3));
            }
            for (int i = 0; i < 3; i++) {
                answers.add(respondent(f.archive, f.sales, 2, 4, Stop.BOTH, "Archive story " + i, 2));
            }
            f.scan = ScanFixture.importedScan(scans, f.organisation, "Findings scan", answers, publish);
        });
        f.advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(f.organisation));
        f.secondAdvisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(f.organisation));
        f.otherAdvisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(f.otherOrganisation));
        f.director = TestUsers.create(accounts, Role.DIRECTOR, f.organisation, Set.of());
        f.secondDirector = TestUsers.create(accounts, Role.DIRECTOR, f.organisation, Set.of());
        f.otherDirector = TestUsers.create(accounts, Role.DIRECTOR, f.otherOrganisation, Set.of());
        return f;
    }

    public static SurveyAnswers respondent(long department, long target, int flow, int importance, Stop stop,
                                            String story, int workload) {
        SurveyAnswers a = new SurveyAnswers();
        a.setDepartmentId(department);
        a.setInnerFlow(4);
        SurveyAnswers.ConnectionAnswer c = new SurveyAnswers.ConnectionAnswer(target);
        c.setFlow(flow);
        c.setImportance(importance);
        c.setFrequency(Frequency.WEEKLY);
        c.setStop(stop);
        if (story != null) {
            c.setStory(story);
            c.setStoryThemes(List.of("communication"));
        }
        a.getConnections().add(c);
        a.getThemes().put("workload", workload);
        a.getThemes().put("trust", 1);
        a.getRatings().put("identity.identity", 3);
        a.getRatings().put("identity.integrity", 2);
        a.getRatings().put("identity.image", 3);
        return a;
    }
}
