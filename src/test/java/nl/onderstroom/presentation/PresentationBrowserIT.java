package nl.onderstroom.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.onderstroom.BrowserTest;
import nl.onderstroom.Chromium;
import nl.onderstroom.findings.ActionsService;
import nl.onderstroom.findings.FindingEditService;
import nl.onderstroom.findings.FindingsService;
import nl.onderstroom.findings.ReactionKind;
import nl.onderstroom.findings.ReactionView;
import nl.onderstroom.findings.ReactionsService;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.report.FixtureFindings;
import nl.onderstroom.report.ReportFixture;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The live presentation in three browsers on the real server: the advisor presents, a director joins from the start
 * page and follows the advisor's slides by server push, a second director arrives late and lands on the current
 * slide; the advisor sees who watches and the directors' reactions as they come, and the reactions stay with the
 * finding. Measures the time from the advisor's key press to the director's slide change (target/presentation-latency.txt)
 * and takes the screenshots of docs/screenshots.
 */
@BrowserTest
class PresentationBrowserIT {

    /**
     * The target is "within a second" (issue 10): on a quiet machine the median is well under it (figures in
     * docs/performance.md, from target/presentation-latency.txt). The bound here is twice the target, so that a
     * machine loaded by other work does not fail the test while a slide that follows by reload or polling still does.
     */
    static final long FOLLOW_MILLIS = 2000;

    @LocalServerPort
    int port;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    AccountService accounts;
    @Autowired
    FindingsService findings;
    @Autowired
    FindingEditService edits;
    @Autowired
    ReactionsService reactions;
    @Autowired
    ActionsService actions;
    @Autowired
    UserDetailsService users;
    @Autowired
    LivePresentations presentations;

    /** Every browser a test opened, by its driver: closed (and its profile removed) after the test. */
    private final Map<WebDriver, Chromium> browsers = new LinkedHashMap<>();

    @AfterEach
    void close() {
        browsers.values().forEach(Chromium::close);
    }

    private ChromeDriver browser(int width, int height, String language) {
        Chromium chromium = Chromium.open(width, height, language);
        browsers.put(chromium.driver(), chromium);
        return chromium.driver();
    }

    private void signIn(ChromeDriver driver, AccountSummary account) {
        browsers.get(driver).signIn("http://localhost:" + port, account.email(), TestUsers.PASSWORD);
    }

