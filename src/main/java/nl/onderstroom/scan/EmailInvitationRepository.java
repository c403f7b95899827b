package nl.onderstroom.scan;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface EmailInvitationRepository extends JpaRepository<EmailInvitation, Long> {

    List<EmailInvitation> findByScanIdOrderById(long scanId);

    @Modifying
    @Query("delete from EmailInvitation e where e.scanId = :scanId")
    int deleteByScan(long scanId);

    long countByScanId(long scanId);
}
