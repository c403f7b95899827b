package nl.onderstroom.scan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.onderstroom.BrowserTest;
import nl.onderstroom.Chromium;
import nl.onderstroom.base.Translations;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanFixture;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * axe-core (WCAG 2.1 A and AA, and Deque's best practices) on every screen a respondent sees, on a 390-px phone and
 * a desktop, in Dutch and in English: code entry (empty and with a wrong code), intro, department, connections (with
 * a card, and with its questions marked as missing), undercurrents, identity, review, thanks, and "received". Fails
 * on any critical or serious violation; prints every violation per screen (lines starting with {@code AXE survey}).
 * Also: the page's language and title follow the reader's language and the step. Screenshots: target/screenshots.
 */
@BrowserTest
class SurveyAxeBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    OrganisationService organisations;

    private Chromium browser;
    private ChromeDriver driver;
    long operations;
    List<String> codes;
    String openLink;

    @BeforeEach
    void anOpenScan() {
        ScanFixture f = ScanFixture.organisation(organisations, "Axe", List.of("Verkoop", "Operatie", "Klantenservice"));
        operations = f.dept("Operatie");
        ScanFixture.OpenScan scan = f.openScan(scans, invitations, "Toegankelijkheidsscan", "Verkoop", 2);
        codes = scan.codes();
        openLink = ScanFixture.openLink(invitations, scan.id(), null, 10);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    private void next(String expected) {
        browser.click("#survey-next");
        browser.present(expected);
        browser.waitUntilIdle();
    }

    /** Runs axe on the page as it is; records its violations under the screen's name. */
    private void audit(Map<String, List<String>> found, String screen, int width, String language) {
        browser.waitUntilIdle();
        // Lumo's fields finish drawing after the server's answer
        js("return new Promise(r => requestAnimationFrame(() => setTimeout(r, 300)))");
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .analyze(driver);
        List<String> lines = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            lines.add(rule.getImpact() + " " + rule.getId() + " ×" + rule.getNodes().size() + " "
                    + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList());
        }
        String name = screen + " " + width + " " + language;
        found.put(name, lines);
        System.out.println("AXE survey " + name + ": " + lines.size() + " violation(s) " + lines);
        browser.shot("axe-survey-" + screen + "-" + width + "-" + language);
        // the page speaks the reader's language
        assertThat(js("return document.documentElement.lang")).as(name + ": html lang").isEqualTo(language);
    }

    private void start(int width, String language) {
        browser = Chromium.open(width, 900, language);
        driver = browser.driver();
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"390, nl", "390, en", "1280, nl", "1280, en"})
    void every_respondent_screen_passes_axe_without_critical_or_serious_violations(int width, String language) {
        start(width, language);
        java.util.Locale locale = "nl".equals(language) ? Translations.DUTCH : Translations.ENGLISH;
        Map<String, List<String>> found = new LinkedHashMap<>();

        browser.load("http://localhost:" + port + "/s", "code-field");
        audit(found, "code", width, language);
        WebElement field = driver.findElement(By.cssSelector("#code-field input"));
        field.sendKeys("ABCD-EFGH-JKMN");
        browser.click("#code-submit");
        browser.waiting().until(d -> !d.findElement(By.id("code-error")).getText().isBlank());
        // the wrong code is said at the field: the field is invalid and its description is the message
        assertThat(driver.findElement(By.id("code-field")).getAttribute("invalid")).isNotNull();
        audit(found, "code-wrong", width, language);

        driver.get("http://localhost:" + port + "/s/" + openLink);
        browser.present("step-intro");
        audit(found, "intro-open-link", width, language);
        next("step-department");
        audit(found, "department", width, language);

        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/s/" + codes.get(0));
        browser.present("step-intro");
        audit(found, "intro", width, language);
        String stepName = Translations.get(locale, "scan.survey.step.intro");
        assertThat(driver.getTitle()).as("the page title names the step").contains(stepName);
        next("step-connections");
        assertThat(driver.getTitle()).contains(Translations.get(locale, "scan.survey.step.connections"));
        WebElement operatie = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='connection-departments']//vaadin-checkbox[normalize-space(.)='Operatie']//input")));
        browser.click(operatie);
        browser.present("connection-" + operations);
        audit(found, "connections", width, language);
        browser.click("#survey-next");
        browser.waiting().until(d -> d.findElement(By.id("inner-flow")).getAttribute("invalid") != null);
        // every missing answer is marked at its question, and the first one has the focus
        for (String id : List.of("inner-flow", "frequency-" + operations, "importance-" + operations,
                "flow-" + operations, "stops-" + operations)) {
            assertThat(driver.findElement(By.id(id)).getAttribute("invalid")).as(id + " invalid").isNotNull();
            assertThat(driver.findElement(By.id(id)).getAttribute("aria-required")).as(id + " required").isEqualTo("true");
        }
        browser.waiting().until(d -> Boolean.TRUE.equals(js("return !!document.activeElement && !!document.activeElement.closest('#inner-flow')")));
        assertThat(driver.findElement(By.cssSelector("#inner-flow [slot='error-message']")).getText())
                .isEqualTo(Translations.get(locale, "scan.respond.innerFlowMissing"));
        audit(found, "connections-missing", width, language);
        browser.radio("inner-flow", 3);
        browser.radio("frequency-" + operations, 3);
        browser.radio("importance-" + operations, 4);
        browser.radio("flow-" + operations, 1);
        browser.radio("stops-" + operations, 3);
        next("step-undercurrents");
        audit(found, "undercurrents", width, language);
        next("step-identity");
        audit(found, "identity", width, language);
        next("step-review");
        audit(found, "review", width, language);
        browser.click("#survey-submit");
        browser.present("survey-done");
        audit(found, "done", width, language);
        driver.get("http://localhost:" + port + "/s/" + codes.get(0));
        browser.present("survey-received");
        audit(found, "received", width, language);

        List<String> severe = found.entrySet().stream().flatMap(e -> e.getValue().stream()
                .filter(v -> v.startsWith("critical") || v.startsWith("serious")).map(v -> e.getKey() + ": " + v)).toList();
        assertThat(severe).as("critical or serious axe violations").isEmpty();
    }
}
