package nl.onderstroom.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.Frequency;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.Stop;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;

/**
 * A real organisation on the test database with a published scan whose answers were imported: Verkoop (8) says
 * collaboration with Operatie stops at their door and 7 of them wrote a story about it (at the story threshold of
 * 7); Operatie (7) rates Verkoop poorly too, but only 3 wrote a story (below the threshold: never shown); ICT (6) is
 * an island; Klantenservice (2) is hidden. Also a draft scan, a closed (unpublished) one, and the accounts that
 * access rules tell apart.
 */
public final class ReportFixture {

    public static final String SHOWN_STORY = "Verkoop belooft wat Operatie niet kan leveren, verhaal ";
    public static final String HIDDEN_STORY = "Eenzaam verhaal van Operatie nummer ";

    public final long organisation;
    public final long otherOrganisation;
    public final Map<String, Long> departments = new LinkedHashMap<>();
    public final String organisationName;
    public long published;
    public long closed;
    public long draft;
    public final AccountSummary advisor;
    public final AccountSummary director;
    public final AccountSummary secondDirector;
    public final AccountSummary otherDirector;
    public final AccountSummary otherAdvisor;

    public ReportFixture(OrganisationService organisations, ScanService scans, AccountService accounts) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        organisationName = "Présentatie BV " + suffix;
        long[] ids = SystemSession.call(() -> new long[]{organisations.create(organisationName).id(),
                organisations.create("Ander BV " + suffix).id()});
        organisation = ids[0];
        otherOrganisation = ids[1];
        SystemSession.run(() -> {
            for (String name : List.of("Verkoop", "Operatie", "ICT", "Klantenservice")) {
                departments.put(name, organisations.addDepartment(organisation, new DepartmentDraft(name, null, 12)).id());
            }
            organisations.addDepartment(otherOrganisation, new DepartmentDraft("Lab", null, 5));
            published = scan(scans, "Organisatiescan " + suffix);
            scans.close(published);
            scans.publish(published);
            closed = scan(scans, "Gesloten scan " + suffix);
            scans.close(closed);
            draft = scans.create(organisation, "Concept " + suffix).id();
        });
        advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation));
        director = TestUsers.create(accounts, Role.DIRECTOR, organisation, Set.of());
        secondDirector = TestUsers.create(accounts, Role.DIRECTOR, organisation, Set.of());
        otherDirector = TestUsers.create(accounts, Role.DIRECTOR, otherOrganisation, Set.of());
        otherAdvisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(otherOrganisation));
    }

    public long dept(String name) {
        return departments.get(name);
    }

    private long scan(ScanService scans, String name) {
        long id = scans.create(organisation, name).id();
        scans.open(id);
        List<SurveyAnswers> all = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            all.add(answers("Verkoop", "Operatie", 2, 5, Stop.THEIRS, 4, SHOWN_STORY + i));
        }
        for (int i = 0; i < 7; i++) {
            all.add(answers("Operatie", "Verkoop", 2, 4, Stop.BOTH, 4, i < 3 ? HIDDEN_STORY + i : null));
        }
        for (int i = 0; i < 6; i++) {
            all.add(answers("ICT", "Verkoop", 1, 3, Stop.OURS, 3, null));
        }
        for (int i = 0; i < 2; i++) {
            all.add(answers("Klantenservice", "Verkoop", 4, 4, Stop.NONE, 5, null));
        }
        scans.importAnswers(id, all, false);
        return id;
    }

    private SurveyAnswers answers(String from, String to, int flow, int importance, Stop stop, int inner, String story) {
        SurveyAnswers a = new SurveyAnswers();
        a.setDepartmentId(dept(from));
        a.setInnerFlow(inner);
        SurveyAnswers.ConnectionAnswer c = new SurveyAnswers.ConnectionAnswer(dept(to));
        c.setFrequency(Frequency.WEEKLY);
        c.setImportance(importance);
        c.setFlow(flow);
        c.setStop(stop);
        if (story != null) {
            c.setStory(story);
            c.setStoryThemes(List.of("trust"));
        }
        a.getConnections().add(c);
        a.getThemes().put("trust", 3);
        a.getThemes().put("workload", 4);
        a.getRatings().put("identity.identity", 4);
        a.getRatings().put("identity.integrity", 3);
        a.getRatings().put("identity.image", 2);
        return a;
    }
}
