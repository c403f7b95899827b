package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import nl.onderstroom.Application;
import nl.onderstroom.BrowserTest;
import nl.onderstroom.Chromium;
import nl.onderstroom.TestDatabase;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two instances of the portal on one MariaDB database, as behind a load balancer: this test's context is instance 1,
 * a second Spring Boot application in the same JVM is instance 2, each with its own web server and its own in-memory
 * listeners. An advisor watches the live counts in Chromium on instance 2; a respondent submits on instance 1; the
 * advisor's count moves within 2 seconds, carried by the database channel between the instances.
 */
@BrowserTest
class LiveCountsAcrossInstancesBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Autowired
    ScanService scans;

    @Autowired

    InvitationService invitations;
    @Autowired
    RespondentService respondents;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext first;

    @Test
    void a_submission_on_instance_1_moves_the_advisors_count_on_instance_2_within_two_seconds() throws Exception {
        ScanFixture f = ScanFixture.create(organisations, accounts);
        ScanFixture.OpenScan scan = f.openScan(scans, invitations, "Twee instanties", "Verkoop", 6);
        long scanId = scan.id();
        List<String> codes = scan.codes();
        for (int i = 0; i < 5; i++) {
            submit(f, codes.get(i), i);
        }

        TestDatabase.Connection db = TestDatabase.get();
        try (ConfigurableApplicationContext second = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + db.url(),
                        "--spring.datasource.username=" + db.username(), "--spring.datasource.password=" + db.password(),
                        "--spring.datasource.driver-class-name=org.mariadb.jdbc.Driver")) {
            int port = ((ServletWebServerApplicationContext) second).getWebServer().getPort();
            // each context puts its own strategy into the static holder (see SecurityStrategyPerContext): this
            // thread goes on as a caller of instance 1
            SecurityContextHolder.setContextHolderStrategy(first.getBean(SecurityContextHolderStrategy.class));
            try (Chromium advisor = Chromium.open(1280, 900, "en")) {
                advisor.signIn("http://localhost:" + port, f.advisor.email(), TestUsers.PASSWORD);
                advisor.driver().get("http://localhost:" + port + "/scans/" + scanId);
                new WebDriverWait(advisor.driver(), PATIENCE).until(d -> counts(d).contains("Verkoop|5|"));

                submit(f, codes.get(5), 5);
                long submitted = System.nanoTime();
                new WebDriverWait(advisor.driver(), Duration.ofSeconds(10), Duration.ofMillis(50))
                        .until(d -> counts(d).contains("Verkoop|6|"));
                long millis = (System.nanoTime() - submitted) / 1_000_000;
                System.out.println("[LiveCountsAcrossInstances] count moved on instance 2 after " + millis + " ms");
                assertThat(millis).as("ms from the commit on instance 1 to the count on instance 2's screen")
                        .isLessThanOrEqualTo(2000);
            }
        }
        assertThat(ScanFixture.count(jdbc, "response", scanId))
                .isEqualTo(6);
    }

    private void submit(ScanFixture f, String code, int i) {
        ScanFixture.respond(respondents, code, f.answers("Verkoop", "ICT", null));
    }

    private static String counts(WebDriver d) {
        return (String) ((JavascriptExecutor) d).executeScript(
                "return [...document.querySelectorAll('#response-counts vaadin-grid-cell-content')]"
                        + ".map(c => c.textContent.trim()).join('|')");
    }
}
