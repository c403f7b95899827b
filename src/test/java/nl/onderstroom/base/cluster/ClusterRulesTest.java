package nl.onderstroom.base.cluster;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/** Every scheduled job runs once per cluster; only the channel's own polling runs on every instance. */
class ClusterRulesTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("nl.onderstroom");

    @Test
    void every_scheduled_job_takes_the_cluster_lock() {
        methods().that().areAnnotatedWith(Scheduled.class)
                .and().doNotHaveFullName(DatabaseClusterChannel.class.getName() + ".poll()")
                .should().beAnnotatedWith(SchedulerLock.class)
                .because("a job without the lock runs once per instance, not once per cluster")
                .check(classes);
    }
}
