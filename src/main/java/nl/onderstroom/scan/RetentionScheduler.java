package nl.onderstroom.scan;

import nl.onderstroom.security.SystemSession;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes stories and open answers whose retention period has passed (hourly by default). Safe on several instances
 * at once: a second run finds nothing left to delete and writes no audit entry.
 */
@Component
class RetentionScheduler {

    private final RetentionService retention;

    RetentionScheduler(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${onderstroom.retention.schedule-delay:3600000}",
            initialDelayString = "${onderstroom.retention.initial-delay:600000}")
    void tick() {
        SystemSession.run(retention::deleteExpiredTexts);
    }
}
