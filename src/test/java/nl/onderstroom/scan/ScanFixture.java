package nl.onderstroom.scan;

import java.util.LinkedHashMap;
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

/** Two organisations with departments and their advisors and director, for scan tests. */
final class ScanFixture {

    long ours;
    long theirs;
    final Map<String, Long> departments = new LinkedHashMap<>();
    long theirDepartment;
    AccountSummary advisor;
    AccountSummary otherAdvisor;
    AccountSummary director;

    static ScanFixture create(OrganisationService organisations, AccountService accounts) {
        ScanFixture f = new ScanFixture();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            f.ours = organisations.create("Scan ours " + suffix).id();
            f.theirs = organisations.create("Scan theirs " + suffix).id();
            for (String name : new String[] {"Verkoop", "Operatie", "ICT", "Klantenservice"}) {
                f.departments.put(name, organisations.addDepartment(f.ours, new DepartmentDraft(name, null, 10)).id());
            }
            f.theirDepartment = organisations.addDepartment(f.theirs, new DepartmentDraft("Lab", null, 3)).id();
        });
        f.advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(f.ours));
        f.otherAdvisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(f.theirs));
        f.director = TestUsers.create(accounts, Role.DIRECTOR, f.ours, Set.of());
        return f;
    }

    long dept(String name) {
        return departments.get(name);
    }

    /** Complete answers of a staff member of {@code from} who works with {@code to}. */
    SurveyAnswers answers(String from, String to, String story) {
        SurveyAnswers a = new SurveyAnswers();
        a.setDepartmentId(dept(from));
        a.setInnerFlow(4);
        SurveyAnswers.ConnectionAnswer c = new SurveyAnswers.ConnectionAnswer(dept(to));
        c.setFrequency(Frequency.WEEKLY);
        c.setImportance(5);
        c.setFlow(2);
        c.setStop(Stop.THEIRS);
        c.setStory(story);
        c.setStoryThemes(java.util.List.of("trust"));
        a.getConnections().add(c);
        a.getThemes().put("trust", 3);
        a.getThemes().put("workload", 4);
        a.getTexts().put("identity.why", "Om klanten te helpen");
        a.getRatings().put("identity.identity", 4);
        return a;
    }
}
