package nl.onderstroom.organisation;

import java.util.List;
import nl.onderstroom.security.OrganisationDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class OrganisationDirectoryAdapter implements OrganisationDirectory {

    private final OrganisationRepository organisations;

    OrganisationDirectoryAdapter(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationRef> allOrganisations() {
        return organisations.findAllByOrderByNameAsc().stream()
                .map(o -> new OrganisationRef(o.getId(), o.getName())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(long organisationId) {
        return organisations.existsById(organisationId);
    }
}
