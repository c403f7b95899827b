package nl.onderstroom.scan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.onderstroom.MariaDbInitializer;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * In headless Chromium: a respondent answers a whole scan on a 360-px phone; an advisor watches the response count
 * change by server push. Screenshots go to target/screenshots/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class ScanBrowserIT {

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @LocalServerPort
    int port;
    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    RespondentService respondents;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path profile;
    long organisation;
    long sales;
    long operations;
    long scanId;
    List<String> codes;

    @BeforeEach
    void anOpenScan() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            organisation = organisations.create("Browser " + suffix).id();
            sales = organisations.addDepartment(organisation, new DepartmentDraft("Verkoop", null, 10)).id();
            operations = organisations.addDepartment(organisation, new DepartmentDraft("Operatie", null, 10)).id();
            scanId = scans.create(organisation, "Telefoonscan").id();
            codes = invitations.issueCodes(scanId, sales, 6, false).codes();
            scans.open(scanId);
        });
    }

    @AfterEach
    void quit() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
        TestUsers.logout();
    }

    private void startBrowser(int width, int height) throws IOException {
        profile = Files.createTempDirectory("onderstroom-chromium");
        driver = nl.onderstroom.Chromium.start(profile, width, height, "nl");
        wait = new WebDriverWait(driver, Duration.ofSeconds(90));
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

    /** Picks the n-th option (0-based) of a radio group by its id. */
    private void radio(String groupId, int n) {
        List<WebElement> inputs = driver.findElements(By.cssSelector("[id='" + groupId + "'] vaadin-radio-button input"));
        js("arguments[0].scrollIntoView({block:'center'})", inputs.get(n));
        inputs.get(n).click();
        waitUntilIdle();
    }

    private void next(String expectedStep) {
        click("#survey-next");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id(expectedStep)));
    }

    private void shot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private String grid() {
        return (String) js("return Array.from(document.querySelectorAll('#response-counts vaadin-grid-cell-content'))"
                + ".map(c => c.textContent.trim()).join('|')");
    }

    @Test
    void a_respondent_answers_a_whole_scan_on_a_360_px_phone() throws IOException {
        startBrowser(360, 780);
        driver.get("http://localhost:" + port + "/s/" + codes.get(0));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-intro")));
        waitUntilIdle();
        // the code does not stay in the address bar
        wait.until(d -> d.getCurrentUrl().endsWith("/s"));
        assertThat(driver.getCurrentUrl()).doesNotContain(codes.get(0));
        shot("survey-360-intro");

        next("step-connections");
        radio("inner-flow", 3);
        click("#connection-departments vaadin-checkbox input");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("connection-" + operations)));
        radio("frequency-" + operations, 3);
        radio("importance-" + operations, 4);
        radio("flow-" + operations, 1);
        radio("stops-" + operations, 3);
        WebElement story = driver.findElement(By.cssSelector("#story-" + operations + " textarea"));
        js("arguments[0].scrollIntoView({block:'center'})", story);
        story.sendKeys("Het stokt bij de overdracht 🙈 <i>echt</i>");
        story.sendKeys(Keys.TAB);
        waitUntilIdle();
        // nothing sticks out sideways on a phone
        assertThat(((Number) js("return window.innerWidth")).intValue()).isEqualTo(360);
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
        shot("survey-360-connections");

        next("step-undercurrents");
        radio("theme-workload", 4);
        next("step-identity");
        WebElement why = driver.findElement(By.cssSelector("#text-identity-why textarea"));
        why.sendKeys("Voor de klant");
        why.sendKeys(Keys.TAB);
        waitUntilIdle();
        next("step-review");
        assertThat(driver.findElement(By.id("step-review")).getText()).contains("<i>echt</i>");
        shot("survey-360-review");
        click("#survey-submit");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-done")));
        shot("survey-360-done");

        assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scanId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from response_connection where scan_id = ? and to_department = ?"
                + " and flow = 2 and stops = 3", Integer.class, scanId, operations)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from draft where scan_id = ?", Integer.class, scanId)).isZero();
    }

    /** Presses Tab until the focused element (through shadow roots) matches the script's test; at most 80 times. */
    private void tabUntil(String test) {
        for (int i = 0; i < 80; i++) {
            Boolean hit = (Boolean) js("let a = document.activeElement; while (a && a.shadowRoot && a.shadowRoot.activeElement)"
                    + " { a = a.shadowRoot.activeElement; } return !!a && (" + test + ");");
            if (Boolean.TRUE.equals(hit)) {
                return;
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError("keyboard focus never reached: " + test);
    }

    private void press(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
        waitUntilIdle();
    }

    @Test
    void a_respondent_gets_through_the_connections_step_by_keyboard_alone() throws IOException {
        startBrowser(1280, 900);
        driver.get("http://localhost:" + port + "/s");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("code-field")));
        waitUntilIdle();
        tabUntil("!!a.closest('#code-field')");
        press(codes.get(1), Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-intro")));
        tabUntil("!!a.closest('#survey-next')");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-connections")));

        tabUntil("!!a.closest('#inner-flow')");
        press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        tabUntil("!!a.closest('#connection-departments')");
        press(Keys.SPACE);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("connection-" + operations)));
        for (String group : new String[] {"frequency-", "importance-", "flow-", "stops-"}) {
            tabUntil("!!a.closest('[id=\"" + group + operations + "\"]')");
            press(Keys.ARROW_RIGHT);
        }
        tabUntil("!!a.closest('#survey-next')");
        press(Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-undercurrents")));
        shot("survey-keyboard-undercurrents");
        String draft = jdbc.queryForObject("select content from draft where scan_id = ?", String.class, scanId);
        assertThat(draft).contains("\"innerFlow\":").contains("\"targetId\":" + operations).contains("\"stop\":");
    }

    @Test
    void a_change_without_next_is_saved_within_seconds_and_a_returning_respondent_is_told_their_answers_arrived()
            throws IOException {
        startBrowser(390, 844);
        driver.get("http://localhost:" + port + "/s/" + codes.get(2));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-intro")));
        waitUntilIdle();
        next("step-connections");
        // right after "next" saved: this change waits for the browser's one-second timer
        radio("inner-flow", 3);
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> jdbc.queryForObject(
                "select content from draft where scan_id = ?", String.class, scanId).contains("\"innerFlow\":4"));
        // the tab is closed; the card's link again in a new browser: the answer is there
        driver.quit();
        driver = null;
        org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        startBrowser(390, 844);
        driver.get("http://localhost:" + port + "/s/" + codes.get(2));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("step-connections")));
        waitUntilIdle();
        assertThat(js("return document.getElementById('inner-flow').value")).isEqualTo("4");

        // sent (elsewhere); the link once more: the answers were received, and that screen stays
        SurveyAnswers a = new SurveyAnswers();
        a.setInnerFlow(4);
        respondents.submit(respondents.enter(codes.get(2), "browser-sent", "10.88.0.1"), a);
        driver.get("http://localhost:" + port + "/s/" + codes.get(2));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("survey-received")));
        waitUntilIdle();
        js("return new Promise(r => setTimeout(r, 1500))");
        waitUntilIdle();
        assertThat(driver.findElements(By.id("survey-received"))).hasSize(1);
        assertThat(driver.findElements(By.id("code-field"))).isEmpty();
        assertThat(driver.findElement(By.id("received-text")).getText())
                .isEqualTo(nl.onderstroom.base.Translations.get(nl.onderstroom.base.Translations.DUTCH, "scan.entry.received"));
        shot("survey-390-received");
    }

    @Test
    void an_advisor_sees_the_count_change_by_push_within_two_seconds() throws Exception {
        AccountSummary advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(organisation));
        startBrowser(1280, 900);
        driver.get("http://localhost:" + port + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#login-form vaadin-text-field[name='username'] input")))
                .sendKeys(advisor.email());
        driver.findElement(By.cssSelector("#login-form vaadin-password-field[name='password'] input"))
                .sendKeys(TestUsers.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("main-menu")));
        driver.get("http://localhost:" + port + "/scans/" + scanId);
        WebElement total = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("response-total")));
        waitUntilIdle();
        String before = total.getText();
        assertThat(before).doesNotContainPattern("\\d+ antwoorden in totaal|\\d+ responses in total");

        for (int i = 0; i < 5; i++) {
            SurveyAnswers a = new SurveyAnswers();
            a.setInnerFlow(4);
            respondents.submit(respondents.enter(codes.get(i), "push-" + i, "10.77.0." + i), a);
        }
        long submitted = System.nanoTime();
        new WebDriverWait(driver, Duration.ofSeconds(2)).until(d ->
                d.findElement(By.id("response-total")).getText().matches(".*\\b5\\b.*"));
        // Verkoop reached k = 5: its number is shown now, Operatie (none) stays "< 5"
        new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> grid().contains("Verkoop|5|"));
        long millis = (System.nanoTime() - submitted) / 1_000_000;
        assertThat(millis).isLessThanOrEqualTo(2_000);
        assertThat(grid()).contains("Operatie|< 5");
        System.out.println("Push: count visible " + millis + " ms after the fifth submission");
        shot("scan-live-count");
    }
}
