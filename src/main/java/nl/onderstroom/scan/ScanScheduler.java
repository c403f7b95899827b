package nl.onderstroom.scan;

import nl.onderstroom.security.SystemSession;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Opens scans on their opening date and closes them after their closing date (checked every minute, by one instance of the cluster). */
@Component
class ScanScheduler {

    private final ScanService scans;

    ScanScheduler(ScanService scans) {
        this.scans = scans;
    }

    @Scheduled(fixedDelayString = "${onderstroom.scan.schedule-delay:60000}", initialDelayString = "${onderstroom.scan.schedule-delay:60000}")
    @SchedulerLock(name = "scan-open-close", lockAtLeastFor = "PT30S")
    void tick() {
        SystemSession.run(scans::openAndCloseDue);
    }
}
