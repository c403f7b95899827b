package nl.onderstroom.findings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.onderstroom.ViewTestSupport;
import nl.onderstroom.findings.ActionDraft;
import nl.onderstroom.findings.ActionStatus;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.FindingDraft;
import nl.onderstroom.findings.FindingView;
import nl.onderstroom.findings.FindingsFixture;
import nl.onderstroom.findings.FindingEditService;
import nl.onderstroom.findings.Part;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.Stop;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.SystemSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The findings page of the second wave lists the first wave's action with its connection's change, as read. */
class WaveChangesListViewTest extends ViewTestSupport {

    @Autowired
    FindingEditService edits;
    @Autowired
    ActionsService actions;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    AccountService accounts;

    @Test
    void the_second_waves_findings_page_shows_the_first_waves_action_with_its_change() {
        FindingsFixture f = FindingsFixture.create(organisations, scans, accounts, false);
        loginAs(f.advisor);
        FindingView finding = edits.create(f.scan, new FindingDraft("Orders wait", "Text",
                List.of(Part.connection(f.sales, f.operations)), List.of()));
        actions.create(finding.id(), new ActionDraft("Weekly meeting", f.director.id(), LocalDate.of(2027, 3, 1),
                ActionStatus.OPEN));
        long later = SystemSession.call(() -> {
            long id = scans.create(f.organisation, "Second wave").id();
            List<SurveyAnswers> answers = new ArrayList<>();
            for (int i = 0; i < 7; i++) {
                answers.add(FindingsFixture.respondent(f.sales, f.operations, 3, 5, Stop.NONE, null, 4));
            }
            for (int i = 0; i < 6; i++) {
                answers.add(FindingsFixture.respondent(f.operations, f.sales, 4, 3, Stop.NONE, null, 3));
            }
            scans.importAnswers(id, answers, false);
            scans.open(id);
            scans.close(id);
            return id;
        });
        navigate("scans/" + later + "/findings");
        String text = _get(Div.class, s -> s.withId("wave-changes")).getElement().getTextRecursively();
        NumberFormat n = NumberFormat.getNumberInstance(locale());
        n.setMinimumFractionDigits(1);
        n.setMaximumFractionDigits(1);
        assertThat(text).contains(t("gaps.wave.title"), "Weekly meeting",
                t("gaps.wave.connection", "Sales", "Operations") + ": "
                        + t("gaps.wave.change", n.format(1.0), n.format(3.0), "+" + n.format(2.0)));
    }
}
