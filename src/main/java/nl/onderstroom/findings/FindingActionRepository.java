package nl.onderstroom.findings;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingActionRepository extends JpaRepository<FindingAction, Long> {

    List<FindingAction> findByScanIdOrderByDueOnAscIdAsc(long scanId);

    List<FindingAction> findByOwnerIdOrderByDueOnAscIdAsc(long ownerId);

    List<FindingAction> findByFindingIdOrderByDueOnAscIdAsc(long findingId);
}
