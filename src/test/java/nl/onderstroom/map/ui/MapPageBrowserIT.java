package nl.onderstroom.map.ui;

import nl.onderstroom.scan.ScanStatus;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import nl.onderstroom.BrowserTest;
import nl.onderstroom.Chromium;
import nl.onderstroom.map.FakeScanTallies;
import nl.onderstroom.map.FakeScanTalliesConfiguration;
import nl.onderstroom.map.MapFixture;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The map page as a director first sees it, in headless Chromium: on a laptop the lead, the ranked "where
 * collaboration stops" list and the legend are in view without scrolling; no two departments (circle and name) overlap
 * and none is cut off at the canvas edge, on a laptop and on tablets; finding a department by keyboard selects it on
 * the map, centres it and opens its panel. Screenshots go to target/screenshots/.
 */
@BrowserTest
@Import(FakeScanTalliesConfiguration.class)
class MapPageBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    FakeScanTallies tallies;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;

    Chromium browser;
    WebDriver driver;
    MapFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new MapFixture(organisations, accounts, tallies, ScanStatus.PUBLISHED);
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Opens the map in a page (viewport) of exactly width x height. */
    private void openMap(int width, int height, String language) throws Exception {
        openMap(width, height, language, true);
    }

    /**
     * @param exactViewport {@code true}: the page itself is width x height (Chromium's device metrics); {@code false}:
     *                      the window is, and the page is what a browser window of that size leaves
     */
    private void openMap(int width, int height, String language, boolean exactViewport) throws Exception {
        browser = Chromium.open(width, height, language);
        driver = browser.driver();
        if (exactViewport) {
            browser.exactViewport(width, height);
        }
        String base = "http://localhost:" + port;
        browser.signIn(base, fixture.director.email(), TestUsers.PASSWORD);
        driver.get(base + "/scans/" + fixture.scanId + "/map");
        waiting().until(d -> Boolean.TRUE.equals(js(
                "const m = document.querySelector('onderstroom-map'); return !!(m && m.cy && m.cy.nodes().length > 0"
                        + " && m.querySelector('canvas'));")));
        // the layout settles after the canvas has its size (a resize observer lays it out again)
        Thread.sleep(800);
    }

    private WebDriverWait waiting() {
        return browser.waiting();
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }


    /** Bounds of every element the selector finds that is displayed: [top, bottom, left, right] in the viewport. */
    @SuppressWarnings("unchecked")
    private List<List<Number>> rects(String selector) {
        return (List<List<Number>>) js("return [...document.querySelectorAll(arguments[0])]"
                + ".filter(e => e.offsetParent !== null).map(e => { const r = e.getBoundingClientRect();"
                + " return [r.top, r.bottom, r.left, r.right]; });", selector);
    }

    @Test
    void on_a_laptop_the_lead_the_ranking_and_the_legend_are_in_view_and_finding_a_department_selects_it()
            throws Exception {
        openMap(1440, 900, "en");
        browser.shot("map-page-1440x900");
        long innerHeight = ((Number) js("return window.innerHeight;")).longValue();
        long innerWidth = ((Number) js("return window.innerWidth;")).longValue();
        assertThat(List.of(innerWidth, innerHeight)).containsExactly(1440L, 900L);
        assertThat(((Number) js("return window.scrollY;")).longValue()).isZero();

        assertThat(rects("#map-lead")).hasSize(1);
        List<List<Number>> ranking = rects("#stop-ranking h3, #stop-ranking li");
        assertThat(ranking).as("the heading and the first entries").hasSizeGreaterThanOrEqualTo(4);
        assertThat(ranking).allSatisfy(r -> assertInView(r, innerWidth, innerHeight));

        List<List<Number>> legend = rects("#map-legend .results-legend-item");
        assertThat(legend).as("every symbol has its line in the legend").hasSize(11);
        assertThat(legend).allSatisfy(r -> assertInView(r, innerWidth, innerHeight));
        assertThat(String.valueOf(js("return document.querySelector('#legend-island').textContent;"))).contains("island");

        assertNodesApartAndInside();

        // find Archive with the keyboard: type, choose the first match, Enter
        long archive = fixture.departments[2];
        WebElement input = driver.findElement(By.cssSelector("#map-find input"));
        input.click();
        input.sendKeys("Archi");
        Thread.sleep(500);
        input.sendKeys(Keys.ARROW_DOWN);
        input.sendKeys(Keys.ENTER);
        waiting().until(d -> "Archive".equals(String.valueOf(js(
                "const t = document.querySelector('#map-panel #panel-title'); return t ? t.textContent.trim() : '';"))));
        assertThat(js("return document.querySelector('onderstroom-map').cy.$id(arguments[0]).selected();", "d" + archive))
                .isEqualTo(true);
        waiting().until(d -> {
            @SuppressWarnings("unchecked")
            Map<String, Number> offset = (Map<String, Number>) js("const m = document.querySelector('onderstroom-map');"
                    + " const p = m.cy.$id(arguments[0]).renderedPosition();"
                    + " return {dx: p.x - m.clientWidth / 2, dy: p.y - m.clientHeight / 2};", "d" + archive);
            return Math.abs(offset.get("dx").doubleValue()) < 4 && Math.abs(offset.get("dy").doubleValue()) < 4;
        });
        browser.shot("map-page-found");
    }

    @Test
    void in_a_browser_window_of_a_small_laptop_the_ranking_is_in_view_without_scrolling() throws Exception {
        // a 1366x768 window: the page gets what the browser leaves of it (about 1366x625 here)
        openMap(1366, 768, "nl", false);
        browser.shot("map-page-window-1366x768");
        long innerHeight = ((Number) js("return window.innerHeight;")).longValue();
        long innerWidth = ((Number) js("return window.innerWidth;")).longValue();
        assertThat(innerHeight).isLessThan(768);
        assertThat(((Number) js("return window.scrollY;")).longValue()).isZero();
        assertThat(rects("#map-lead")).allSatisfy(r -> assertInView(r, innerWidth, innerHeight));
        List<List<Number>> ranking = rects("#stop-ranking h3, #stop-ranking li");
        assertThat(ranking).hasSizeGreaterThanOrEqualTo(4).allSatisfy(r -> assertInView(r, innerWidth, innerHeight));
        assertNodesApartAndInside();
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"1440, 900, nl", "1024, 768, en", "768, 1024, nl"})
    void no_department_overlaps_another_or_the_canvas_edge(int width, int height, String language) throws Exception {
        openMap(width, height, language);
        browser.shot("map-page-" + width + "x" + height + "-" + language + "");
        assertNodesApartAndInside();
    }

    /** Every visible department's box (circle, name, marks) inside the canvas and clear of every other. */
    private void assertNodesApartAndInside() {
        assertThat(layoutProblems()).isEmpty();
        // the check sees what it looks for: two departments on one spot, and one pushed past the edge
        js("const cy = document.querySelector('onderstroom-map').cy; const n = cy.nodes(':visible');"
                + " n[0].renderedPosition(n[1].renderedPosition()); n[2].renderedPosition({x: -5, y: 40});");
        assertThat(layoutProblems()).anySatisfy(p -> assertThat(p).contains(" and "))
                .anySatisfy(p -> assertThat(p).contains("left edge"));
        js("document.querySelector('onderstroom-map').resetLayout();");
    }

    /** What is wrong with the drawn layout, in words; empty when nothing. */
    private List<String> layoutProblems() {
        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) js("const m = document.querySelector('onderstroom-map');"
                + " return {width: m.clientWidth, height: m.clientHeight, boxes: m.cy.nodes(':visible').map(n => {"
                + " const b = n.renderedBoundingBox(); return [n.data('name'), b.x1, b.y1, b.x2, b.y2]; })};");
        double width = ((Number) layout.get("width")).doubleValue();
        double height = ((Number) layout.get("height")).doubleValue();
        @SuppressWarnings("unchecked")
        List<List<Object>> boxes = (List<List<Object>>) layout.get("boxes");
        assertThat(boxes).hasSize(6);
        List<String> problems = new java.util.ArrayList<>();
        for (List<Object> b : boxes) {
            if (n(b, 1) < 0) {
                problems.add(b + " beyond the left edge");
            }
            if (n(b, 2) < 0) {
                problems.add(b + " beyond the top edge");
            }
            if (n(b, 3) > width) {
                problems.add(b + " beyond the right edge " + width);
            }
            if (n(b, 4) > height) {
                problems.add(b + " beyond the bottom edge " + height);
            }
        }
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                List<Object> a = boxes.get(i);
                List<Object> b = boxes.get(j);
                if (n(a, 1) < n(b, 3) && n(b, 1) < n(a, 3) && n(a, 2) < n(b, 4) && n(b, 2) < n(a, 4)) {
                    problems.add(a + " and " + b + " overlap");
                }
            }
        }
        return problems;
    }

    private static double n(List<Object> box, int index) {
        return ((Number) box.get(index)).doubleValue();
    }

    private static void assertInView(List<Number> rect, long width, long height) {
        assertThat(rect.get(0).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(rect.get(1).doubleValue()).isLessThanOrEqualTo(height);
        assertThat(rect.get(2).doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(rect.get(3).doubleValue()).isLessThanOrEqualTo(width);
    }
}
