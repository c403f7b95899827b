package nl.onderstroom.organisation;

/**
 * Erases a whole organisation on request, with its scans and everything in them. Declared here for the organisation
 * screen and implemented by the scan feature (which owns the scans' data and the retention rules), so that the
 * organisation feature does not depend on it. Administrators only; audit-logged by the implementation.
 */
public interface OrganisationErasure {

    void eraseOrganisation(long organisationId);
}
