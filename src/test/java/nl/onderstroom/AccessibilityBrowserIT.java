package nl.onderstroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationSummary;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.ScanService.ScanSummary;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.AccountSummary;
import nl.onderstroom.security.Role;
import nl.onderstroom.security.SystemSession;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.FileSystemUtils;

/**
 * Deque's axe-core (WCAG 2.0/2.1 A and AA rules and axe's best practices) on every results screen, every advisor
 * and administrator screen, the sign-in page, the not-found page and the page an unknown code link lands on, at
 * desktop (1280 px) and phone (390 px) width, in Dutch and English, on the demo organisation. Fails on any critical or
 * serious violation; every violation of any impact is written to {@code target/accessibility/axe-<width>-<lang>.md}.
 * Beside axe, what axe does not check: {@code <html lang>} is the language the page is in, every screen has a title
 * of its own, one {@code main} landmark, one {@code h1}, and no skipped heading level. The respondent's survey steps
 * have their own test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = MariaDbInitializer.class)
@TestPropertySource(properties = "onderstroom.demo=true")
class AccessibilityBrowserIT {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice");
    private static final Path REPORTS = Path.of("target", "accessibility");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @LocalServerPort
    int port;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    AccountService accounts;

    private long demo;
    private long published;
    private long open;
    private AccountSummary advisor;
    private AccountSummary director;
    private AccountSummary admin;
    private final List<ChromeDriver> drivers = new ArrayList<>();
    private final List<Path> profiles = new ArrayList<>();

    /** One screen: a name for the report, the address, who looks at it, and an element that says it is drawn. */
    record Screen(String name, String path, String who, String ready) {

        /** The respondent's pages: their landmarks and headings are the survey's own test's. */
        boolean respondent() {
            return path.startsWith("/s/") || path.equals("/s");
        }
    }

    @BeforeEach
    void theDemoOrganisation() {
        SystemSession.run(() -> {
            OrganisationSummary org = organisations.organisations().stream().filter(o -> o.name().equals("Demo BV"))
                    .findFirst().orElseThrow();
            demo = org.id();
            List<ScanSummary> all = scans.scans(demo);
            published = all.stream().filter(s -> s.name().equals("Organisatiescan 2026")).findFirst().orElseThrow().id();
            open = all.stream().filter(s -> s.name().equals("Toegankelijkheid")).findFirst().map(ScanSummary::id)
                    .orElseGet(() -> {
                        long id = scans.create(demo, "Toegankelijkheid").id();
                        long department = organisations.departments(demo).get(0).id();
                        invitations.issueCodes(id, department, 3, false);
                        scans.open(id);
                        return id;
                    });
        });
        advisor = TestUsers.create(accounts, Role.ADVISOR, null, Set.of(demo));
        director = TestUsers.create(accounts, Role.DIRECTOR, demo, Set.of());
        admin = TestUsers.create(accounts, Role.ADMIN, null, Set.of());
    }

    @AfterEach
    void quit() {
        drivers.forEach(ChromeDriver::quit);
        profiles.forEach(p -> FileSystemUtils.deleteRecursively(p.toFile()));
    }

    List<Screen> screens() {
        String scan = "/scans/" + published;
        return List.of(
                new Screen("login", "/login", null, "#login-form"),
                new Screen("code link (unknown code)", "/s/ABCD-EFGH-JKLM", null, "#survey-view"),
                new Screen("results list", "/results", "director", "#results-list-view"),
                new Screen("results: map", scan + "/map", "director", "#map-view onderstroom-map canvas"),
                new Screen("results: matrix", scan + "/matrix", "director", "#flow-matrix"),
                new Screen("results: themes", scan + "/themes", "director", "#theme-matrix"),
                new Screen("results: identity", scan + "/identity", "director", "#identity-view"),
                new Screen("results: own questions", scan + "/questions", "director", "#questions-view"),
                new Screen("intended identity", "/scans/" + open + "/intended", "director", "#intended-view"),
                new Screen("organisations", "/", "advisor", "#organisations-view"),
                new Screen("organisation", "/organisations/" + demo, "advisor", "#organisation-view"),
                new Screen("scans", "/scans", "advisor", "#scans-view"),
                new Screen("scan (published)", scan, "advisor", "#scan-view"),
                new Screen("scan (open)", "/scans/" + open, "advisor", "#scan-view"),
                new Screen("account", "/account", "advisor", "#account-view"),
                new Screen("not found", "/no-such-page", "advisor", "#not-found"),
                new Screen("accounts", "/admin/accounts", "admin", "#accounts-view"),
                new Screen("audit", "/admin/audit", "admin", "#audit-view"));
    }

    @ParameterizedTest(name = "{0} px, {1}")
    @CsvSource({"1280, nl", "1280, en", "390, nl", "390, en"})
    void no_screen_has_a_critical_or_serious_violation(int width, String language) throws IOException {
        Map<String, ChromeDriver> browsers = new LinkedHashMap<>();
        List<String> serious = new ArrayList<>();
        List<String> other = new ArrayList<>();
        StringBuilder report = new StringBuilder("| screen | critical | serious | moderate | minor |\n|---|---|---|---|---|\n");
        StringBuilder details = new StringBuilder();
        Map<String, String> titles = new LinkedHashMap<>();
        for (Screen screen : screens()) {
            String who = screen.who() == null ? "anonymous" : screen.who();
            ChromeDriver driver = browsers.computeIfAbsent(who, w -> browser(width, language, w));
            driver.get(base() + screen.path());
            try {
                waitFor(driver, screen.ready());
            } catch (org.openqa.selenium.TimeoutException e) {
                shot(driver, "timeout " + screen.name(), width, language);
                throw new AssertionError(screen.name() + " (" + screen.path() + ") was not drawn: " + screen.ready(), e);
            }
            shot(driver, screen.name(), width, language);

            Results results = new AxeBuilder().withTags(TAGS).analyze(driver);
            Map<String, Integer> counts = new LinkedHashMap<>(Map.of("critical", 0, "serious", 0, "moderate", 0, "minor", 0));
            for (Rule rule : results.getViolations()) {
                String impact = rule.getImpact() == null ? "minor" : rule.getImpact();
                counts.merge(impact, 1, Integer::sum);
                String line = screen.name() + ": [" + impact + "] " + rule.getId() + " (" + rule.getHelp() + ") at "
                        + targets(rule);
                ("critical".equals(impact) || "serious".equals(impact) ? serious : other).add(line);
                details.append("- ").append(line).append('\n');
            }
            report.append("| ").append(screen.name()).append(" | ").append(counts.get("critical")).append(" | ")
                    .append(counts.get("serious")).append(" | ").append(counts.get("moderate")).append(" | ")
                    .append(counts.get("minor")).append(" |\n");

            serious.addAll(structure(driver, screen, language));
            titles.put(screen.name(), driver.getTitle());
        }
        Files.createDirectories(REPORTS);
        Files.writeString(REPORTS.resolve("axe-" + width + "-" + language + ".md"),
                "# axe " + width + " px, " + language + "\n\n" + report + "\n" + details, StandardCharsets.UTF_8);
        other.forEach(l -> System.out.println("axe (not failing) " + width + " " + language + ": " + l));

        // every screen its own title (the two scan pages are one kind of screen, with the scan's name)
        assertThat(titles.values()).doesNotHaveDuplicates();
        assertThat(serious).as("critical or serious violations and structure problems at %d px, %s", width, language)
                .isEmpty();
    }

    @org.junit.jupiter.api.Test
    void on_a_phone_the_skip_links_the_tables_the_map_panel_and_the_language_switch_work_by_keyboard()
            throws IOException {
        ChromeDriver director = browser(390, "nl", "director");
        String scan = base() + "/scans/" + published;

        // the first Tab reaches the skip link; following it puts the focus on the content
        director.get(scan + "/matrix");
        waitFor(director, "#flow-matrix");
        assertThat(((Number) js(director, "return document.getElementById('skip-to-content')"
                + ".getBoundingClientRect().width")).doubleValue()).as("out of sight before it has the focus").isLessThan(2);
        director.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(js(director, "return document.activeElement.id")).isEqualTo("skip-to-content");
        // visible once it has the focus (and only then)
        assertThat(((Number) js(director, "return document.activeElement.getBoundingClientRect().width")).intValue())
                .isGreaterThan(40);
        shot(director, "skip link focused", 390, "nl");
        director.switchTo().activeElement().sendKeys(Keys.ENTER);
        assertThat(js(director, "return document.activeElement.id")).isEqualTo("main-content");
        assertThat(js(director, "return document.activeElement.localName")).isEqualTo("main");

        // the matrix: a table whose every row has its header cell and a cell under every column, each with words
        @SuppressWarnings("unchecked")
        Map<String, Object> table = (Map<String, Object>) js(director, TABLE, "flow-matrix");
        assertThat(((Number) table.get("rows")).intValue()).isGreaterThan(3);
        assertThat(table.get("complete")).as("every row: a th scope=row and a cell per column").isEqualTo(true);
        assertThat(table.get("wordless")).as("cells without words").isEqualTo(java.util.List.of());
        // wider than the phone, it scrolls sideways by keyboard: Tab reaches its scroll region, the arrow key scrolls
        WebElement region = director.findElement(By.cssSelector("[role=region]:has(> #flow-matrix)"));
        assertThat(((Number) js(director, "return arguments[0].scrollWidth - arguments[0].clientWidth", region)).intValue())
                .as("the matrix is wider than a phone").isPositive();
        tabUntil(director, "a.getAttribute('role') === 'region' && !!a.querySelector('#flow-matrix')");
        director.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        new WebDriverWait(director, Duration.ofSeconds(5)).until(d ->
                ((Number) js(director, "return arguments[0].scrollLeft", region)).intValue() > 0);

        director.get(scan + "/themes");
        waitFor(director, "#theme-matrix");
        @SuppressWarnings("unchecked")
        Map<String, Object> themes = (Map<String, Object>) js(director, TABLE, "theme-matrix");
        assertThat(themes.get("complete")).isEqualTo(true);
        assertThat(themes.get("wordless")).isEqualTo(java.util.List.of());

        // the map: choosing a department from the keyboard list is announced by the live region beside the panel
        director.get(scan + "/map");
        waitFor(director, "#connection-list");
        assertThat(director.findElements(By.cssSelector("#map-side [role=status][aria-live=polite]"))).hasSize(1);
        WebElement department = director.findElement(By.cssSelector("#department-list vaadin-button"));
        String name = department.getText().trim();
        js(director, "arguments[0].scrollIntoView({block:'center'})", department);
        department.click();
        new WebDriverWait(director, PATIENCE).until(d -> String.valueOf(js(director,
                "return document.querySelector('#map-side [role=status]').textContent")).contains(name));
        assertThat(js(director, "return document.getElementById('panel-title').textContent")).isEqualTo(name);
        shot(director, "map department chosen", 390, "nl");
        // the skip link past the map lands beside it
        assertThat(director.findElements(By.cssSelector("a.onderstroom-skip-link[href='#map-side']"))).hasSize(1);
        assertThat(director.findElement(By.id("map-side")).getAttribute("tabindex")).isEqualTo("-1");

        // the language switch: <html lang> follows it
        director.get(base() + "/results");
        waitFor(director, "#results-list-view");
        assertThat(js(director, "return document.documentElement.lang")).isEqualTo("nl");
        String dutchTitle = director.getTitle();
        // by keyboard, as its users without a mouse do: Tab to it, the arrow key opens its list on the chosen language,
        // the next one down is English, Enter takes it (a mouse click on the item raced the list's opening on a phone)
        tabUntil(director, "a.id === 'language-switch' || !!a.closest('#language-switch')");
        director.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        new WebDriverWait(director, PATIENCE).until(d -> Boolean.TRUE.equals(js(director,
                "const s = document.getElementById('language-switch'); return s.opened && !!document.activeElement"
                        + " && document.activeElement.localName === 'vaadin-select-item';")));
        director.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
        assertThat(String.valueOf(js(director, "return document.activeElement.textContent"))).contains("English");
        director.switchTo().activeElement().sendKeys(Keys.ENTER);
        new WebDriverWait(director, PATIENCE).until(d -> "en".equals(js(director, "return document.documentElement.lang")));
        waitFor(director, "#results-list-view");
        assertThat(js(director, "return document.documentElement.lang")).isEqualTo("en");
        assertThat(director.getTitle()).isNotEqualTo(dutchTitle);
    }

    /** Presses Tab until the focused element (through shadow roots) passes the test; at most 60 times. */
    private static void tabUntil(ChromeDriver driver, String test) {
        for (int i = 0; i < 60; i++) {
            Boolean hit = (Boolean) js(driver, "let a = document.activeElement; while (a && a.shadowRoot"
                    + " && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; } return !!a && (" + test + ");");
            if (Boolean.TRUE.equals(hit)) {
                return;
            }
            driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        throw new AssertionError("keyboard focus never reached: " + test);
    }

    /**
     * A table by id: its body rows, whether every row has one row header and a cell under every column header, and
     * the ids of cells with no words for a screen reader (visible or visually hidden).
     */
    private static final String TABLE = """
            const t = document.getElementById(arguments[0]);
            const columns = t.tHead.rows[0].cells.length;
            const rows = Array.from(t.tBodies[0].rows);
            const complete = rows.every(r => r.cells.length === columns && r.cells[0].localName === 'th'
                && r.cells[0].getAttribute('scope') === 'row'
                && Array.from(r.cells).slice(1).every(c => c.localName === 'td'))
                && Array.from(t.tHead.rows[0].cells).every(c => c.localName === 'th' && c.getAttribute('scope') === 'col');
            const wordless = rows.flatMap(r => Array.from(r.cells).slice(1))
                .filter(c => c.textContent.replace(/[\\s–×]/g, '') === '').map(c => c.id);
            return {rows: rows.length, complete: complete, wordless: wordless};
            """;

    /** What axe does not check: the page's language, its title, one main landmark, one h1, no skipped level. */
    @SuppressWarnings("unchecked")
    private List<String> structure(ChromeDriver driver, Screen screen, String language) {
        List<String> problems = new ArrayList<>();
        String lang = (String) js(driver, "return document.documentElement.lang;");
        if (!language.equals(lang)) {
            problems.add(screen.name() + ": <html lang=\"" + lang + "\"> on a page in " + language);
        }
        if (driver.getTitle() == null || driver.getTitle().isBlank()) {
            problems.add(screen.name() + ": no page title");
        }
        if (screen.respondent()) {
            return problems;
        }
        Map<String, Object> found = (Map<String, Object>) js(driver, STRUCTURE);
        if (((Number) found.get("mains")).intValue() != 1) {
            problems.add(screen.name() + ": " + found.get("mains") + " main landmarks");
        }
        if (((Number) found.get("h1")).intValue() != 1) {
            problems.add(screen.name() + ": " + found.get("h1") + " h1 headings");
        }
        List<Number> levels = (List<Number>) found.get("levels");
        for (int i = 1; i < levels.size(); i++) {
            if (levels.get(i).intValue() > levels.get(i - 1).intValue() + 1) {
                problems.add(screen.name() + ": heading level " + levels.get(i) + " after " + levels.get(i - 1)
                        + " (levels " + levels + ")");
                break;
            }
        }
        return problems;
    }

    /**
     * Walks the page's light and open shadow DOM in document order (slotted children where they are shown), counting
     * visible main landmarks and h1 headings and listing the levels of the visible headings.
     */
    private static final String STRUCTURE = """
            const levels = []; let mains = 0; let h1 = 0;
            const visible = e => { const s = getComputedStyle(e); return s.display !== 'none' && s.visibility !== 'hidden'
                && !e.closest('[hidden]') && (e.offsetParent !== null || s.position === 'fixed'); };
            const visit = node => {
              if (node.nodeType !== 1) { return; }
              if (node.getAttribute('aria-hidden') === 'true') { return; }
              const role = node.getAttribute('role');
              const tag = node.localName;
              if ((tag === 'main' || role === 'main') && visible(node)) { mains++; }
              const heading = /^h([1-6])$/.exec(tag);
              const level = role === 'heading' ? Number(node.getAttribute('aria-level') || 2) : heading ? Number(heading[1]) : 0;
              if (level && visible(node)) { levels.push(level); if (level === 1) { h1++; } }
              if (tag === 'slot') { node.assignedElements().forEach(visit); return; }
              const children = node.shadowRoot ? node.shadowRoot.children : node.children;
              Array.from(children).forEach(visit);
            };
            visit(document.body);
            return {mains: mains, h1: h1, levels: levels};
            """;

    private static String targets(Rule rule) {
        List<String> out = new ArrayList<>();
        for (CheckedNode node : rule.getNodes()) {
            out.add(String.valueOf(node.getTarget()));
            if (out.size() == 4) {
                out.add("… " + rule.getNodes().size() + " in all");
                break;
            }
        }
        return String.join(", ", out);
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private ChromeDriver browser(int width, String language, String who) {
        try {
            Path profile = Files.createTempDirectory("onderstroom-a11y");
            profiles.add(profile);
            ChromeDriver driver = Chromium.start(profile, width, 900, language);
            drivers.add(driver);
            AccountSummary account = switch (who) {
                case "advisor" -> advisor;
                case "director" -> director;
                case "admin" -> admin;
                default -> null;
            };
            if (account != null) {
                driver.get(base() + "/login");
                new WebDriverWait(driver, PATIENCE).until(d -> !d.findElements(
                        By.cssSelector("#login-form vaadin-text-field[name='username'] input")).isEmpty());
                driver.findElement(By.cssSelector("#login-form vaadin-text-field[name='username'] input"))
                        .sendKeys(account.email());
                driver.findElement(By.cssSelector("#login-form vaadin-password-field[name='password'] input"))
                        .sendKeys(TestUsers.PASSWORD, Keys.ENTER);
                new WebDriverWait(driver, PATIENCE).until(d -> !d.getCurrentUrl().contains("/login"));
            }
            return driver;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object js(ChromeDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private void waitFor(ChromeDriver driver, String css) {
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
        wait.until(d -> Boolean.TRUE.equals(js(driver, """
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.keys(clients).length > 0
                    && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
        // web components finish their first render, the map its layout
        js(driver, "return new Promise(r => setTimeout(r, 600));");
    }

    private static void shot(ChromeDriver driver, String screen, int width, String language) throws IOException {
        Path dir = REPORTS.resolve("screens");
        Files.createDirectories(dir);
        Files.write(dir.resolve(screen.replaceAll("[^a-z]+", "-") + "-" + width + "-" + language + ".png"),
                driver.getScreenshotAs(OutputType.BYTES), StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
    }
}
