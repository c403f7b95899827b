package nl.onderstroom.scan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Publishes {@link ResponsesChanged} once the current transaction has committed (at once without one). */
@Component
class ScanEvents {

    private final ApplicationEventPublisher publisher;

    ScanEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void responsesChanged(long scanId, long organisationId) {
        ResponsesChanged event = new ResponsesChanged(scanId, organisationId);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    publisher.publishEvent(event);
                }
            });
        } else {
            publisher.publishEvent(event);
        }
    }
}
