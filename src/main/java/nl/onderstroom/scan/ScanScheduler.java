package nl.onderstroom.scan;

import nl.onderstroom.security.SystemSession;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Opens scans on their opening date and closes them after their closing date (checked every minute). */
@Component
class ScanScheduler {

    private final ScanService scans;

    ScanScheduler(ScanService scans) {
        this.scans = scans;
    }

    @Scheduled(fixedDelayString = "${onderstroom.scan.schedule-delay:60000}", initialDelayString = "${onderstroom.scan.schedule-delay:60000}")
    void tick() {
        SystemSession.run(scans::openAndCloseDue);
    }
}
