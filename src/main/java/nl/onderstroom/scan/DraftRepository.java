package nl.onderstroom.scan;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface DraftRepository extends JpaRepository<Draft, String> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Draft d where d.keyHash = :keyHash")
    Optional<Draft> lock(String keyHash);

    @Modifying
    @Query("delete from Draft d where d.scanId = :scanId")
    int deleteByScan(long scanId);

    long countByScanId(long scanId);
}
