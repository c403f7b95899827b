package nl.onderstroom.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.base.Translations;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.InvitationCodes;
import nl.onderstroom.scan.PrintedSheet;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.RespondentService.Ticket;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** {@code POST /api/v1/scans/{id}/codes?format=pdf}: the printed sheet a script downloads works card by card. */
@IntegrationTest
class InvitationSheetApiIT {

    private static final String PUBLIC_URL = "https://scan.example.test";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    RespondentService respondents;

    MockMvc mvc;
    long scan;
    long department;
    String departmentName;
    AccountSummary advisor;

    @BeforeEach
    void anOpenScan() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        departmentName = "Łódź & Zürich \u2013 Ελληνικά, Кириллица, İstanbul \u2018binnendienst\u2019 " + suffix;
        SystemSession.run(() -> {
            long organisation = organisations.create("Sheet " + suffix).id();
            department = organisations.addDepartment(organisation, new DepartmentDraft(departmentName, null, 40)).id();
            scan = scans.create(organisation, "Medewerkersonderzoek \u201Conder de oppervlakte\u201D 2026, tweede golf " + suffix).id();
            scans.open(scan);
        });
        advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(SystemSession.call(() -> scans.scan(scan).organisationId())));
    }

    private String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((advisor.email() + ":" + TestUsers.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private byte[] sheet(String query, String acceptLanguage, int count) throws Exception {
        return mvc.perform(post("/api/v1/scans/" + scan + "/codes" + query).header("Authorization", basic())
                        .header("Accept-Language", acceptLanguage)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"departmentId\":" + department + ",\"count\":" + count + "}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void every_card_of_a_dutch_sheet_of_twenty_five_opens_the_survey_for_its_department() throws Exception {
        PrintedSheet sheet = PrintedSheet.read(sheet("?format=pdf", "nl-NL,nl;q=0.9", 25),
                java.nio.file.Path.of("target", "invitation-sheets", "api-nl-25"));
        // long names make taller cards: six a page instead of eight
        assertThat(sheet.pages()).hasSize(5);
        List<String> links = sheet.allQrCodes();
        assertThat(links).hasSize(25).doesNotHaveDuplicates();
        int n = 0;
        for (PrintedSheet.Page page : sheet.pages()) {
            assertThat(page.text()).contains(Translations.get(Translations.DUTCH, "scan.sheet.howTo", PUBLIC_URL + "/s/")
                    .substring(0, 30));
            for (String link : page.qrCodes()) {
                String code = opens(link, n++);
                // the card's printed code is the one its QR code opens
                assertThat(page.text()).contains(InvitationCodes.format(code));
            }
        }
        // the names print as typed, on every card (a card's lines stay together in its column)
        for (String column : sheet.pages().get(0).columns()) {
            assertThat(column.replaceAll("\\s+", " ")).contains(departmentName);
        }
    }

    @Test
    void an_english_sheet_is_asked_for_with_lang() throws Exception {
        PrintedSheet sheet = PrintedSheet.read(sheet("?format=pdf&lang=en", "nl", 3), null);
        String text = sheet.pages().get(0).text().replaceAll("\\s+", " ");
        assertThat(text).contains(Translations.get(Locale.ENGLISH, "scan.sheet.howTo", PUBLIC_URL + "/s/"));
        assertThat(sheet.allQrCodes()).hasSize(3);
        for (String link : sheet.allQrCodes()) {
            assertThat(text).contains(InvitationCodes.format(opens(link, 100)));
        }
    }

    /** Resolves a link as the app does when it is opened: the code gives a ticket for this scan and department. */
    private String opens(String link, int visitor) {
        URI uri = URI.create(link);
        assertThat(uri.getScheme() + "://" + uri.getAuthority()).isEqualTo(PUBLIC_URL);
        assertThat(uri.getPath()).startsWith("/s/");
        String code = uri.getPath().substring(3);
        Ticket ticket = respondents.enter(code, "sheet-" + visitor, "10.77.0." + (visitor % 250));
        assertThat(ticket.scanId()).isEqualTo(scan);
        assertThat(ticket.departmentId()).isEqualTo(department);
        assertThat(respondents.survey(ticket).departments()).extracting(d -> d.name()).contains(departmentName);
        return code;
    }
}
