package nl.onderstroom.scan;

import nl.onderstroom.security.SystemSession;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes stories and open answers whose retention period has passed (hourly by default), on one instance of the
 * cluster at a time (ShedLock). Safe even if two ran at once: a second run finds nothing left to delete and writes no
 * audit entry.
 */
@Component
class RetentionScheduler {

    private final RetentionService retention;

    RetentionScheduler(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${onderstroom.retention.schedule-delay:3600000}",
            initialDelayString = "${onderstroom.retention.initial-delay:600000}")
    @SchedulerLock(name = "text-retention", lockAtLeastFor = "PT5M")
    void tick() {
        SystemSession.run(retention::deleteExpiredTexts);
    }
}
