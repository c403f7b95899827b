package nl.onderstroom.report;

import java.time.LocalDate;
import java.util.List;

import nl.onderstroom.findings.ActionDraft;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.Evidence;
import nl.onderstroom.findings.FindingDraft;
import nl.onderstroom.findings.FindingView;
import nl.onderstroom.findings.FindingEditService;
import nl.onderstroom.findings.FindingsService;
import nl.onderstroom.findings.Part;
import nl.onderstroom.security.TestUsers;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Three findings on the fixture's published scan, written by its advisor: the stop between Verkoop and Operatie
 * with one of Verkoop's stories picked (the group is at the story threshold), the island ICT, and Operatie's view of
 * Verkoop (whose stories are below the threshold: none can be picked or shown). Two actions owned by the director,
 * one overdue.
 */
public final class FixtureFindings {

    public static final String FIRST = "De energie stopt bij de deur van Operatie";
    public static final String SECOND = "ICT werkt als een eiland";
    public static final String THIRD = "Operatie ziet Verkoop als een last";
    public static final String OVERDUE_ACTION = "Gezamenlijk weekoverleg Verkoop en Operatie";
    public static final String LATER_ACTION = "ICT schuift aan bij het klantoverleg";

    public final List<FindingView> findings;
    public final String pickedStory;

    public FixtureFindings(ReportFixture f, FindingsService findingsService, FindingEditService edits,
                           ActionsService actions, UserDetailsService users) {
        TestUsers.loginAs(users, f.advisor);
        try {
            long verkoop = f.dept("Verkoop");
            long operatie = f.dept("Operatie");
            List<Part> stopParts = List.of(Part.connection(verkoop, operatie), Part.department(operatie));
            Evidence choice = findingsService.evidenceFor(f.published, stopParts, List.of());
            Evidence.StoryChoice story = choice.stories().stream()
                    .filter(s -> s.text().startsWith(ReportFixture.SHOWN_STORY)).findFirst().orElseThrow();
            pickedStory = story.text();
            FindingView first = edits.create(f.published, new FindingDraft(FIRST,
                    "Iedere deur staat open, maar **Verkoop** en Operatie werken langs elkaar heen.\n\n- Beloftes zonder overleg\n- Geen gezamenlijk overleg",
                    stopParts, List.of(story.ref())));
            FindingView second = edits.create(f.published, new FindingDraft(SECOND,
                    "ICT beoordeelt de samenwerking met Verkoop met een 1.", List.of(Part.department(f.dept("ICT"))),
                    List.of()));
            FindingView third = edits.create(f.published, new FindingDraft(THIRD,
                    "Operatie zegt dat het aan beide deuren stopt.", List.of(Part.connection(operatie, verkoop),
                    Part.theme("workload")), List.of()));
            findings = List.of(first, second, third);
            actions.create(first.id(), new ActionDraft(OVERDUE_ACTION, f.director.id(), LocalDate.of(2020, 1, 15), null));
            actions.create(second.id(), new ActionDraft(LATER_ACTION, f.director.id(), LocalDate.of(2036, 6, 1), null));
        } finally {
            TestUsers.logout();
        }
    }
}
