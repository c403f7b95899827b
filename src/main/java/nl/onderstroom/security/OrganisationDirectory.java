package nl.onderstroom.security;

import java.util.List;

/**
 * The organisations accounts can be bound to, as the account screens need them. Implemented by the
 * organisation feature, so that security does not depend on it.
 */
public interface OrganisationDirectory {

    record OrganisationRef(long id, String name) {
    }

    List<OrganisationRef> allOrganisations();

    boolean exists(long organisationId);
}
