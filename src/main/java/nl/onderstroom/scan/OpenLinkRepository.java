package nl.onderstroom.scan;

import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OpenLinkRepository extends JpaRepository<OpenLink, Long> {

    Optional<OpenLink> findByTokenHash(String tokenHash);

    List<OpenLink> findByScanIdOrderById(long scanId);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from OpenLink o where o.id = :id")
    Optional<OpenLink> lock(long id);

    boolean existsByDepartmentId(long departmentId);
}
