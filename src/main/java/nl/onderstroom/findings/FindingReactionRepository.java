package nl.onderstroom.findings;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FindingReactionRepository extends JpaRepository<FindingReaction, Long> {

    List<FindingReaction> findByFindingIdOrderByCreatedAtAscIdAsc(long findingId);

    List<FindingReaction> findByFindingIdInOrderByCreatedAtAscIdAsc(Collection<Long> findingIds);
}
