package nl.onderstroom.scan;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    Optional<Invitation> findByCodeHash(String codeHash);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from Invitation i where i.codeHash = :codeHash")
    Optional<Invitation> lockByCodeHash(String codeHash);

    @Query("select count(i) from Invitation i where i.scanId = :scanId and i.departmentId = :departmentId")
    long countByScanAndDepartment(long scanId, long departmentId);

    boolean existsByDepartmentId(long departmentId);
}
