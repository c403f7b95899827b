package nl.onderstroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.onderstroom.base.Translations;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
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
import org.springframework.util.FileSystemUtils;

/**
 * The whole journey in headless Chromium, as the people involved do it: an advisor signs in, creates an organisation
 * with three departments and a scan, makes six codes for one department (read from the codes CSV download, as the
 * advisor hands them out) and opens the scan; six respondents of that department answer on a 390x844 phone, each in
 * a browser of their own, one of them closing the browser halfway through a step and resuming with the same code;
 * the advisor watches the live counts change by push, closes and publishes the scan; a director of the organisation
 * signs in and finds the two expected connections, with their mean flow, in the keyboard list and in the map
 * component's data. Screenshots of every step go to target/journey/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class JourneyBrowserIT {

    private static final Path SHOTS = Paths.get("target", "journey");
    /** Generous: a loaded 2-core machine, the first page may wait for the frontend bundle. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    /** Long and random-looking: passes the zxcvbn password rule. */
    private static final String PASSWORD = "vT8#qLz2!mWr9xKp4@Jd";

    /** Flow ratings (1-5) of the six respondents for the two departments they work with: means 3.0 and 4.5. */
    private static final int[] FLOW_TO_SALES = {2, 2, 3, 3, 4, 4};
    private static final int[] FLOW_TO_SERVICE = {4, 4, 4, 5, 5, 5};
    /** The respondent who closes the browser halfway through the connections step. */
    private static final int RESUMER = 2;

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private final List<ChromeDriver> drivers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String operations = "Operatie";
    private final String sales = "Verkoop";
    private final String service = "Klantenservice";
    private long organisationId;
    private long scanId;
    private long operationsId;
    private long salesId;
    private long serviceId;

    @AfterEach
    void quitAll() {
        drivers.forEach(ChromeDriver::quit);
        profiles.forEach(p -> FileSystemUtils.deleteRecursively(p.toFile()));
    }

    // ---- the journey -------------------------------------------------------------------------------------------

    @Test
    void an_advisor_sets_up_a_scan_six_respondents_answer_on_phones_and_a_director_sees_the_map() throws Exception {
        Files.createDirectories(SHOTS);
        AccountSummary advisor = account(Role.ADVISOR, null);

        // the advisor: organisation, departments, scan, codes, open
        ChromeDriver desk = browser(1440, 900, "en");
        signIn(desk, advisor.email());
        createOrganisation(desk);
        for (String name : List.of(operations, sales, service)) {
            addDepartment(desk, name, 12);
        }
        shot(desk, "01-advisor-departments");
        departmentIds();
        createScan(desk);
        List<String> links = makeCodes(desk, operations, 6);
        shot(desk, "02-advisor-codes");
        tab(desk, 0);
        click(desk, "#scan-open");
        wait(desk).until(ExpectedConditions.presenceOfElementLocated(By.id("scan-close")));
        waitUntilIdle(desk);
        assertThat(scanStatus()).isEqualTo("OPEN");
        // nothing answered yet: the total and Operatie's count are hidden below k = 5
        assertThat(counts(desk)).contains(operations + "|< 5");
        shot(desk, "03-advisor-scan-open");

        // six respondents of Operatie, each on a phone of their own
        for (int i = 0; i < links.size(); i++) {
            respond(i, links.get(i));
            int answered = i + 1;
            assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scanId))
                    .isEqualTo(answered);
            if (answered < 5) {
                // below k nothing moves on the advisor's screen
                waitUntilIdle(desk);
                assertThat(counts(desk)).contains(operations + "|< 5");
                assertThat(desk.findElement(By.id("response-total")).getText()).doesNotContain(String.valueOf(answered));
            } else {
                // by push, without reloading: Operatie's count and the total
                wait(desk).until(d -> counts(desk).contains(operations + "|" + answered + "|"));
                wait(desk).until(d -> d.findElement(By.id("response-total")).getText()
                        .startsWith(Translations.get(Translations.ENGLISH, "scan.view.total", answered)));
                js(desk, "document.getElementById('response-total').scrollIntoView({block: 'start'})");
                shot(desk, "05-advisor-live-" + answered);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from draft where scan_id = ?", Integer.class, scanId)).isZero();

        // the advisor closes, then publishes (results exist only once a scan has closed)
        click(desk, "#scan-close");
        confirm(desk);
        wait(desk).until(ExpectedConditions.presenceOfElementLocated(By.id("scan-publish")));
        assertThat(scanStatus()).isEqualTo("CLOSED");
        click(desk, "#scan-publish");
        confirm(desk);
        wait(desk).until(ExpectedConditions.presenceOfElementLocated(By.id("scan-results")));
        wait(desk).until(d -> d.findElements(By.id("scan-publish")).isEmpty());
        assertThat(scanStatus()).isEqualTo("PUBLISHED");
        shot(desk, "06-advisor-published");

        // a director of the organisation signs in and reads the map
        AccountSummary director = account(Role.DIRECTOR, organisationId);
        ChromeDriver boardroom = browser(1440, 900, "en");
        signIn(boardroom, director.email());
        boardroom.get(base() + "/scans/" + scanId + "/map");
        wait(boardroom).until(d -> Boolean.TRUE.equals(js(d, "const m = document.querySelector('onderstroom-map');"
                + " return !!(m && m.cy && m.cy.edges().length > 0 && m.querySelector('canvas'));")));
        waitUntilIdle(boardroom);
        wait(boardroom).until(ExpectedConditions.presenceOfElementLocated(By.id("connection-list")));

        // the keyboard list: exactly Operatie → Klantenservice and Operatie → Verkoop, with their mean flow
        @SuppressWarnings("unchecked")
        List<List<String>> listed = (List<List<String>>) js(boardroom, "return [...document.querySelectorAll("
                + "'#connection-list vaadin-button')].map(b => [b.id, b.textContent.trim()]);");
        assertThat(listed).extracting(l -> l.get(0)).containsExactly(
                "connection-" + operationsId + "-" + serviceId, "connection-" + operationsId + "-" + salesId);
        assertThat(listed.get(0).get(1)).startsWith(operations + " → " + service + " (").endsWith(" 4.5)");
        assertThat(listed.get(1).get(1)).startsWith(operations + " → " + sales + " (").endsWith(" 3.0)");

        // the map component's data: the same two arrows, shown, with the same means
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> edges = (List<Map<String, Object>>) js(boardroom, "return document.querySelector("
                + "'onderstroom-map').cy.edges().map(e => ({source: e.data('source'), target: e.data('target'),"
                + " flow: e.data('flow'), suppressed: !!e.data('suppressed'), visible: e.visible()}));");
        assertThat(edges).hasSize(2);
        Map<String, Double> flows = new java.util.HashMap<>();
        for (Map<String, Object> e : edges) {
            assertThat(e.get("source")).isEqualTo("d" + operationsId);
            assertThat(e.get("suppressed")).isEqualTo(false);
            assertThat(e.get("visible")).isEqualTo(true);
            flows.put((String) e.get("target"), ((Number) e.get("flow")).doubleValue());
        }
        assertThat(flows).containsEntry("d" + salesId, 3.0).containsEntry("d" + serviceId, 4.5);

        // where collaboration stops: everyone said it stops (both sides) towards Klantenservice, nobody towards Verkoop
        assertThat(boardroom.findElements(By.cssSelector("#stop-ranking [id='stop-" + operationsId + "-" + serviceId + "']")))
                .hasSize(1);
        assertThat(boardroom.findElements(By.cssSelector("#stop-ranking [id='stop-" + operationsId + "-" + salesId + "']")))
                .isEmpty();
        shot(boardroom, "07-director-map");
    }

    // ---- the advisor -------------------------------------------------------------------------------------------

    private void createOrganisation(ChromeDriver d) {
        click(d, "#new-organisation");
        WebElement name = wait(d).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#organisation-name input")));
        name.sendKeys("Reis " + suffix);
        click(d, "#organisation-save");
        wait(d).until(ExpectedConditions.urlMatches("/organisations/\\d+$"));
        Matcher m = Pattern.compile("/organisations/(\\d+)$").matcher(d.getCurrentUrl());
        assertThat(m.find()).isTrue();
        organisationId = Long.parseLong(m.group(1));
        wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id("add-department")));
        waitUntilIdle(d);
        assertThat(d.findElement(By.id("organisation-title")).getText()).isEqualTo("Reis " + suffix);
    }

    private void addDepartment(ChromeDriver d, String name, int headcount) {
        click(d, "#add-department");
        WebElement field = wait(d).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#department-name input")));
        field.sendKeys(name);
        WebElement count = d.findElement(By.cssSelector("#department-headcount input"));
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(headcount), Keys.TAB);
        waitUntilIdle(d);
        click(d, "#department-save");
        wait(d).until(x -> x.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        wait(d).until(x -> treeTexts(d).contains(name));
    }

    @SuppressWarnings("unchecked")
    private List<String> treeTexts(ChromeDriver d) {
        return (List<String>) js(d, "return [...document.querySelectorAll('#department-tree vaadin-grid-cell-content')]"
                + ".map(c => c.textContent.trim());");
    }

    /** The ids the departments got, for checking the map (what the advisor typed is what the database holds). */
    private void departmentIds() {
        Map<String, Long> ids = new java.util.HashMap<>();
        jdbc.query("select id, name from department where organisation_id = ?",
                rs -> {
                    ids.put(rs.getString(2), rs.getLong(1));
                }, organisationId);
        assertThat(ids).containsOnlyKeys(operations, sales, service);
        operationsId = ids.get(operations);
        salesId = ids.get(sales);
        serviceId = ids.get(service);
    }

    private void createScan(ChromeDriver d) {
        click(d, "#organisation-scans");
        WebElement name = wait(d).until(ExpectedConditions.elementToBeClickable(By.cssSelector("#scan-name input")));
        waitUntilIdle(d);
        name.sendKeys("Najaarsscan " + suffix);
        click(d, "#scan-create");
        wait(d).until(ExpectedConditions.urlMatches("/scans/\\d+$"));
        Matcher m = Pattern.compile("/scans/(\\d+)$").matcher(d.getCurrentUrl());
        assertThat(m.find()).isTrue();
        scanId = Long.parseLong(m.group(1));
        wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id("scan-tabs")));
        waitUntilIdle(d);
        assertThat(d.findElement(By.id("scan-title")).getText()).isEqualTo("Najaarsscan " + suffix);
        assertThat(scanStatus()).isEqualTo("DRAFT");
    }

    /** Makes codes on the invitations tab and reads them from the CSV download, as a spreadsheet would. */
    private List<String> makeCodes(ChromeDriver d, String department, int count) throws IOException {
        tab(d, 2);
        click(d, "#codes-department");
        WebElement item = wait(d).until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + department + "']")));
        item.click();
        waitUntilIdle(d);
        WebElement number = d.findElement(By.cssSelector("#codes-count input"));
        number.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(count), Keys.TAB);
        waitUntilIdle(d);
        click(d, "#codes-create");
        WebElement csv = wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id("codes-csv")));
        waitUntilIdle(d);
        String text = (String) d.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.ok ? r.text() : 'HTTP ' + r.status)"
                + ".then(done, e => done('ERROR ' + e));", csv.getDomProperty("href"));
        Files.writeString(SHOTS.resolve("codes.csv"), text);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                .parse(new StringReader(text)).getRecords();
        assertThat(rows).hasSize(count);
        List<String> links = new ArrayList<>();
        for (CSVRecord row : rows) {
            assertThat(row.get("department")).isEqualTo(department);
            URI link = URI.create(row.get("link"));
            assertThat(link.getPath()).startsWith("/s/");
            // the printed code is the one in the link (the card's QR); the link, on this test's port
            assertThat(link.getPath().substring(3).replace("-", "")).isEqualToIgnoringCase(row.get("code").replace("-", ""));
            links.add(base() + link.getPath());
        }
        assertThat(links).doesNotHaveDuplicates();
        return links;
    }

    private void tab(ChromeDriver d, int index) {
        List<WebElement> tabs = wait(d).until(x -> {
            List<WebElement> found = x.findElements(By.cssSelector("#scan-tabs vaadin-tab"));
            return found.size() > index ? found : null;
        });
        tabs.get(index).click();
        waitUntilIdle(d);
    }

    /** Confirms the scan's confirmation dialog (its buttons live in the overlay it opens, by their slot). */
    private void confirm(ChromeDriver d) {
        wait(d).until(x -> Boolean.TRUE.equals(js(x, "const c = document.getElementById('scan-confirm');"
                + " return !!c && c.opened === true;")));
        WebElement ok = wait(d).until(x -> (WebElement) js(x, "return [...document.querySelectorAll("
                + "'[slot=\\'confirm-button\\']')].find(b => b.offsetParent !== null) || null;"));
        ok.click();
        wait(d).until(x -> Boolean.TRUE.equals(js(x, "const c = document.getElementById('scan-confirm');"
                + " return !c || c.opened !== true;")));
        waitUntilIdle(d);
    }

    private String counts(ChromeDriver d) {
        return (String) js(d, "return [...document.querySelectorAll('#response-counts vaadin-grid-cell-content')]"
                + ".map(c => c.textContent.trim()).join('|')");
    }

    private String scanStatus() {
        return jdbc.queryForObject("select status from scan where id = ?", String.class, scanId);
    }

    // ---- a respondent ------------------------------------------------------------------------------------------

    /** Respondent {@code i} of Operatie answers on a phone; respondent {@link #RESUMER} closes the browser halfway. */
    private void respond(int i, String link) throws IOException {
        String language = i % 2 == 0 ? "nl" : "en";
        ChromeDriver phone = browser(390, 844, language);
        phone.get(link);
        wait(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("step-intro")));
        waitUntilIdle(phone);
        assertThat(((Number) js(phone, "return window.innerWidth")).intValue()).isEqualTo(390);
        if (i == 0) {
            shot(phone, "04a-respondent-intro");
        }
        next(phone, "step-connections");
        assertThat(phone.findElement(By.id("own-department")).getText()).contains(operations);
        radio(phone, "inner-flow", 3);
        pick(phone, sales);
        pick(phone, service);
        radio(phone, "frequency-" + salesId, 3);
        radio(phone, "importance-" + salesId, 4);
        radio(phone, "flow-" + salesId, FLOW_TO_SALES[i] - 1);

        if (i == RESUMER) {
            // the last change waits for the browser's save timer; then the tab is closed
            wait(phone).until(d -> {
                String draft = jdbc.query("select content from draft where scan_id = ?",
                        rs -> rs.next() ? rs.getString(1) : "", scanId);
                return draft.contains("\"targetId\":" + serviceId) && draft.contains("\"flow\":" + FLOW_TO_SALES[i]);
            });
            shot(phone, "04b-respondent-before-closing");
            close(phone);
            // the same code in a fresh browser: back on the connections step, with the answers given
            phone = browser(390, 844, language);
            phone.get(link);
            wait(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("step-connections")));
            waitUntilIdle(phone);
            ChromeDriver resumed = phone;
            wait(phone).until(d -> d.findElements(By.id("connection-" + serviceId)).size() == 1);
            assertThat(js(resumed, "return document.getElementById('inner-flow').value")).isEqualTo("4");
            assertThat(js(resumed, "return document.getElementById('frequency-' + arguments[0]).value", salesId)).as("the fourth option, as picked").isEqualTo("WEEKLY");
            assertThat(js(resumed, "return document.getElementById('importance-' + arguments[0]).value", salesId)).isEqualTo("5");
            assertThat(js(resumed, "return document.getElementById('flow-' + arguments[0]).value", salesId))
                    .isEqualTo(String.valueOf(FLOW_TO_SALES[i]));
            assertThat(js(resumed, "return document.getElementById('flow-' + arguments[0]).value", serviceId))
                    .isIn(null, "");
            js(resumed, "document.getElementById('flow-' + arguments[0]).scrollIntoView({block:'center'})", salesId);
            shot(resumed, "04c-respondent-resumed");
        }

        radio(phone, "stops-" + salesId, 0); // it does not stop
        radio(phone, "frequency-" + serviceId, 4);
        radio(phone, "importance-" + serviceId, 3);
        radio(phone, "flow-" + serviceId, FLOW_TO_SERVICE[i] - 1);
        radio(phone, "stops-" + serviceId, 3); // it stops at both sides
        // nothing sticks out sideways on the phone
        assertThat(((Number) js(phone, "return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        if (i == 0) {
            shot(phone, "04d-respondent-connections");
        }
        next(phone, "step-undercurrents");
        radio(phone, "theme-workload", 2);
        next(phone, "step-identity");
        next(phone, "step-review");
        if (i == 0) {
            shot(phone, "04e-respondent-review");
        }
        click(phone, "#survey-submit");
        wait(phone).until(ExpectedConditions.presenceOfElementLocated(By.id("survey-done")));
        waitUntilIdle(phone);
        if (i == 0) {
            shot(phone, "04f-respondent-done");
        }
        close(phone);
    }

    /** Ticks the department in the connections step's list (by its name: data the advisor typed, not a caption). */
    private void pick(ChromeDriver d, String department) {
        WebElement box = wait(d).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='connection-departments']//vaadin-checkbox[normalize-space(.)='" + department + "']//input")));
        js(d, "arguments[0].scrollIntoView({block:'center'})", box);
        box.click();
        waitUntilIdle(d);
        long id = department.equals(sales) ? salesId : serviceId;
        wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id("connection-" + id)));
    }

    /** Picks the n-th option (0-based) of a radio group by its id. */
    private void radio(ChromeDriver d, String groupId, int n) {
        List<WebElement> inputs = wait(d).until(x -> {
            List<WebElement> found = x.findElements(By.cssSelector("[id='" + groupId + "'] vaadin-radio-button input"));
            return found.size() > n ? found : null;
        });
        js(d, "arguments[0].scrollIntoView({block:'center'})", inputs.get(n));
        inputs.get(n).click();
        waitUntilIdle(d);
    }

    private void next(ChromeDriver d, String step) {
        click(d, "#survey-next");
        wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id(step)));
        waitUntilIdle(d);
    }

    // ---- browsers ----------------------------------------------------------------------------------------------

    private AccountSummary account(Role role, Long organisation) {
        String email = role.name().toLowerCase() + "-" + suffix + "@journey.onderstroom";
        return SystemSession.call(() -> accounts.create(new AccountService.NewAccount(email,
                role == Role.ADVISOR ? "Adviseur Reis" : "Directeur Reis", role, PASSWORD, organisation, Set.of())));
    }

    private ChromeDriver browser(int width, int height, String language) throws IOException {
        Path profile = Files.createTempDirectory("onderstroom-journey");
        profiles.add(profile);
        ChromeDriver driver = Chromium.start(profile, width, height, language);
        if (width >= 500) {
            // the page itself is width x height (a phone width is emulated by Chromium.start already)
            driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        drivers.add(driver);
        return driver;
    }

    private void close(ChromeDriver d) {
        d.quit();
        drivers.remove(d);
    }

    private void signIn(ChromeDriver d, String email) {
        d.get(base() + "/login");
        WebElement user = wait(d).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#login-form vaadin-text-field[name='username'] input")));
        user.sendKeys(email);
        d.findElement(By.cssSelector("#login-form vaadin-password-field[name='password'] input")).sendKeys(PASSWORD, Keys.ENTER);
        wait(d).until(ExpectedConditions.presenceOfElementLocated(By.id("main-menu")));
        waitUntilIdle(d);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static WebDriverWait wait(org.openqa.selenium.WebDriver d) {
        return new WebDriverWait(d, PATIENCE);
    }

    private static Object js(org.openqa.selenium.WebDriver d, String script, Object... args) {
        return ((JavascriptExecutor) d).executeScript(script, args);
    }

    /** Vaadin has answered every request: no round trip is running. */
    private static void waitUntilIdle(org.openqa.selenium.WebDriver d) {
        wait(d).until(x -> Boolean.TRUE.equals(js(x, """
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.keys(clients).length > 0
                    && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
    }

    private static void click(ChromeDriver d, String css) {
        WebElement e = wait(d).until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        js(d, "arguments[0].scrollIntoView({block:'center'})", e);
        e.click();
        waitUntilIdle(d);
    }

    private static void shot(ChromeDriver d, String name) throws IOException {
        Files.write(SHOTS.resolve(name + ".png"), d.getScreenshotAs(OutputType.BYTES));
    }
}
