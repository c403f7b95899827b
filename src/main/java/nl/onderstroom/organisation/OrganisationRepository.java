package nl.onderstroom.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    boolean existsByNameIgnoreCase(String name);

    List<Organisation> findAllByOrderByNameAsc();
}
