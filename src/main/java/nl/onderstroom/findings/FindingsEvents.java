package nl.onderstroom.findings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Publishes {@link FindingsChanged} once the current transaction has committed (at once without one). */
@Component
class FindingsEvents {

    private final ApplicationEventPublisher publisher;

    FindingsEvents(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    void changed(long scanId, Long findingId) {
        FindingsChanged event = new FindingsChanged(scanId, findingId);
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
