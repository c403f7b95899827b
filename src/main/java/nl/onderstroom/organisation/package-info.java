/**
 * Client organisations (tenants) and their department trees. Every method of
 * {@link nl.onderstroom.organisation.OrganisationService} checks the caller's tenant access.
 */
package nl.onderstroom.organisation;