    private static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Chromium.PATIENCE);
    }

    /** The element's text as the page has it now (read in the page: a slide re-rendered meanwhile is no error). */
    private static String text(WebDriver driver, String id) {
        Object text = ((JavascriptExecutor) driver).executeScript(
                "const e = document.getElementById(arguments[0]); return e ? e.innerText.trim() : '';", id);
        return text == null ? "" : text.toString();
    }

    private void shot(WebDriver driver, String name) {
        browsers.get(driver).shot(name);
    }

    @Test
    void the_directors_screens_follow_the_advisors_slides_and_the_advisor_sees_them_react() throws Exception {
        ReportFixture f = new ReportFixture(organisations, scans, accounts);
        FixtureFindings written = new FixtureFindings(f, findings, edits, actions, users);

        ChromeDriver advisor = browser(1280, 860, "nl");
        signIn(advisor, f.advisor);
        advisor.get("http://localhost:" + port + "/scans/" + f.published + "/present");
        waiting(advisor).until(d -> text(d, "slide-title").equals(FixtureFindings.FIRST));

        // the director lands on the start page, which offers the running presentation
        ChromeDriver director = browser(1280, 860, "nl");
        signIn(director, f.director);
        waiting(director).until(d -> !d.findElements(By.id("start-join")).isEmpty());
        director.findElement(By.id("start-join")).click();
        waiting(director).until(d -> text(d, "slide-title").equals(FixtureFindings.FIRST));
        waiting(advisor).until(d -> text(d, "present-viewers").contains(f.director.displayName()));

        // each key press of the advisor: the time until the director's slide shows the new title
        ((JavascriptExecutor) advisor).executeScript(
                "window.__pressed = []; document.addEventListener('keydown', () => window.__pressed.push(Date.now()), true);");
        List<Long> millis = new ArrayList<>();
        String[] titles = {FixtureFindings.SECOND, FixtureFindings.THIRD, FixtureFindings.SECOND, FixtureFindings.FIRST,
                FixtureFindings.SECOND, FixtureFindings.THIRD};
        Keys[] keys = {Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_LEFT, Keys.PAGE_UP, Keys.PAGE_DOWN, Keys.ARROW_RIGHT};
        for (int i = 0; i < titles.length; i++) {
            String expected = titles[i];
            ((JavascriptExecutor) director).executeScript("window.__changed = null; const want = arguments[0];"
                    + "const check = () => { const t = document.getElementById('slide-title');"
                    + " if (!window.__changed && t && t.textContent === want) { window.__changed = Date.now(); } };"
                    + "new MutationObserver(check).observe(document.body, {subtree: true, childList: true, characterData: true});", expected);
            new Actions(advisor).sendKeys(keys[i]).perform();
            waiting(director).until(d -> ((JavascriptExecutor) d).executeScript("return window.__changed") != null);
            long changed = ((Number) ((JavascriptExecutor) director).executeScript("return window.__changed")).longValue();
            long pressed = ((Number) ((JavascriptExecutor) advisor)
                    .executeScript("return window.__pressed[window.__pressed.length - 1]")).longValue();
            millis.add(changed - pressed);
            waiting(advisor).until(d -> text(d, "slide-title").equals(expected));
        }
        List<Long> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "presentation-latency.txt"),
                "key press to director's slide change, ms: " + millis + ", median " + sorted.get(sorted.size() / 2)
                        + ", max " + sorted.get(sorted.size() - 1) + "\n");
        assertThat(sorted.get(sorted.size() / 2)).as("median of " + millis).isLessThan(FOLLOW_MILLIS);

        // now on the third finding; a director who arrives late lands on it
        ChromeDriver late = browser(390, 844, "en");
        signIn(late, f.secondDirector);
        late.get("http://localhost:" + port + "/scans/" + f.published + "/follow");
        waiting(late).until(d -> text(d, "slide-title").equals(FixtureFindings.THIRD));
        waiting(advisor).until(d -> text(d, "present-viewers").contains(f.secondDirector.displayName()));
        waiting(late).until(d -> text(d, "follow-watching").contains(f.director.displayName()));

        // reactions: the advisor sees them at once; they stay with the finding
        director.findElement(By.id("follow-agree")).click();
        late.findElement(By.id("follow-doubt")).click();
        waiting(advisor).until(d -> text(d, "present-counts").startsWith("1 eens · 1 twijfel"));
        director.findElement(By.cssSelector("#follow-question input")).sendKeys("Wie neemt het initiatief?");
        director.findElement(By.id("follow-ask")).click();
        waiting(advisor).until(d -> text(d, "present-questions").contains("Wie neemt het initiatief?"));
        TestUsers.loginAs(users, f.advisor);
        List<ReactionView> stored = reactions.reactions(written.findings.get(2).id());
        TestUsers.logout();
        assertThat(stored).extracting(ReactionView::kind)
                .containsExactlyInAnyOrder(ReactionKind.AGREE, ReactionKind.DOUBT, ReactionKind.QUESTION);

        shot(advisor, "present-advisor-slide-nl-desktop");
        shot(director, "present-director-slide-nl-desktop");
        shot(late, "present-director-slide-en-phone");

        // the presentation ends: the directors' screens say so
        advisor.findElement(By.id("present-end")).click();
        waiting(director).until(d -> !d.findElements(By.id("follow-ended")).isEmpty());
    }

    @Test
    void the_start_page_leads_with_three_sentences_the_map_and_the_directors_actions_overdue_marked() throws Exception {
        ReportFixture f = new ReportFixture(organisations, scans, accounts);
        new FixtureFindings(f, findings, edits, actions, users);
        for (String language : List.of("nl", "en")) {
            for (int width : new int[]{1280, 390}) {
                ChromeDriver director = browser(width, width > 500 ? 860 : 844, language);
                signIn(director, f.director);
                waiting(director).until(d -> !d.findElements(By.id("start-identity")).isEmpty());
                assertThat(text(director, "start-stops")).contains("Verkoop", "Operatie");
                assertThat(text(director, "start-islands")).contains("ICT");
                assertThat(text(director, "start-identity")).isNotBlank();
                assertThat(director.findElement(By.id("start-map")).getAttribute("href"))
                        .endsWith("/scans/" + f.published + "/map");
                List<org.openqa.selenium.WebElement> overdue = director.findElements(By.cssSelector("#start-actions li[data-overdue]"));
                assertThat(overdue).hasSize(1);
                assertThat(overdue.get(0).getText()).contains(FixtureFindings.OVERDUE_ACTION);
                assertThat(text(director, "start-actions")).contains(FixtureFindings.LATER_ACTION);
                shot(director, "start-director-" + language + "-" + (width > 500 ? "desktop" : "phone"));
                browsers.remove(director).close();
            }
        }
    }
}
