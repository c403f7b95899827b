package nl.onderstroom.scan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import nl.onderstroom.BrowserTest;
import nl.onderstroom.Chromium;
import nl.onderstroom.base.Translations;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.ScanFixture;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In headless Chromium: a respondent answers a whole scan on a 360-px phone; an advisor watches the response count
 * change by server push. Screenshots go to target/screenshots/. How fast the push arrives is not asserted here: a
 * wall-clock limit fails for the wrong reason on a loaded build machine.
 */
@BrowserTest
class ScanBrowserIT {

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

    private Chromium browser;
    private ChromeDriver driver;
    ScanFixture f;
    long operations;
    long scanId;
    List<String> codes;

    @BeforeEach
    void anOpenScan() {
        f = ScanFixture.organisation(organisations, "Browser", List.of("Verkoop", "Operatie"));
        operations = f.dept("Operatie");
        ScanFixture.OpenScan scan = f.openScan(scans, invitations, "Telefoonscan", "Verkoop", 6);
        scanId = scan.id();
        codes = scan.codes();
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.close();
        }
        TestUsers.logout();
    }

    private void startBrowser(int width, int height) {
        browser = Chromium.open(width, height, "nl");
        driver = browser.driver();
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    private void next(String expectedStep) {
        browser.click("#survey-next");
        browser.present(expectedStep);
    }

    private String grid() {
        return (String) js("return Array.from(document.querySelectorAll('#response-counts vaadin-grid-cell-content'))"
                + ".map(c => c.textContent.trim()).join('|')");
    }

    @Test
    void a_respondent_answers_a_whole_scan_on_a_360_px_phone() {
        startBrowser(360, 780);
        browser.load("http://localhost:" + port + "/s/" + codes.get(0), "step-intro");
        // the code does not stay in the address bar
        browser.waiting().until(d -> d.getCurrentUrl().endsWith("/s"));
        assertThat(driver.getCurrentUrl()).doesNotContain(codes.get(0));
        browser.shot("survey-360-intro");

        next("step-connections");
        browser.radio("inner-flow", 3);
        browser.click("#connection-departments vaadin-checkbox input");
        browser.present("connection-" + operations);
        browser.radio("frequency-" + operations, 3);
        browser.radio("importance-" + operations, 4);
        browser.radio("flow-" + operations, 1);
        browser.radio("stops-" + operations, 3);
        WebElement story = driver.findElement(By.cssSelector("#story-" + operations + " textarea"));
        js("arguments[0].scrollIntoView({block:'center'})", story);
        story.sendKeys("Het stokt bij de overdracht 🙈 <i>echt</i>");
        story.sendKeys(Keys.TAB);
        browser.waitUntilIdle();
        // nothing sticks out sideways on a phone
        assertThat(((Number) js("return window.innerWidth")).intValue()).isEqualTo(360);
        assertThat(((Number) js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(360);
        browser.shot("survey-360-connections");

        next("step-undercurrents");
        browser.radio("theme-workload", 4);
        next("step-identity");
        WebElement why = driver.findElement(By.cssSelector("#text-identity-why textarea"));
        why.sendKeys("Voor de klant");
        why.sendKeys(Keys.TAB);
        browser.waitUntilIdle();
        next("step-review");
        assertThat(driver.findElement(By.id("step-review")).getText()).contains("<i>echt</i>");
        browser.shot("survey-360-review");
        browser.click("#survey-submit");
        browser.present("survey-done");
        browser.shot("survey-360-done");

        assertThat(ScanFixture.count(jdbc, "response", scanId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from response_connection where scan_id = ? and to_department = ?"
                + " and flow = 2 and stops = 3", Integer.class, scanId, operations)).isEqualTo(1);
        assertThat(ScanFixture.count(jdbc, "draft", scanId)).isZero();
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
        browser.waitUntilIdle();
    }

    @Test
    void a_respondent_gets_through_the_connections_step_by_keyboard_alone() {
        startBrowser(1280, 900);
        browser.load("http://localhost:" + port + "/s", "code-field");
        tabUntil("!!a.closest('#code-field')");
        press(codes.get(1), Keys.ENTER);
        browser.present("step-intro");
        tabUntil("!!a.closest('#survey-next')");
        press(Keys.ENTER);
        browser.present("step-connections");

        tabUntil("!!a.closest('#inner-flow')");
        press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        tabUntil("!!a.closest('#connection-departments')");
        press(Keys.SPACE);
        browser.present("connection-" + operations);
        for (String group : new String[] {"frequency-", "importance-", "flow-", "stops-"}) {
            tabUntil("!!a.closest('[id=\"" + group + operations + "\"]')");
            press(Keys.ARROW_RIGHT);
        }
        tabUntil("!!a.closest('#survey-next')");
        press(Keys.ENTER);
        browser.present("step-undercurrents");
        browser.shot("survey-keyboard-undercurrents");
        String draft = jdbc.queryForObject("select content from draft where scan_id = ?", String.class, scanId);
        assertThat(draft).contains("\"innerFlow\":").contains("\"targetId\":" + operations).contains("\"stop\":");
    }

    @Test
    void a_change_without_next_is_saved_by_the_browsers_timer_and_a_returning_respondent_is_told_their_answers_arrived() {
        startBrowser(390, 844);
        browser.load("http://localhost:" + port + "/s/" + codes.get(2), "step-intro");
        next("step-connections");
        // right after "next" saved: this change waits for the browser's one-second timer, not for another click
        browser.radio("inner-flow", 3);
        browser.waiting().until(d -> jdbc.queryForObject(
                "select content from draft where scan_id = ?", String.class, scanId).contains("\"innerFlow\":4"));
        // the tab is closed; the card's link again in a new browser: the answer is there
        browser.close();
        startBrowser(390, 844);
        browser.load("http://localhost:" + port + "/s/" + codes.get(2), "step-connections");
        assertThat(js("return document.getElementById('inner-flow').value")).isEqualTo("4");

        // sent (elsewhere); the link once more: the answers were received, and that screen stays
        SurveyAnswers a = new SurveyAnswers();
        a.setInnerFlow(4);
        ScanFixture.respond(respondents, codes.get(2), a);
        browser.load("http://localhost:" + port + "/s/" + codes.get(2), "survey-received");
        js("return new Promise(r => setTimeout(r, 1500))");
        browser.waitUntilIdle();
        assertThat(driver.findElements(By.id("survey-received"))).hasSize(1);
        assertThat(driver.findElements(By.id("code-field"))).isEmpty();
        assertThat(driver.findElement(By.id("received-text")).getText())
                .isEqualTo(Translations.get(Translations.DUTCH, "scan.entry.received"));
        browser.shot("survey-390-received");
    }

    @Test
    void an_advisor_sees_the_count_change_by_push_without_touching_the_page() {
        AccountSummary advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(f.ours));
        startBrowser(1280, 900);
        browser.signIn("http://localhost:" + port, advisor.email(), TestUsers.PASSWORD);
        driver.get("http://localhost:" + port + "/scans/" + scanId);
        WebElement total = browser.present("response-total");
        browser.waitUntilIdle();
        String before = total.getText();
        assertThat(before).doesNotContainPattern("\\d+ antwoorden in totaal|\\d+ responses in total");

        for (int i = 0; i < 5; i++) {
            SurveyAnswers a = new SurveyAnswers();
            a.setInnerFlow(4);
            ScanFixture.respond(respondents, codes.get(i), a);
        }
        // the page is not touched: only a push from the server can change it
        browser.waiting().until(d -> d.findElement(By.id("response-total")).getText().matches(".*\\b5\\b.*"));
        // Verkoop reached k = 5: its number is shown now, Operatie (none) stays "< 5"
        browser.waiting().until(d -> grid().contains("Verkoop|5|"));
        assertThat(grid()).contains("Operatie|< 5");
        browser.shot("scan-live-count");
    }
}
