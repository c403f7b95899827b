package nl.onderstroom.scan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The works-council sheet's download links on the advisor's screen of a draft scan (DownloadsIT follows the same paths on the real server). */
class WorksCouncilDownloadsViewTest extends nl.onderstroom.ViewTestSupport {

    @Autowired
    ScanService scans;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;

    @Test
    void a_draft_scan_links_the_sheet_in_dutch_and_english_() throws Exception {
        String name = "Raadgroep " + UUID.randomUUID().toString().substring(0, 8);
        long[] ids = new long[2];
        SystemSession.run(() -> {
            ids[0] = organisations.create(name).id();
            organisations.addDepartment(ids[0], new DepartmentDraft("Verkoop", null, 10));
            ids[1] = scans.create(ids[0], "Voorjaar").id();
        });
        loginAs(TestUsers.create(accounts, Role.ADVISOR, null, Set.of(ids[0])));
        navigate("scans/" + ids[1]);
        assertThat(_get(Span.class, spec -> spec.withId("scan-status")).getText()).isEqualTo(t("scan.status.DRAFT"));

        Anchor dutch = _get(Anchor.class, spec -> spec.withId("works-council-nl"));
        Anchor english = _get(Anchor.class, spec -> spec.withId("works-council-en"));
        assertThat(dutch.getHref()).isEqualTo("downloads/scans/" + ids[1] + "/works-council-sheet.pdf?lang=nl");
        assertThat(english.getHref()).isEqualTo("downloads/scans/" + ids[1] + "/works-council-sheet.pdf?lang=en");
        assertThat(dutch.getElement().hasAttribute("router-ignore")).isTrue();

        // the same path served on the real server, signed in through the form: DownloadsIT
    }
}
