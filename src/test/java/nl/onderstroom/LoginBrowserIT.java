package nl.onderstroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.onderstroom.base.Translations;
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
    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    @LocalServerPort
    int port;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path profile;

    @AfterEach
    void quit() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    private void startBrowser(Locale language) throws IOException {
        profile = Files.createTempDirectory("onderstroom-chromium");
        driver = Chromium.start(profile, 1280, 900, language.getLanguage());
        // the first page in dev mode may wait for the frontend bundle
        wait = new WebDriverWait(driver, Duration.ofSeconds(90));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Vaadin has answered every request: no round trip is running. */
    private void waitUntilIdle() {
        wait.until(d -> Boolean.TRUE.equals(js("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.keys(clients).length > 0
                    && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
    }

    private void signInAsDemoAdvisor() {
        driver.get("http://localhost:" + port + "/login");
        WebElement email = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#login-form vaadin-text-field[name='username'] input")));
        WebElement password = driver.findElement(By.cssSelector("#login-form vaadin-password-field[name='password'] input"));
        email.sendKeys("adviseur@demo.test");
        password.sendKeys("tegenstroom-2026", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("organisation-grid")));
        waitUntilIdle();
    }

    private void openDemoBv() {
        WebElement demo = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//vaadin-grid[@id='organisation-grid']//vaadin-grid-cell-content[normalize-space(.)='Demo BV']")));
        demo.click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("department-tree")));
        waitUntilIdle();
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
        wait.until(d -> Boolean.valueOf(phone).equals(js(
                "return document.querySelector('vaadin-app-layout').hasAttribute('overlay');")));
        waitUntilIdle();
    }

    private void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    }

    private void theAdvisorSeesDemoBv(Locale language) throws IOException {
        startBrowser(language);
        signInAsDemoAdvisor();
        openDemoBv();

        wait.until(d -> visibleTreeTexts().containsAll(DEMO_DEPARTMENTS));
        assertThat(driver.findElement(By.id("organisation-title")).getText()).isEqualTo("Demo BV");
        assertThat(driver.findElement(By.id("organisation-totals")).getText())
                .isEqualTo(Translations.get(language, "organisation.totals", DEMO_DEPARTMENTS.size(), DEMO_HEADCOUNT));

        String tag = language.getLanguage();
        viewport(1280, 800, false);
        screenshot("demo-bv-desktop-" + tag);
        viewport(390, 844, true);
        assertThat(visibleTreeTexts()).containsAll(DEMO_DEPARTMENTS);
        screenshot("demo-bv-phone-" + tag);
    }

    @Test
    void the_demo_advisor_signs_in_and_sees_the_demo_departments_in_dutch() throws IOException {
        theAdvisorSeesDemoBv(Translations.DUTCH);
    }

    @Test
    void the_demo_advisor_signs_in_and_sees_the_demo_departments_in_english() throws IOException {
        theAdvisorSeesDemoBv(Translations.ENGLISH);
    }
}
