package nl.onderstroom.scan;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScanRepository extends JpaRepository<Scan, Long> {

    List<Scan> findByOrganisationIdOrderByCreatedAtDescIdDesc(long organisationId);

    @Query("select s from Scan s where s.status = nl.onderstroom.scan.ScanStatus.DRAFT and s.opensOn <= :today")
    List<Scan> dueToOpen(LocalDate today);

    @Query("select s from Scan s where s.status = nl.onderstroom.scan.ScanStatus.OPEN and s.closesOn < :today")
    List<Scan> dueToClose(LocalDate today);

    /** Closed (and published) scans: the ones whose texts the retention job may delete. */
    List<Scan> findByClosedAtNotNull();

    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select s from Scan s where s.id = :id")
    Optional<Scan> findForShare(long id);

    /** Locks the scan against submissions ({@link #findForShare}) while an import checks and writes. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Scan s where s.id = :id")
    Optional<Scan> lockForImport(long id);
}
