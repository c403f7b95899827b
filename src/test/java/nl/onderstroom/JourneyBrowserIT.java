package nl.onderstroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole journey in headless Chromium, as the people involved do it: an advisor signs in, creates an organisation
 * with three departments and a scan, makes six codes for one department (read from the codes CSV download, as the
 * advisor hands them out) and opens the scan; six respondents of that department answer on a 390x844 phone, each in
 * a browser of their own, one of them closing the browser halfway through a step and resuming with the same code;
 * the advisor watches the live counts change by push, closes and publishes the scan; a director of the organisation
 * signs in and finds the two expected connections, with their mean flow, in the keyboard list and in the map
 * component's data. Screenshots of every step go to target/journey/.
 */
@BrowserTest
class JourneyBrowserIT {

    private static final Path SHOTS = Paths.get("target", "journey");
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

    private final List<Chromium> browsers = new ArrayList<>();

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
        browsers.forEach(Chromium::close);
    }

    // ---- the journey -------------------------------------------------------------------------------------------

    @Test
    void an_advisor_sets_up_a_scan_six_respondents_answer_on_phones_and_a_director_sees_the_map() throws Exception {
        Files.createDirectories(SHOTS);
        AccountSummary advisor = account(Role.ADVISOR, null);

        // the advisor: organisation, departments, scan, codes, open
        Chromium desk = browser(1440, 900, "en");
        signIn(desk, advisor.email());
        createOrganisation(desk);
        for (String name : List.of(operations, sales, service)) {
            addDepartment(desk, name, 12);
        }
        desk.shot(SHOTS, "01-advisor-departments");
        departmentIds();
        createScan(desk);
        List<String> links = makeCodes(desk, operations, 6);
        desk.shot(SHOTS, "02-advisor-codes");
        tab(desk, 0);
        desk.click("#scan-open");
        desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("scan-close")));
        desk.waitUntilIdle();
        assertThat(scanStatus()).isEqualTo("OPEN");
        // nothing answered yet: the total and Operatie's count are hidden below k = 5
        assertThat(counts(desk)).contains(operations + "|< 5");
        desk.shot(SHOTS, "03-advisor-scan-open");

        // six respondents of Operatie, each on a phone of their own
        for (int i = 0; i < links.size(); i++) {
            respond(i, links.get(i));
            int answered = i + 1;
            assertThat(jdbc.queryForObject("select count(*) from response where scan_id = ?", Integer.class, scanId))
                    .isEqualTo(answered);
            if (answered < 5) {
                // below k nothing moves on the advisor's screen
                desk.waitUntilIdle();
                assertThat(counts(desk)).contains(operations + "|< 5");
                assertThat(desk.driver().findElement(By.id("response-total")).getText()).doesNotContain(String.valueOf(answered));
            } else {
                // by push, without reloading: Operatie's count and the total
                desk.waiting().until(d -> counts(desk).contains(operations + "|" + answered + "|"));
                desk.waiting().until(d -> d.findElement(By.id("response-total")).getText()
                        .startsWith(Translations.get(Translations.ENGLISH, "scan.view.total", answered)));
                desk.js("document.getElementById('response-total').scrollIntoView({block: 'start'})");
                desk.shot(SHOTS, "05-advisor-live-" + answered);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from draft where scan_id = ?", Integer.class, scanId)).isZero();

        // the advisor closes, then publishes (results exist only once a scan has closed)
        desk.click("#scan-close");
        confirm(desk);
        desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("scan-publish")));
        assertThat(scanStatus()).isEqualTo("CLOSED");
        desk.click("#scan-publish");
        confirm(desk);
        desk.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("scan-results")));
        desk.waiting().until(d -> d.findElements(By.id("scan-publish")).isEmpty());
        assertThat(scanStatus()).isEqualTo("PUBLISHED");
        desk.shot(SHOTS, "06-advisor-published");

        // a director of the organisation signs in and reads the map
        AccountSummary director = account(Role.DIRECTOR, organisationId);
        Chromium boardroom = browser(1440, 900, "en");
        signIn(boardroom, director.email());
        boardroom.driver().get(base() + "/scans/" + scanId + "/map");
        boardroom.waiting().until(d -> Boolean.TRUE.equals(boardroom.js("const m = document.querySelector('onderstroom-map');"
                + " return !!(m && m.cy && m.cy.edges().length > 0 && m.querySelector('canvas'));")));
        boardroom.waitUntilIdle();
        boardroom.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("connection-list")));

        // the keyboard list: exactly Operatie → Klantenservice and Operatie → Verkoop, with their mean flow
        @SuppressWarnings("unchecked")
        List<List<String>> listed = (List<List<String>>) boardroom.js("return [...document.querySelectorAll("
                + "'#connection-list vaadin-button')].map(b => [b.id, b.textContent.trim()]);");
        assertThat(listed).extracting(l -> l.get(0)).containsExactly(
                "connection-" + operationsId + "-" + serviceId, "connection-" + operationsId + "-" + salesId);
        assertThat(listed.get(0).get(1)).startsWith(operations + " → " + service + " (").endsWith(" 4.5)");
        assertThat(listed.get(1).get(1)).startsWith(operations + " → " + sales + " (").endsWith(" 3.0)");

        // the map component's data: the same two arrows, shown, with the same means
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> edges = (List<Map<String, Object>>) boardroom.js("return document.querySelector("
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
        assertThat(boardroom.driver().findElements(By.cssSelector("#stop-ranking [id='stop-" + operationsId + "-" + serviceId + "']")))
                .hasSize(1);
        assertThat(boardroom.driver().findElements(By.cssSelector("#stop-ranking [id='stop-" + operationsId + "-" + salesId + "']")))
                .isEmpty();
        boardroom.shot(SHOTS, "07-director-map");
    }

    // ---- the advisor -------------------------------------------------------------------------------------------

    private void createOrganisation(Chromium d) {
        d.click("#new-organisation");
        WebElement name = d.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#organisation-name input")));
        name.sendKeys("Reis " + suffix);
        d.click("#organisation-save");
        d.waiting().until(ExpectedConditions.urlMatches("/organisations/\\d+$"));
        Matcher m = Pattern.compile("/organisations/(\\d+)$").matcher(d.driver().getCurrentUrl());
        assertThat(m.find()).isTrue();
        organisationId = Long.parseLong(m.group(1));
        d.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("add-department")));
        d.waitUntilIdle();
        assertThat(d.driver().findElement(By.id("organisation-title")).getText()).isEqualTo("Reis " + suffix);
    }

    private void addDepartment(Chromium d, String name, int headcount) {
        d.click("#add-department");
        WebElement field = d.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#department-name input")));
        field.sendKeys(name);
        WebElement count = d.driver().findElement(By.cssSelector("#department-headcount input"));
        count.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(headcount), Keys.TAB);
        d.waitUntilIdle();
        d.click("#department-save");
        d.waiting().until(x -> x.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        d.waiting().until(x -> treeTexts(d).contains(name));
    }

    @SuppressWarnings("unchecked")
    private List<String> treeTexts(Chromium d) {
        return (List<String>) d.js("return [...document.querySelectorAll('#department-tree vaadin-grid-cell-content')]"
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

    private void createScan(Chromium d) {
        d.click("#organisation-scans");
        WebElement name = d.waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#scan-name input")));
        d.waitUntilIdle();
        name.sendKeys("Najaarsscan " + suffix);
        d.click("#scan-create");
        d.waiting().until(ExpectedConditions.urlMatches("/scans/\\d+$"));
        Matcher m = Pattern.compile("/scans/(\\d+)$").matcher(d.driver().getCurrentUrl());
        assertThat(m.find()).isTrue();
        scanId = Long.parseLong(m.group(1));
        d.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("scan-tabs")));
        d.waitUntilIdle();
        assertThat(d.driver().findElement(By.id("scan-title")).getText()).isEqualTo("Najaarsscan " + suffix);
        assertThat(scanStatus()).isEqualTo("DRAFT");
    }

    /** Makes codes on the invitations tab and reads them from the CSV download, as a spreadsheet would. */
    private List<String> makeCodes(Chromium d, String department, int count) throws IOException {
        tab(d, 2);
        d.click("#codes-department");
        WebElement item = d.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-select-item[normalize-space(.)='" + department + "']")));
        item.click();
        d.waitUntilIdle();
        WebElement number = d.driver().findElement(By.cssSelector("#codes-count input"));
        number.sendKeys(Keys.chord(Keys.CONTROL, "a"), String.valueOf(count), Keys.TAB);
        d.waitUntilIdle();
        d.click("#codes-create");
        WebElement csv = d.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("codes-csv")));
        d.waitUntilIdle();
        String text = (String) d.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
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

    private void tab(Chromium d, int index) {
        List<WebElement> tabs = d.waiting().until(x -> {
            List<WebElement> found = x.findElements(By.cssSelector("#scan-tabs vaadin-tab"));
            return found.size() > index ? found : null;
        });
        tabs.get(index).click();
        d.waitUntilIdle();
    }

    /** Confirms the scan's confirmation dialog (its buttons live in the overlay it opens, by their slot). */
    private void confirm(Chromium d) {
        d.waiting().until(x -> Boolean.TRUE.equals(d.js("const c = document.getElementById('scan-confirm');"
                + " return !!c && c.opened === true;")));
        WebElement ok = d.waiting().until(x -> (WebElement) d.js("return [...document.querySelectorAll("
                + "'[slot=\\'confirm-button\\']')].find(b => b.offsetParent !== null) || null;"));
        ok.click();
        d.waiting().until(x -> Boolean.TRUE.equals(d.js("const c = document.getElementById('scan-confirm');"
                + " return !c || c.opened !== true;")));
        d.waitUntilIdle();
    }

    private String counts(Chromium d) {
        return (String) d.js("return [...document.querySelectorAll('#response-counts vaadin-grid-cell-content')]"
                + ".map(c => c.textContent.trim()).join('|')");
    }

    private String scanStatus() {
        return jdbc.queryForObject("select status from scan where id = ?", String.class, scanId);
    }

    // ---- a respondent ------------------------------------------------------------------------------------------

    /** Respondent {@code i} of Operatie answers on a phone; respondent {@link #RESUMER} closes the browser halfway. */
    private void respond(int i, String link) throws IOException {
        String language = i % 2 == 0 ? "nl" : "en";
        Chromium phone = browser(390, 844, language);
        phone.driver().get(link);
        phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("step-intro")));
        phone.waitUntilIdle();
        assertThat(((Number) phone.js("return window.innerWidth")).intValue()).isEqualTo(390);
        if (i == 0) {
            phone.shot(SHOTS, "04a-respondent-intro");
        }
        next(phone, "step-connections");
        assertThat(phone.driver().findElement(By.id("own-department")).getText()).contains(operations);
        radio(phone, "inner-flow", 3);
        pick(phone, sales);
        pick(phone, service);
        radio(phone, "frequency-" + salesId, 3);
        radio(phone, "importance-" + salesId, 4);
        radio(phone, "flow-" + salesId, FLOW_TO_SALES[i] - 1);

        if (i == RESUMER) {
            // the last change waits for the browser's save timer; then the tab is closed
            phone.waiting().until(d -> {
                String draft = jdbc.query("select content from draft where scan_id = ?",
                        rs -> rs.next() ? rs.getString(1) : "", scanId);
                return draft.contains("\"targetId\":" + serviceId) && draft.contains("\"flow\":" + FLOW_TO_SALES[i]);
            });
            phone.shot(SHOTS, "04b-respondent-before-closing");
            close(phone);
            // the same code in a fresh browser: back on the connections step, with the answers given
            phone = browser(390, 844, language);
            phone.driver().get(link);
            phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("step-connections")));
            phone.waitUntilIdle();
            Chromium resumed = phone;
            phone.waiting().until(d -> d.findElements(By.id("connection-" + serviceId)).size() == 1);
            assertThat(resumed.js("return document.getElementById('inner-flow').value")).isEqualTo("4");
            assertThat(resumed.js("return document.getElementById('frequency-' + arguments[0]).value", salesId)).as("the fourth option, as picked").isEqualTo("WEEKLY");
            assertThat(resumed.js("return document.getElementById('importance-' + arguments[0]).value", salesId)).isEqualTo("5");
            assertThat(resumed.js("return document.getElementById('flow-' + arguments[0]).value", salesId))
                    .isEqualTo(String.valueOf(FLOW_TO_SALES[i]));
            assertThat(resumed.js("return document.getElementById('flow-' + arguments[0]).value", serviceId))
                    .isIn(null, "");
            resumed.js("document.getElementById('flow-' + arguments[0]).scrollIntoView({block:'center'})", salesId);
            resumed.shot(SHOTS, "04c-respondent-resumed");
        }

        radio(phone, "stops-" + salesId, 0); // it does not stop
        radio(phone, "frequency-" + serviceId, 4);
        radio(phone, "importance-" + serviceId, 3);
        radio(phone, "flow-" + serviceId, FLOW_TO_SERVICE[i] - 1);
        radio(phone, "stops-" + serviceId, 3); // it stops at both sides
        // nothing sticks out sideways on the phone
        assertThat(((Number) phone.js("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        if (i == 0) {
            phone.shot(SHOTS, "04d-respondent-connections");
        }
        next(phone, "step-undercurrents");
        radio(phone, "theme-workload", 2);
        next(phone, "step-identity");
        next(phone, "step-review");
        if (i == 0) {
            phone.shot(SHOTS, "04e-respondent-review");
        }
        phone.click("#survey-submit");
        phone.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("survey-done")));
        phone.waitUntilIdle();
        if (i == 0) {
            phone.shot(SHOTS, "04f-respondent-done");
        }
        close(phone);
    }

    /** Ticks the department in the connections step's list (by its name: data the advisor typed, not a caption). */
    private void pick(Chromium d, String department) {
        WebElement box = d.waiting().until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[@id='connection-departments']//vaadin-checkbox[normalize-space(.)='" + department + "']//input")));
        d.js("arguments[0].scrollIntoView({block:'center'})", box);
        box.click();
        d.waitUntilIdle();
        long id = department.equals(sales) ? salesId : serviceId;
        d.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("connection-" + id)));
    }

    /** Picks the n-th option (0-based) of a radio group by its id. */
    private void radio(Chromium d, String groupId, int n) {
        List<WebElement> inputs = d.waiting().until(x -> {
            List<WebElement> found = x.findElements(By.cssSelector("[id='" + groupId + "'] vaadin-radio-button input"));
            return found.size() > n ? found : null;
        });
        d.js("arguments[0].scrollIntoView({block:'center'})", inputs.get(n));
        inputs.get(n).click();
        d.waitUntilIdle();
    }

    private void next(Chromium d, String step) {
        d.click("#survey-next");
        d.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(step)));
        d.waitUntilIdle();
    }

    // ---- browsers ----------------------------------------------------------------------------------------------

    private AccountSummary account(Role role, Long organisation) {
        String email = role.name().toLowerCase() + "-" + suffix + "@journey.onderstroom";
        return SystemSession.call(() -> accounts.create(new AccountService.NewAccount(email,
                role == Role.ADVISOR ? "Adviseur Reis" : "Directeur Reis", role, PASSWORD, organisation, Set.of())));
    }

    private Chromium browser(int width, int height, String language) {
        Chromium browser = Chromium.open(width, height, language);
        if (width >= 500) {
            browser.exactViewport(width, height);
        }
        browsers.add(browser);
        return browser;
    }

    private void close(Chromium browser) {
        browsers.remove(browser);
        browser.close();
    }

    private void signIn(Chromium browser, String email) {
        browser.signIn(base(), email, PASSWORD);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
