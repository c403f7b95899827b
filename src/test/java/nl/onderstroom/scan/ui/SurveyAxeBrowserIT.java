package nl.onderstroom.scan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.onderstroom.Chromium;
import nl.onderstroom.MariaDbInitializer;
import nl.onderstroom.base.Translations;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.SystemSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.FileSystemUtils;

/**
 * axe-core (WCAG 2.1 A and AA, and Deque's best practices) on every screen a respondent sees, on a 390-px phone and
 * a desktop, in Dutch and in English: code entry (empty and with a wrong code), intro, department, connections (with
 * a card, and with its questions marked as missing), undercurrents, identity, review, thanks, and "received". Fails
 * on any critical or serious violation; prints every violation per screen (lines starting with {@code AXE survey}).
 * Also: the page's language and title follow the reader's language and the step. Screenshots: target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class SurveyAxeBrowserIT {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    OrganisationService organisations;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path profile;
    long sales;
    long operations;
    long scanId;
    List<String> codes;
    String openLink;

    @BeforeEach
    void anOpenScan() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            long organisation = organisations.create("Axe " + suffix).id();
            sales = organisations.addDepartment(organisation, new DepartmentDraft("Verkoop", null, 10)).id();
            operations = organisations.addDepartment(organisation, new DepartmentDraft("Operatie", null, 10)).id();
            organisations.addDepartment(organisation, new DepartmentDraft("Klantenservice", null, 10));
            scanId = scans.create(organisation, "Toegankelijkheidsscan").id();
            codes = invitations.issueCodes(scanId, sales, 2, false).codes();
            openLink = invitations.createOpenLink(scanId, null, 10).token();
            scans.open(scanId);
        });
    }

    @AfterEach
    void quit() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void waitUntilIdle() {
        wait.until(d -> Boolean.TRUE.equals(js("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.keys(clients).length > 0
                    && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
    }

    private void click(String css) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
        js("arguments[0].scrollIntoView({block:'center'})", e);
        e.click();
        waitUntilIdle();
    }

    private void radio(String groupId, int n) {
        List<WebElement> inputs = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[id='" + groupId + "'] vaadin-radio-button input"));
            return found.isEmpty() ? null : found;
        });
        js("arguments[0].scrollIntoView({block:'center'})", inputs.get(n));
        inputs.get(n).click();
        waitUntilIdle();
    }

    private void next(String expected) {
        click("#survey-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(expected)));
        waitUntilIdle();
    }

    /** Runs axe on the page as it is; records its violations under the screen's name. */
    private void audit(Map<String, List<String>> found, String screen, int width, String language) throws IOException {
        waitUntilIdle();
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
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve("axe-survey-" + screen + "-" + width + "-" + language + ".png"),
                driver.getScreenshotAs(OutputType.BYTES));
        // the page speaks the reader's language
        assertThat(js("return document.documentElement.lang")).as(name + ": html lang").isEqualTo(language);
    }

    private void start(int width, String language) throws IOException {
        profile = Files.createTempDirectory("onderstroom-axe");
        driver = Chromium.start(profile, width, 900, language);
        wait = new WebDriverWait(driver, Duration.ofSeconds(90));
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"390, nl", "390, en", "1280, nl", "1280, en"})
    void every_respondent_screen_passes_axe_without_critical_or_serious_violations(int width, String language)
            throws IOException {
        start(width, language);
        java.util.Locale locale = "nl".equals(language) ? Translations.DUTCH : Translations.ENGLISH;
        Map<String, List<String>> found = new LinkedHashMap<>();

        driver.get("http://localhost:" + port + "/s");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-field")));
        audit(found, "code", width, language);
        WebElement field = driver.findElement(By.cssSelector("#code-field input"));
        field.sendKeys("ABCD-EFGH-JKMN");
        click("#code-submit");
        wait.until(d -> !d.findElement(By.id("code-error")).getText().isBlank());
        // the wrong code is said at the field: the field is invalid and its description is the message
        assertThat(driver.findElement(By.id("code-field")).getAttribute("invalid")).isNotNull();
        audit(found, "code-wrong", width, language);

        driver.get("http://localhost:" + port + "/s/" + openLink);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-intro")));
        audit(found, "intro-open-link", width, language);
        next("step-department");
        audit(found, "department", width, language);

        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/s/" + codes.get(0));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-intro")));
        audit(found, "intro", width, language);
        String stepName = Translations.get(locale, "scan.survey.step.intro");
        assertThat(driver.getTitle()).as("the page title names the step").contains(stepName);
        next("step-connections");
        assertThat(driver.getTitle()).contains(Translations.get(locale, "scan.survey.step.connections"));
        WebElement operatie = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='connection-departments']//vaadin-checkbox[normalize-space(.)='Operatie']//input")));
        js("arguments[0].scrollIntoView({block:'center'})", operatie);
        operatie.click();
        waitUntilIdle();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("connection-" + operations)));
        audit(found, "connections", width, language);
        click("#survey-next");
        wait.until(d -> d.findElement(By.id("inner-flow")).getAttribute("invalid") != null);
        // every missing answer is marked at its question, and the first one has the focus
        for (String id : List.of("inner-flow", "frequency-" + operations, "importance-" + operations,
                "flow-" + operations, "stops-" + operations)) {
            assertThat(driver.findElement(By.id(id)).getAttribute("invalid")).as(id + " invalid").isNotNull();
            assertThat(driver.findElement(By.id(id)).getAttribute("aria-required")).as(id + " required").isEqualTo("true");
        }
        wait.until(d -> Boolean.TRUE.equals(js("return !!document.activeElement && !!document.activeElement.closest('#inner-flow')")));
        assertThat(driver.findElement(By.cssSelector("#inner-flow [slot='error-message']")).getText())
                .isEqualTo(Translations.get(locale, "scan.respond.innerFlowMissing"));
        audit(found, "connections-missing", width, language);
        radio("inner-flow", 3);
        radio("frequency-" + operations, 3);
        radio("importance-" + operations, 4);
        radio("flow-" + operations, 1);
        radio("stops-" + operations, 3);
        next("step-undercurrents");
        audit(found, "undercurrents", width, language);
        next("step-identity");
        audit(found, "identity", width, language);
        next("step-review");
        audit(found, "review", width, language);
        click("#survey-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-done")));
        audit(found, "done", width, language);
        driver.get("http://localhost:" + port + "/s/" + codes.get(0));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-received")));
        audit(found, "received", width, language);

        List<String> severe = found.entrySet().stream().flatMap(e -> e.getValue().stream()
                .filter(v -> v.startsWith("critical") || v.startsWith("serious")).map(v -> e.getKey() + ": " + v)).toList();
        assertThat(severe).as("critical or serious axe violations").isEmpty();
    }
}
