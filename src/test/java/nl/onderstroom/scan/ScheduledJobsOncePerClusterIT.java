package nl.onderstroom.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import nl.onderstroom.IntegrationTest;
import nl.onderstroom.organisation.OrganisationService;
import nl.onderstroom.scan.ScanService.ScanSettings;

import nl.onderstroom.security.AccountService;
import nl.onderstroom.security.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The scheduled opening and closing of scans runs on one instance of a cluster at a time: another instance is
 * played by a second lock provider on the same MariaDB database, holding the job's row in {@code shedlock} as a
 * running job elsewhere would.
 */
@IntegrationTest
class ScheduledJobsOncePerClusterIT {

    private static final String JOB = "scan-open-close";

    @Autowired
    ScanScheduler scheduler;
    @Autowired
    ScanService scans;
    @Autowired
    OrganisationService organisations;
    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        TestUsers.logout();
    }

    @Test
    void while_another_instance_runs_the_job_this_one_skips_it_and_after_a_run_nobody_repeats_it_at_once() {
        jdbc.update("delete from shedlock where name = ?", JOB);
        ScanFixture f = ScanFixture.create(organisations, accounts);
        long first = dueScan(f, "Due first");
        LockProvider otherInstance = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().withLockedByValue("other-instance").build());

        Optional<SimpleLock> elsewhere = otherInstance.lock(new LockConfiguration(Instant.now(), JOB,
                Duration.ofMinutes(1), Duration.ZERO));
        assertThat(elsewhere).as("the other instance takes the job").isPresent();
        scheduler.tick();
        assertThat(status(f, first)).as("skipped here while the other instance holds the job").isEqualTo(ScanStatus.DRAFT);

        elsewhere.get().unlock();
        scheduler.tick();
        assertThat(status(f, first)).as("run here once the other instance is done").isEqualTo(ScanStatus.OPEN);
        assertThat(jdbc.queryForObject("select locked_by from shedlock where name = ?", String.class, JOB))
                .isNotEqualTo("other-instance");

        long second = dueScan(f, "Due second");
        scheduler.tick();
        assertThat(otherInstance.lock(new LockConfiguration(Instant.now(), JOB, Duration.ofMinutes(1), Duration.ZERO)))
                .as("the job that just ran stays taken for its minimum time: no instance runs it again at once").isEmpty();
        assertThat(status(f, second)).isEqualTo(ScanStatus.DRAFT);
    }

    private long dueScan(ScanFixture f, String name) {
        TestUsers.loginAs(users, f.advisor);
        long id = scans.create(f.ours, name).id();
        scans.update(id, new ScanSettings(name, 5, null, LocalDate.now(), LocalDate.now().plusDays(7)));
        TestUsers.logout();
        return id;
    }

    private ScanStatus status(ScanFixture f, long scanId) {
        TestUsers.loginAs(users, f.advisor);
        try {
            return scans.scan(scanId).status();
        } finally {
            TestUsers.logout();
        }
    }
}
