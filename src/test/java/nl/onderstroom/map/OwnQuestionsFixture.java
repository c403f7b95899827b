package nl.onderstroom.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.Frequency;
import nl.onderstroom.scan.QuestionSet;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.Stop;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;

/**
 * A published scan with three questions of the advisor's own, answered through the scan service (stored as the
 * survey stores them). Verkoop 12, Operatie 10, Klantenservice 6 and ICT 3 respondents: the map hides ICT (below
 * k = 5) and, so that ICT cannot be worked out from the total, Klantenservice too.
 *
 * <ul>
 * <li>rating "tempo": Verkoop all 4, Operatie all 2, ICT and Klantenservice all 5 (shown mean: 68 / 22);</li>
 * <li>choice "werkplek" (thuis / kantoor / beide): Verkoop 7 / 5 / 0, Operatie 9 / 1 / 0, the hidden ones all
 *     "beide";</li>
 * <li>text "wens": Verkoop 8 answers ("verkoop-i"), Operatie 2, ICT 3.</li>
 * </ul>
 */
public final class OwnQuestionsFixture {

    public long organisation;
    public long scanId;
    public final Map<String, Long> departments = new LinkedHashMap<>();
    public AccountSummary advisor;
    public AccountSummary director;
    public AccountSummary otherAdvisor;

    public static OwnQuestionsFixture create(OrganisationService organisations, AccountService accounts, ScanService scans) {
        OwnQuestionsFixture f = new OwnQuestionsFixture();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        long[] other = new long[1];
        SystemSession.run(() -> {
            f.organisation = organisations.create("Eigen vragen " + suffix).id();
            other[0] = organisations.create("Andere " + suffix).id();
            for (String name : List.of("Verkoop", "Operatie", "Klantenservice", "ICT")) {
                f.departments.put(name, organisations.addDepartment(f.organisation, new DepartmentDraft(name, null, 15)).id());
            }
        });
        f.advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(f.organisation));
        f.otherAdvisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(other[0]));
        f.director = TestUsers.create(accounts, Role.DIRECTOR, f.organisation, Set.of());
        SystemSession.run(() -> {
            f.scanId = scans.create(f.organisation, "Scan met eigen vragen").id();
            QuestionSet defaults = QuestionSet.defaults();
            List<QuestionSet.Question> questions = new ArrayList<>(defaults.questions());
            questions.add(new QuestionSet.Question("tempo", QuestionSet.Section.UNDERCURRENTS, QuestionSet.Type.RATING,
                    new QuestionSet.LocalText("We can keep up with the pace of change.", "We kunnen het tempo van verandering bijhouden."),
                    List.of(), false, true));
            questions.add(new QuestionSet.Question("werkplek", QuestionSet.Section.UNDERCURRENTS, QuestionSet.Type.CHOICE,
                    new QuestionSet.LocalText("Where do you work best?", "Waar werk je het best?"),
                    List.of(new QuestionSet.LocalText("At home", "Thuis"), new QuestionSet.LocalText("At the office", "Op kantoor"),
                            new QuestionSet.LocalText("Both", "Beide")), false, true));
            questions.add(new QuestionSet.Question("wens", QuestionSet.Section.UNDERCURRENTS, QuestionSet.Type.TEXT,
                    new QuestionSet.LocalText("One wish for next year?", "Eén wens voor volgend jaar?"), List.of(), false, true));
            scans.updateQuestionSet(f.scanId, new QuestionSet(defaults.themes(), questions));
            List<SurveyAnswers> staff = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                staff.add(f.answers("Verkoop", "4", i < 7 ? "0" : "1", i < 8 ? "verkoop-" + i : null));
            }
            for (int i = 0; i < 10; i++) {
                staff.add(f.answers("Operatie", "2", i < 9 ? "0" : "1", i < 2 ? "operatie-" + i : null));
            }
            for (int i = 0; i < 6; i++) {
                staff.add(f.answers("Klantenservice", "5", "2", null));
            }
            for (int i = 0; i < 3; i++) {
                staff.add(f.answers("ICT", "5", "2", "ict-" + i));
            }
            scans.importAnswers(f.scanId, staff, false);
            scans.open(f.scanId);
            scans.close(f.scanId);
            scans.publish(f.scanId);
        });
        return f;
    }

    public long dept(String name) {
        return departments.get(name);
    }

    private SurveyAnswers answers(String department, String rating, String choice, String text) {
        SurveyAnswers a = new SurveyAnswers();
        a.setDepartmentId(dept(department));
        a.setInnerFlow(4);
        String to = department.equals("Verkoop") ? "Operatie" : "Verkoop";
        SurveyAnswers.ConnectionAnswer c = new SurveyAnswers.ConnectionAnswer(dept(to));
        c.setFrequency(Frequency.WEEKLY);
        c.setImportance(4);
        c.setFlow(3);
        c.setStop(Stop.NONE);
        a.getConnections().add(c);
        a.getCustom().put("tempo", rating);
        a.getCustom().put("werkplek", choice);
        if (text != null) {
            a.getCustom().put("wens", text);
        }
        return a;
    }
}
