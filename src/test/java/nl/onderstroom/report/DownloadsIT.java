package nl.onderstroom.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.imageio.ImageIO;

import nl.onderstroom.MariaDbInitializer;
import nl.onderstroom.base.Translations;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The download buttons of the results screens on the real server, signed in through the form as a person is: the
 * session reaches the files (directors included, who have no API access), and the results' access rules hold.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class DownloadsIT {

    @LocalServerPort
    int port;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    AccountService accounts;

    ReportFixture f;

    @BeforeEach
    void setUp() {
        f = new ReportFixture(organisations, scans, accounts);
    }

    private SignedInClient as(AccountSummary account) throws Exception {
        return new SignedInClient(port, account.email(), TestUsers.PASSWORD);
    }

    @Test
    void a_director_downloads_report_picture_matrix_and_network_of_a_published_scan_only() throws Exception {
        SignedInClient director = as(f.director);
        HttpResponse<byte[]> report = director.get("/downloads/scans/" + f.published + "/report.pdf?lang=nl", "en");
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(PdfText.of(report.body())).contains(Translations.get(Translations.DUTCH, "report.title"),
                f.organisationName);

        HttpResponse<byte[]> png = director.get("/downloads/scans/" + f.published + "/map.png?lang=en", "nl");
        assertThat(png.statusCode()).isEqualTo(200);
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertThat(picture.getWidth()).isGreaterThan(1000);

        String csv = new String(director.get("/downloads/scans/" + f.published + "/matrix.csv", "nl").body(),
                StandardCharsets.UTF_8);
        assertThat(csv).contains("Verkoop", "Operatie");
        String graphml = new String(director.get("/downloads/scans/" + f.published + "/map-graph.graphml", "nl").body(),
                StandardCharsets.UTF_8);
        assertThat(graphml).contains("<graphml", "Verkoop");

        // an unpublished scan of their own organisation: not found, in the reader's language
        HttpResponse<byte[]> closed = director.get("/downloads/scans/" + f.closed + "/report.pdf", "nl");
        assertThat(closed.statusCode()).isEqualTo(404);
        assertThat(new String(closed.body(), StandardCharsets.UTF_8))
                .isEqualTo(Translations.get(Translations.DUTCH, "base.error.notFound"));
        assertThat(director.get("/downloads/scans/" + f.draft + "/map.png", "nl").statusCode()).isEqualTo(404);
        // the works-council sheet is the advisor's
        assertThat(director.get("/downloads/scans/" + f.draft + "/works-council-sheet.pdf", "en").statusCode()).isEqualTo(403);
    }

    @Test
    void a_director_of_another_organisation_gets_nothing() throws Exception {
        SignedInClient other = as(f.otherDirector);
        for (String file : new String[]{"report.pdf", "map.png", "matrix.csv", "map-graph.graphml"}) {
            HttpResponse<byte[]> response = other.get("/downloads/scans/" + f.published + "/" + file, "en");
            assertThat(response.statusCode()).as(file).isEqualTo(404);
            assertThat(new String(response.body(), StandardCharsets.UTF_8)).as(file).doesNotContain("Verkoop");
        }
    }

    @Test
    void the_advisor_downloads_the_works_council_sheet_of_a_draft_and_the_report_once_closed() throws Exception {
        SignedInClient advisor = as(f.advisor);
        HttpResponse<byte[]> sheet = advisor.get("/downloads/scans/" + f.draft + "/works-council-sheet.pdf", "nl-NL,nl;q=0.9");
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(PdfText.of(sheet.body())).contains(Translations.get(Translations.DUTCH, "report.council.title"));
        assertThat(advisor.get("/downloads/scans/" + f.closed + "/report.pdf?lang=en", "nl").statusCode()).isEqualTo(200);
        HttpResponse<byte[]> draft = advisor.get("/downloads/scans/" + f.draft + "/report.pdf", "en");
        assertThat(draft.statusCode()).isEqualTo(409);
        assertThat(new String(draft.body(), StandardCharsets.UTF_8)).startsWith(
                Translations.get(Locale.ENGLISH, "map.notYet.noDate").substring(0, 20));
    }

    @Test
    void the_scan_screens_links_serve_the_sheet_of_a_draft_in_dutch_and_english_with_the_organisations_name() throws Exception {
        SignedInClient advisor = as(f.advisor);
        // the paths of WorksCouncilDownloads on the advisor's scan screen (scan/ui), relative to the app's root
        for (Locale language : new Locale[]{Translations.DUTCH, Locale.ENGLISH}) {
            HttpResponse<byte[]> sheet = advisor.get("/downloads/scans/" + f.draft + "/works-council-sheet.pdf?lang="
                    + language.getLanguage(), "fr");
            assertThat(sheet.statusCode()).isEqualTo(200);
            assertThat(sheet.headers().firstValue("Content-Type")).hasValue("application/pdf");
            assertThat(PdfText.of(sheet.body())).contains(f.organisationName,
                    Translations.get(language, "report.council.title"));
        }
    }
}
