package nl.onderstroom.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import nl.onderstroom.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Content-Security-Policy against the PRODUCTION bundle: a running {@code -Pproduction} jar (with the demo data)
 * at {@code -Donderstroom.csp.url=http://localhost:8081}, visited in headless Chromium on the main screens at desktop
 * and phone width, as the demo advisor, the demo director and a respondent. Every {@code securitypolicyviolation}
 * event (recorded from before the page's first script) and every console line about the policy fails the test.
 * Not part of the normal suite (it needs the jar): {@code .ci/csp-production} builds and starts the jar and runs it.
 */
@EnabledIfSystemProperty(named = "onderstroom.csp.url", matches = "https?://.+")
class CspProductionBrowserIT {

    private static final String LISTENER = """
            window.__csp = [];
            document.addEventListener('securitypolicyviolation', e => window.__csp.push(
                e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sourceFile || '') + ':' + (e.lineNumber || 0)));""";

    private final String base = System.getProperty("onderstroom.csp.url").replaceAll("/$", "");
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final List<String> violations = new ArrayList<>();
    private final List<String> visited = new ArrayList<>();

    private JsonNode api(String method, String path, String body) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("adviseur@demo.test:tegenstroom-2026"
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", auth)
                .header("Content-Type", "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isBetween(200, 299);
        return response.body().isBlank() ? null : json.readTree(response.body());
    }

    @Test
    void the_production_bundle_runs_every_main_screen_without_a_policy_violation() throws Exception {
        long demo = -1;
        for (JsonNode o : api("GET", "/api/v1/organisations", null)) {
            if (o.get("name").asText().equals("Demo BV")) {
                demo = o.get("id").asLong();
            }
        }
        assertThat(demo).as("the demo organisation").isPositive();
        long published = -1;
        for (JsonNode s : api("GET", "/api/v1/organisations/" + demo + "/scans", null)) {
            if (s.get("status").asText().equals("PUBLISHED")) {
                published = s.get("id").asLong();
            }
        }
        assertThat(published).as("a published demo scan").isPositive();
        long open = api("POST", "/api/v1/organisations/" + demo + "/scans",
                "{\"name\":\"CSP " + System.currentTimeMillis() + "\"}").get("id").asLong();
        long department = api("GET", "/api/v1/organisations/" + demo + "/departments", null).get(0).get("id").asLong();
        JsonNode codes = api("POST", "/api/v1/scans/" + open + "/codes",
                "{\"count\":2,\"departmentId\":" + department + "}");
        api("POST", "/api/v1/scans/" + open + "/open", null);

        List<String> advisorScreens = List.of("", "organisations/" + demo, "scans?organisation=" + demo, "scans/" + open,
                "scans/" + published, "results", "scans/" + published + "/map", "scans/" + published + "/matrix",
                "scans/" + published + "/themes", "scans/" + published + "/identity",
                "scans/" + published + "/questions", "account");
        List<String> directorScreens = List.of("results", "scans/" + published + "/map", "scans/" + open + "/intended");
        for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
            browse(size, "adviseur@demo.test", "tegenstroom-2026", advisorScreens, null);
            browse(size, "directeur@demo.test", "golfslag-2026!", directorScreens, null);
            browse(size, null, null, List.of(), codes.get(size[0] > 500 ? 0 : 1).get("link").asText());
        }
        System.out.printf("[CspProductionBrowserIT] %d page visits on %s, %d violations%n", visited.size(), base,
                violations.size());
        assertThat(violations).isEmpty();
        assertThat(visited).hasSizeGreaterThan(30);
    }

    private void browse(int[] size, String email, String password, List<String> screens, String surveyLink)
            throws Exception {
        Path profile = Files.createTempDirectory("csp-chromium");
        ChromeDriver driver = Chromium.start(profile, size[0], size[1], "nl");
        try {
            driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", LISTENER));
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            if (surveyLink != null) {
                String path = URI.create(surveyLink).getPath();
                visit(driver, wait, path, size);
                wait.until(ExpectedConditions.elementToBeClickable(By.id("survey-next"))).click();
                idle(driver, wait);
                check(driver, path + " (step 2)", size);
                return;
            }
            visit(driver, wait, "/login", size);
            canarySeen(driver, wait);
            WebElement user = wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#login-form vaadin-text-field[name='username'] input")));
            user.sendKeys(email);
            driver.findElement(By.cssSelector("#login-form vaadin-password-field[name='password'] input"))
                    .sendKeys(password, Keys.ENTER);
            wait.until(d -> !d.getCurrentUrl().contains("/login"));
            idle(driver, wait);
            check(driver, "after sign-in", size);
            for (String screen : screens) {
                visit(driver, wait, "/" + screen, size);
            }
        } finally {
            driver.quit();
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    /** The check can fail: an image from another origin is blocked by the policy and the listener reports it. */
    private static void canarySeen(ChromeDriver driver, WebDriverWait wait) {
        ((JavascriptExecutor) driver).executeScript(
                "const i = document.createElement('img'); i.src = 'https://example.invalid/canary.png';"
                        + " document.body.appendChild(i);");
        wait.until(d -> ((List<?>) ((JavascriptExecutor) d).executeScript("return window.__csp || [];")).stream()
                .anyMatch(v -> String.valueOf(v).startsWith("img-src")));
        ((JavascriptExecutor) driver).executeScript("window.__csp = [];");
        try {
            driver.manage().logs().get(LogType.BROWSER).getAll(); // and the console lines it caused
        } catch (RuntimeException notEnabled) {
            // no console log
        }
    }

    private void visit(ChromeDriver driver, WebDriverWait wait, String path, int[] size) {
        driver.get(base + path);
        idle(driver, wait);
        check(driver, path, size);
    }

    /** The page has loaded and Vaadin has answered every request. */
    private static void idle(ChromeDriver driver, WebDriverWait wait) {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return document.readyState === 'complete' && !!clients && Object.keys(clients).length > 0
                    && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
        try {
            Thread.sleep(500); // lazily loaded chunks and styles of the view
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void check(ChromeDriver driver, String where, int[] size) {
        String label = where + " at " + size[0] + " px";
        visited.add(label);
        Object recorded = ((JavascriptExecutor) driver).executeScript("return window.__csp || [];");
        if (recorded instanceof List<?> list) {
            list.forEach(v -> violations.add(label + ": " + v));
        }
        ((JavascriptExecutor) driver).executeScript("window.__csp = [];");
        List<LogEntry> console;
        try {
            console = driver.manage().logs().get(LogType.BROWSER).getAll();
        } catch (RuntimeException notEnabled) {
            console = List.of(); // the events above are the check; the console is a second look where it is on
        }
        for (LogEntry entry : console) {
            String message = entry.getMessage();
            if (message.contains("Content Security Policy") || message.contains("Content-Security-Policy")) {
                violations.add(label + ": console " + message);
            } else if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
                System.out.println("[CspProductionBrowserIT] " + label + ": console error (not the policy): " + message);
            }
        }
    }
}
