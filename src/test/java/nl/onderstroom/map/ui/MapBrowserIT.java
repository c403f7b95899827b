package nl.onderstroom.map.ui;

import nl.onderstroom.scan.ScanStatus;
import static org.assertj.core.api.Assertions.assertThat;

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
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * What a person sees: the published map in headless Chromium. A director signs in, opens the map, clicks an edge in
 * the drawing, sees its panel, then uses the keyboard list. Screenshots go to target/screenshots/.
 */
@BrowserTest
@Import(FakeScanTalliesConfiguration.class)
class MapBrowserIT {

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
    void setUp() throws Exception {
        fixture = new MapFixture(organisations, accounts, tallies, ScanStatus.PUBLISHED);
        browser = Chromium.open(1280, 1000, "en");
        driver = browser.driver();
    }

    @AfterEach
    void tearDown() {
        if (browser != null) {
            browser.close();
        }
    }

    private WebDriverWait waiting() {
        return browser.waiting();
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    private String panelTitle() {
        // textContent: the title may be scrolled out of view, where getText() reads nothing
        Object title = js("const t = document.querySelector('#map-panel #panel-title'); return t ? t.textContent : '';");
        return String.valueOf(title).trim();
    }


    @Test
    void a_director_opens_the_published_map_clicks_an_edge_and_sees_its_panel() throws Exception {
        String base = "http://localhost:" + port;
        browser.signIn(base, fixture.director.email(), TestUsers.PASSWORD);

        driver.get(base + "/scans/" + fixture.scanId + "/map");
        waiting().until(d -> Boolean.TRUE.equals(js(
                "const m = document.querySelector('onderstroom-map'); return !!(m && m.cy && m.cy.edges().length > 0"
                        + " && m.querySelector('canvas'));")));
        long from = fixture.departments[0];
        long to = fixture.departments[3];
        // where the edge Sales -> Planning is drawn, relative to the map's centre
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) js(
                "const m = document.querySelector('onderstroom-map'); const e = m.cy.$id(arguments[0]);"
                        + " const p = e.renderedMidpoint(); const r = m.getBoundingClientRect();"
                        + " return {x: p.x - r.width / 2, y: p.y - r.height / 2};", "e" + from + "-" + to);
        WebElement map = driver.findElement(By.id("connection-map"));
        new Actions(driver).moveToElement(map, (int) Math.round(((Number) at.get("x")).doubleValue()),
                (int) Math.round(((Number) at.get("y")).doubleValue())).click().perform();
        waiting().until(d -> panelTitle().equals("Sales → Planning"));
        assertThat(driver.findElements(By.cssSelector("#map-panel #figure-meanFlow"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#map-panel .results-story"))).hasSize(7);
        assertThat(js("return document.querySelector('onderstroom-map').cy.$id(arguments[0]).selected();",
                "e" + from + "-" + to)).isEqualTo(true);
        browser.shot("map-edge-panel");

        // the same through the keyboard: focus a connection in the list and press Enter
        WebElement listed = driver.findElement(By.id("connection-" + fixture.departments[1] + "-" + fixture.departments[0]));
        js("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", listed);
        assertThat(js("return document.activeElement.id;")).isEqualTo(listed.getAttribute("id"));
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        try {
            waiting().withMessage(() -> "panel shows '" + panelTitle() + "', focus on "
                            + js("return document.activeElement && document.activeElement.id;"))
                    .until(d -> panelTitle().equals("Support → Sales"));
        } finally {
            browser.shot("map-keyboard-panel");
        }
        assertThat(driver.findElements(By.cssSelector("#map-panel #figure-stopsShare"))).hasSize(1);
        js("document.querySelector('#map-panel').scrollIntoView({block: 'start'});");
        browser.shot("map-keyboard-panel");
    }
}
