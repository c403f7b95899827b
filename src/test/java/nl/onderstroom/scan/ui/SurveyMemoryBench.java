package nl.onderstroom.scan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import nl.onderstroom.Chromium;
import nl.onderstroom.MariaDbInitializer;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.organisation.OrganisationService.DepartmentDraft;
import nl.onderstroom.scan.Frequency;
import nl.onderstroom.scan.RespondentService;
import nl.onderstroom.scan.RespondentService.Ticket;
import nl.onderstroom.scan.InvitationService;
import nl.onderstroom.scan.ScanService;
import nl.onderstroom.scan.Stop;
import nl.onderstroom.scan.SurveyAnswers;
import nl.onderstroom.scan.SurveyAnswers.ConnectionAnswer;
import nl.onderstroom.security.SystemSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.FileSystemUtils;

/**
 * Benchmark, not a test that runs by default: live heap per respondent session at every step of the survey.
 * {@code ./mvnw -Pbench,production verify -Dit.test=SurveyMemoryBench} (production frontend bundle and production
 * mode, the embedded Tomcat of the jar, MariaDB). For each step, headless Chromium opens {@value #SESSIONS} sessions
 * one after the other, each in a tab of its own with its own cookie (so its own HTTP session and UI, with whatever
 * the page opens, push included where the app opens it), all left open; after every {@value #EVERY} the server's
 * live heap is read after full GCs in this JVM, and the figure is the least-squares slope in KB per session (from
 * the first {@value #EVERY} on, which also pay for one-time class loading and caches). The
 * respondents have picked 9 departments and answered everything (stories included). Lines start with
 * {@code BENCH survey-memory}; see docs/performance.md.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = MariaDbInitializer.class)
class SurveyMemoryBench {

    static final int SESSIONS = Integer.getInteger("bench.sessions", 24);
    static final int EVERY = Integer.getInteger("bench.every", 6);
    static final int PICKED = 9;
    /** The step index of a respondent with a department from their code: intro, connections, themes, identity, review. */
    static final Map<String, Integer> CODE_STEPS = Map.of("step-intro", 0, "step-connections", 1, "step-undercurrents", 2,
            "step-identity", 3, "step-review", 4);

    @LocalServerPort
    int port;
    @Autowired
    ScanService scans;
    @Autowired
    InvitationService invitations;
    @Autowired
    RespondentService respondents;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ServletContext servletContext;

    long scanId;
    long own;
    List<Long> others = new ArrayList<>();

    @Test
    void live_heap_per_respondent_session_at_every_step() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        SystemSession.run(() -> {
            long organisation = organisations.create("Memory " + suffix).id();
            own = organisations.addDepartment(organisation, new DepartmentDraft("Verkoop", null, 100)).id();
            for (int i = 1; i <= PICKED; i++) {
                others.add(organisations.addDepartment(organisation, new DepartmentDraft("Afdeling " + i, null, 100)).id());
            }
            scanId = scans.create(organisation, "Geheugenscan").id();
            scans.open(scanId);
        });
        boolean production = com.vaadin.flow.server.startup.ApplicationConfiguration
                .get(new com.vaadin.flow.server.VaadinServletContext(servletContext)).isProductionMode();
        System.out.println("BENCH survey-memory mode=" + (production ? "production" : "development") + " sessions="
                + SESSIONS + " java=" + System.getProperty("java.version") + " cores="
                + Runtime.getRuntime().availableProcessors());

        Map<String, Double> results = new LinkedHashMap<>();
        results.put("code entry (/s)", measure("code-field", i -> "/s"));
        results.put("intro", measure("step-intro", codesAt("step-intro")));
        results.put("department", measure("step-department", openLinkAtDepartment()));
        for (String step : List.of("step-connections", "step-undercurrents", "step-identity", "step-review")) {
            results.put(step.substring(5) + " (9 departments picked)", measure(step, codesAt(step)));
        }
        results.put("received", measure("survey-received", received()));
        results.forEach((step, kb) -> System.out.printf("BENCH survey-memory %-40s %7.1f KB per session%n", step, kb));
        assertThat(results.values()).allSatisfy(kb -> assertThat(kb).isPositive());
    }

    /** Codes whose drafts are at the step, with 9 connections and everything answered. */
    private IntFunction<String> codesAt(String step) {
        List<String> codes = SystemSession.call(() -> invitations.issueCodes(scanId, own, SESSIONS, false).codes());
        int index = CODE_STEPS.get(step);
        for (int i = 0; i < codes.size(); i++) {
            Ticket ticket = respondents.enter(codes.get(i), "bench-" + step + i, "10.9." + index + "." + i);
            respondents.saveDraft(ticket, answered(index));
        }
        return i -> "/s/" + codes.get(i);
    }

    /** Open-link respondents who have read the intro and now choose their department (resumed with their code). */
    private IntFunction<String> openLinkAtDepartment() {
        String token = SystemSession.call(() -> invitations.createOpenLink(scanId, null, 10 * SESSIONS).token());
        List<String> resume = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            Ticket ticket = respondents.enter(token, "bench-open" + i, "10.8." + i / 200 + "." + i % 200);
            SurveyAnswers a = new SurveyAnswers();
            a.setStep(1);
            respondents.saveDraft(ticket, a);
            resume.add(ticket.resumeCode());
        }
        return i -> "/s/" + resume.get(i);
    }

    /** Codes already used: the link says the answers were received. */
    private IntFunction<String> received() {
        List<String> codes = SystemSession.call(() -> invitations.issueCodes(scanId, own, SESSIONS, false).codes());
        for (int i = 0; i < codes.size(); i++) {
            respondents.submit(respondents.enter(codes.get(i), "bench-sent" + i, "10.7.0." + i), answered(4));
        }
        return i -> "/s/" + codes.get(i);
    }

    private SurveyAnswers answered(int step) {
        SurveyAnswers a = new SurveyAnswers();
        a.setStep(step);
        a.setInnerFlow(4);
        for (long target : others) {
            ConnectionAnswer c = new ConnectionAnswer(target);
            c.setFrequency(Frequency.WEEKLY);
            c.setImportance(4);
            c.setFlow(2);
            c.setStop(Stop.BOTH);
            c.setStory("Het stokt bij de overdracht van het werk, elke week weer.");
            c.setStoryThemes(new ArrayList<>(List.of("trust", "workload")));
            a.getConnections().add(c);
        }
        a.getThemes().put("trust", 3);
        a.getThemes().put("workload", 4);
        a.getTexts().put("undercurrents.open", "Niemand zegt hardop wat iedereen weet.");
        a.getTexts().put("identity.why", "Voor de klant.");
        a.getRatings().put("identity.integrity", 3);
        return a;
    }

    /** Opens SESSIONS sessions showing the element with this id; the slope of live heap against sessions, in KB. */
    private double measure(String readyId, IntFunction<String> path) throws Exception {
        Path profile = Files.createTempDirectory("onderstroom-bench");
        ChromeDriver driver = Chromium.start(profile, 390, 844, "nl");
        List<double[]> points = new ArrayList<>();
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(120));
            driver.get("http://localhost:" + port + "/robots.txt");
            points.add(new double[] {0, liveHeap()});
            for (int i = 0; i < SESSIONS; i++) {
                if (i > 0) {
                    driver.switchTo().newWindow(WindowType.TAB);
                }
                // a session of its own: the tabs before keep theirs (their pages stay open and idle)
                driver.manage().deleteAllCookies();
                driver.get("http://localhost:" + port + path.apply(i));
                wait.until(ExpectedConditions.presenceOfElementLocated(By.id(readyId)));
                wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                        const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                        return !!clients && Object.keys(clients).length > 0
                            && Object.values(clients).every(c => !c.isActive || !c.isActive());""")));
                if ((i + 1) % EVERY == 0) {
                    Thread.sleep(500);
                    points.add(new double[] {i + 1, liveHeap()});
                }
            }
        } finally {
            driver.quit();
            FileSystemUtils.deleteRecursively(profile);
        }
        // the first sessions also load classes and fill caches once: the slope starts after them
        double slope = slope(points.subList(1, points.size())) / 1024;
        StringBuilder line = new StringBuilder("BENCH survey-memory points " + readyId + ":");
        points.forEach(p -> line.append(String.format(" %d→%.0fKB", (int) p[0], p[1] / 1024)));
        System.out.println(line);
        return slope;
    }

    /** Used heap after full collections: the least of three, so a collection that left garbage does not count. */
    private static double liveHeap() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
            least = Math.min(least, memory.getHeapMemoryUsage().getUsed());
        }
        return least;
    }

    private static double slope(List<double[]> points) {
        double n = points.size();
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (double[] p : points) {
            sx += p[0];
            sy += p[1];
            sxx += p[0] * p[0];
            sxy += p[0] * p[1];
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }
}
