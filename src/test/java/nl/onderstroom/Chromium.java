package nl.onderstroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium for the browser tests, with the flags these machines need (STACK-NOTES), and the few
 * things every browser test does with it: wait until Vaadin has answered, click, pick a radio option, sign in and
 * take a screenshot. One place for them, so a change in how Vaadin or the login page behaves is made once. Elements
 * are found by id, never by a translated caption.
 */
public final class Chromium implements AutoCloseable {

    public static final String BINARY = "/usr/bin/chromium";
    public static final String DRIVER = "/usr/bin/chromedriver";
    /** How long a page may take: the first page in dev mode may wait for the frontend bundle on a loaded machine. */
    public static final Duration PATIENCE = Duration.ofSeconds(90);
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final Path profile;
    private final ChromeDriver driver;
    private final WebDriverWait wait;

    private Chromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
        this.wait = new WebDriverWait(driver, PATIENCE);
    }

    /**
     * A browser with a fresh profile of its own, removed again by {@link #close()}. A width under 500 px emulates a
     * phone (see {@link #start}).
     */
    public static Chromium open(int width, int height, String language) {
        try {
            Path profile = Files.createTempDirectory("onderstroom-chromium");
            return new Chromium(profile, start(profile, width, height, language));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts Chromium with a fresh profile, a window of the given size and a browser language. A width under 500 px
     * (Chromium's smallest window) emulates a phone's viewport instead. Fails, never skips, when Chromium or its driver
     * is missing: CI installs them.
     */
    public static ChromeDriver start(Path profile, int width, int height, String language) {
        assertThat(Path.of(BINARY)).as("Debian's chromium (apt-get install chromium)").isExecutable();
        assertThat(Path.of(DRIVER)).as("Debian's chromedriver (apt-get install chromium-driver)").isExecutable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=" + Math.max(width, 500) + "," + height, "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        if (width < 500) {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER)).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /**
     * Makes the page itself exactly {@code width} x {@code height} CSS pixels, not the window (whose frame takes some):
     * for checks of what fits on a screen. A phone width is emulated by {@link #start} already.
     */
    public Chromium exactViewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        return this;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** A wait of {@link #PATIENCE}. */
    public WebDriverWait waiting() {
        return wait;
    }

    public Object js(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    /** Vaadin has answered every request: no round trip is running. */
    public void waitUntilIdle() {
        wait.until(d -> Boolean.TRUE.equals(js("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.keys(clients).length > 0
                    && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
    }

    /** Opens the address and waits until the element with this id is there and Vaadin is idle. */
    public void load(String url, String id) {
        driver.get(url);
        present(id);
        waitUntilIdle();
    }

    /** Waits until an element with this id is in the page. */
    public WebElement present(String id) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
    }

    /** Scrolls the element matching the CSS selector into view, clicks it and waits until Vaadin has answered. */
    public void click(String css) {
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))));
    }

    public void click(WebElement element) {
        js("arguments[0].scrollIntoView({block:'center'})", element);
        element.click();
        waitUntilIdle();
    }

    /** Picks the n-th option (0-based) of a radio group by the group's id, once the group has that many. */
    public void radio(String groupId, int n) {
        List<WebElement> inputs = wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("[id='" + groupId + "'] vaadin-radio-button input"));
            return found.size() > n ? found : null;
        });
        click(inputs.get(n));
    }

    /** Signs in on the login page of {@code base} and waits for the main menu. */
    public void signIn(String base, String email, String password) {
        driver.get(base + "/login");
        wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#login-form vaadin-text-field[name='username'] input"))).sendKeys(email);
        driver.findElement(By.cssSelector("#login-form vaadin-password-field[name='password'] input"))
                .sendKeys(password, Keys.ENTER);
        present("main-menu");
        waitUntilIdle();
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
    public void shot(String name) {
        shot(SCREENSHOTS, name);
    }

    public void shot(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Quits the browser and removes its profile. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            FileSystemUtils.deleteRecursively(profile.toFile());
        }
    }
}
