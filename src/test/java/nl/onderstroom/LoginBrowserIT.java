package nl.onderstroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderstroom.base.Translations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * What a person sees: the demo advisor signs in with headless Debian Chromium, opens Demo BV and sees its eight
 * departments, in Dutch and in English, on a desktop and on a phone. Screenshots go to target/screenshots/.
 * Chromium and chromedriver are required (CI installs them): without them this test fails, it does not skip.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "onderstroom.demo=true")
@ActiveProfiles("test")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class LoginBrowserIT {

    private static final List<String> DEMO_DEPARTMENTS = List.of("Directie", "Financiën", "HR & Organisatie", "ICT",
            "Commercie", "Verkoop", "Klantenservice", "Operatie");
    private static final int DEMO_HEADCOUNT = 137;

    @LocalServerPort
    int port;

    private Chromium browser;
    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    private void startBrowser(Locale language) {
        browser = Chromium.open(1280, 900, language.getLanguage());
        driver = browser.driver();
    }

    private Object js(String script, Object... args) {
        return browser.js(script, args);
    }

    private void signInAsDemoAdvisor() {
        browser.signIn("http://localhost:" + port, "adviseur@demo.test", "tegenstroom-2026");
        browser.present("organisation-grid");
        browser.waitUntilIdle();
    }

    private void openDemoBv() {
        WebElement demo = browser.waiting().until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid[@id='organisation-grid']//vaadin-grid-cell-content[normalize-space(.)='Demo BV']")));
        demo.click();
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("department-tree")));
        browser.waitUntilIdle();
    }

    @SuppressWarnings("unchecked")
    private List<String> visibleTreeTexts() {
        return (List<String>) js("""
                return Array.from(document.querySelectorAll('#department-tree vaadin-grid-cell-content'))
                    .filter(c => c.offsetParent !== null)
                    .map(c => c.textContent.trim());""");
    }

    /** Viewport as a device: width in CSS pixels, phone-like or not. */
    private void viewport(int width, int height, boolean phone) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", phone));
        browser.waiting().until(d -> Boolean.valueOf(phone).equals(js(
                "return document.querySelector('vaadin-app-layout').hasAttribute('overlay');")));
        browser.waitUntilIdle();
    }

    private void theAdvisorSeesDemoBv(Locale language) {
        startBrowser(language);
        signInAsDemoAdvisor();
        openDemoBv();

        browser.waiting().until(d -> visibleTreeTexts().containsAll(DEMO_DEPARTMENTS));
        assertThat(driver.findElement(By.id("organisation-title")).getText()).isEqualTo("Demo BV");
        assertThat(driver.findElement(By.id("organisation-totals")).getText())
                .isEqualTo(Translations.get(language, "organisation.totals", DEMO_DEPARTMENTS.size(), DEMO_HEADCOUNT));

        String tag = language.getLanguage();
        viewport(1280, 800, false);
        browser.shot("demo-bv-desktop-" + tag);
        viewport(390, 844, true);
        assertThat(visibleTreeTexts()).containsAll(DEMO_DEPARTMENTS);
        browser.shot("demo-bv-phone-" + tag);
    }

    @Test
    void the_demo_advisor_signs_in_and_sees_the_demo_departments_in_dutch() {
        theAdvisorSeesDemoBv(Translations.DUTCH);
    }

    @Test
    void the_demo_advisor_signs_in_and_sees_the_demo_departments_in_english() {
        theAdvisorSeesDemoBv(Translations.ENGLISH);
    }
}
